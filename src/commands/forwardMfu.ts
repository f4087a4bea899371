import { forwardFlopsPerToken } from "../core/forward.ts";
import { architectureParams } from "../core/params/architecture.ts";
import { type RunArchitecture, runArchitecture } from "../core/runArchitectures.ts";
import { formula, input as put, row, text } from "../reply/build.ts";
import type { Row, Source, Text } from "../reply/reply.ts";

/**
 * The seed article's DeepSeek-V3 story as rows: the same run's MFU three ways, side by side.
 * 6·N_total·D is impossible (above 100%), 6·N_active·D is the usual fix, and "3 × the forward
 * pass of DeepSeek-V3" (the seed, after its reference [8]) counts what a token really costs:
 * MLA's projections and attention scores at the training context, the 8 routed and the shared
 * expert, the router and the head.
 */

/**
 * The seed article itself has no address to link; this is its reference [8], whose method (3 × the
 * forward operations instead of 6ND) the seed adopts.
 */
export const SEED_METHOD: Source = {
  title:
    "Zhihu p/16445683081 (zh), reference [8] of the seed article 訓練模型需要多少計算量: count 3 × DeepSeek-V3's forward operations instead of 6ND",
  url: "https://zhuanlan.zhihu.com/p/16445683081",
};

export interface ForwardMfuInput {
  /** A run id with an exact architecture (src/core/runArchitectures.ts). */
  arch: string;
  tokens: number;
  gpuSeconds: number;
  peakFlopsPerGpu: number;
  /** Training sequence length for the attention scores. */
  context: number;
  /** The total and active parameters the 6ND rows use (published figures, e.g. 671B and 37B). */
  totalParams: number;
  activeParams?: number;
}

export interface ForwardMfu {
  rows: Row[];
  notes: Text[];
  sources: Source[];
  result: {
    forwardFlopsPerToken: number;
    trainingFlopsPerToken: number;
    forwardComponents: Record<string, number>;
    mfu6NTotal: number;
    mfu6NActive?: number;
    mfu3Forward: number;
    mfu3ForwardWithMtp?: number;
  };
}

export const forwardArchitecture = (id: string | undefined): RunArchitecture | undefined =>
  id === undefined ? undefined : runArchitecture(id);

/** The forward components of one token at the given context, as rows. */
export function forwardComponentRows(exact: RunArchitecture, context: number): Row[] {
  const flops = forwardFlopsPerToken(exact.architecture, context);
  const rows = flops.components.filter((c) => c.flops > 0).map((c) => row(`flop.${c.id}`, "flop", c.flops));
  rows.push(
    row("flop.forward", "flop", flops.forward, formula("forward.perToken", { T: put("count", context) })),
  );
  return rows;
}

export function forwardMfu(input: ForwardMfuInput): ForwardMfu | undefined {
  const exact = runArchitecture(input.arch);
  if (!exact) return undefined;
  const { tokens, gpuSeconds, peakFlopsPerGpu: peak, context } = input;
  const denominator = gpuSeconds * peak;
  const flops = forwardFlopsPerToken(exact.architecture, context);
  const withMtp = forwardFlopsPerToken(exact.architecture, context, { includeMtp: true });
  const mtp = architectureParams(exact.architecture).mtp !== undefined;
  const mfu = (perToken: number) => (tokens * perToken) / denominator;
  const over = (perToken: number) => ({
    after: [
      formula("seed.over", {
        flops: put("flop", tokens * perToken),
        gpuSeconds: put("duration", gpuSeconds),
        peak: put("flopRate", peak),
      }),
    ],
  });

  const rows: Row[] = [
    row(
      "mfu.row.sixNTotal",
      "percent",
      mfu(6 * input.totalParams),
      formula(
        "seed.sixNTotal",
        { N: put("params", input.totalParams), D: put("tokens", tokens) },
        over(6 * input.totalParams),
      ),
    ),
  ];
  if (input.activeParams !== undefined) {
    rows.push(
      row(
        "mfu.row.sixNActive",
        "percent",
        mfu(6 * input.activeParams),
        formula(
          "seed.sixNActive",
          { N: put("params", input.activeParams), D: put("tokens", tokens) },
          over(6 * input.activeParams),
        ),
      ),
    );
  }
  rows.push(
    row(
      "mfu.row.threeForward",
      "percent",
      mfu(flops.training),
      formula(
        "seed.threeForward",
        { forward: put("flop", flops.forward), D: put("tokens", tokens), T: put("count", context) },
        over(flops.training),
      ),
    ),
  );
  if (mtp) {
    rows.push(
      row(
        "mfu.row.threeForwardMtp",
        "percent",
        mfu(withMtp.training),
        formula(
          "seed.threeForwardMtp",
          { forward: put("flop", withMtp.forward), D: put("tokens", tokens) },
          over(withMtp.training),
        ),
      ),
    );
  }
  return {
    rows,
    notes: [text("mfu.note.seedMethod")],
    sources: [SEED_METHOD, exact.source],
    result: {
      forwardFlopsPerToken: flops.forward,
      trainingFlopsPerToken: flops.training,
      forwardComponents: Object.fromEntries(flops.components.map((c) => [c.id, c.flops])),
      mfu6NTotal: mfu(6 * input.totalParams),
      ...(input.activeParams !== undefined ? { mfu6NActive: mfu(6 * input.activeParams) } : {}),
      mfu3Forward: mfu(flops.training),
      ...(mtp ? { mfu3ForwardWithMtp: mfu(withMtp.training) } : {}),
    },
  };
}

import { trainingFlopsPerToken } from "../core/compute.ts";
import { extended } from "../core/extended.ts";
import { isTpu, shortGpuName } from "../core/gpus.ts";
import { mfuBothWays, SUSPICIOUS_MFU } from "../core/mfu.ts";
import { architecture, architectureParams } from "../core/params/architecture.ts";
import { runArchitecture } from "../core/runArchitectures.ts";
import { estimateRun, isMoe, modelSources, type RunEstimate } from "../core/runs/analysis.ts";
import { MODELS } from "../core/runs/entries.ts";
import { findModel } from "../core/runs/lookup.ts";
import type { Architecture, Figure, Model } from "../core/runs/schema.ts";
import { distinctSources, SOURCES } from "../core/sources.ts";
import { defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { describeArchitecture } from "../reply/architecture.ts";
import {
  formula,
  fromNotice,
  input,
  ratioKind,
  resultReply,
  row,
  symbol,
  symbols,
  text,
} from "../reply/build.ts";
import { roundedTo } from "../reply/format.ts";
import { formulaText } from "../reply/formula.ts";
import type { FormulaRef, Reply, Row, Source, Text } from "../reply/reply.ts";
import { attentionFlopsFormula } from "./attentionFormula.ts";
import { chinchillaMoeNote } from "./chinchillaMoeNote.ts";
import { peakFormula } from "./computeGpu.ts";
import { forwardComponentRows, forwardMfu } from "./forwardMfu.ts";

/** 0.3463 → "34.6%", a published range 0.38–0.43 → "38–43%". */
export function percentText(value: number, upTo?: number): string {
  const pct = (x: number) => String(Number((x * 100).toFixed(1)));
  return upTo === undefined ? `${pct(value)}%` : `${pct(value)}–${pct(upTo)}%`;
}

/** A figure read from its paper: the source's title in the formula's place. */
export const cited = (title: string): FormulaRef => formula("cited", { source: symbol(title) });

/** ` (+0.3% vs published)` after a recomputed figure. */
const vsPublished = (ours: number, published: number): FormulaRef =>
  formula("run.vsPublished", { difference: input("difference", ours / published - 1) });

const textRow = (label: string, shown: string, formula?: FormulaRef): Row => ({
  label: text(label),
  value: { kind: "text", text: shown },
  ...(formula ? { formula } : {}),
});

const notPublished = (label: string): Row => ({
  label: text(label),
  value: { kind: "message", text: text("model.value.notPublished") },
});

const published = (label: string, kind: Parameters<typeof row>[1], figure: Figure): Row =>
  row(label, kind, figure.value, cited(figure.source.title));

/** The architecture as a formula's left-hand side (`decoder L 126, h 16,384, …`), then `tail`. */
export function architectureFormula(arch: Architecture, tail: readonly FormulaRef[] = []): FormulaRef {
  const g = (n: number) => input("grouped", n);
  const plain = (n: number) => input("plain", n);
  if (arch.kind === "gpt") {
    return formula(
      "model.gptShape",
      {
        perLayers: symbols(formula("params.gpt")),
        L: plain(arch.layers),
        h: g(arch.width),
        V: g(arch.vocab),
      },
      {
        after: [
          ...(arch.positions ? [formula("model.gptPositions", { positions: g(arch.positions) })] : []),
          ...(arch.relativePositions ? [formula("model.gptRelative")] : []),
          ...(arch.embeddingNorm ? [formula("model.gptEmbeddingNorm")] : []),
          ...tail,
        ],
      },
    );
  }
  if (arch.kind === "decoder") {
    const mlp = arch.moe
      ? formula("model.moeMlp", {
          E: plain(arch.moe.experts),
          k: plain(arch.moe.topK),
          ffn: g(arch.moe.expertFfn),
        })
      : formula(arch.mlp === "plain" ? "model.plainMlp" : "model.gatedMlp", { ffn: g(arch.ffn ?? 0) });
    return formula(
      "model.decoderShape",
      { L: plain(arch.layers), h: g(arch.hidden), heads: plain(arch.heads) },
      {
        after: [
          ...(arch.kvHeads ? [formula("model.kvHeads", { kv: plain(arch.kvHeads) })] : []),
          formula("model.heads"),
          ...(arch.headDim ? [formula("model.headDim", { d: plain(arch.headDim) })] : []),
          mlp,
          formula("model.vocab", { V: g(arch.vocab) }),
          ...(arch.tiedEmbeddings ? [formula("model.tied")] : []),
          ...tail,
        ],
      },
    );
  }
  return formula(
    "model.otherShape",
    { L: plain(arch.layers), h: g(arch.hidden), heads: plain(arch.heads), V: g(arch.vocab) },
    { after: tail },
  );
}

/** The hardware as a formula's place: `2,048 × H800 SXM5 80GB`, or the accelerator as the authors name it. */
export function hardwareFormula(model: Model, estimate: RunEstimate): FormulaRef | undefined {
  const name = estimate.gpu ? shortGpuName(estimate.gpu) : model.hardware?.name;
  if (name === undefined) return undefined;
  const gpus = model.published.gpus?.value;
  return gpus === undefined
    ? cited(name)
    : formula("run.hardware", { GPUs: input("count", gpus), gpu: symbol(name) });
}

/** "2,048 × H800 SXM5 80GB" (drawn from the registry's `run.hardware`), or the accelerator as the authors name it. */
export function hardwareText(model: Model, estimate: RunEstimate): string | undefined {
  const name = estimate.gpu ? shortGpuName(estimate.gpu) : model.hardware?.name;
  if (name === undefined) return undefined;
  const gpus = model.published.gpus?.value;
  return gpus === undefined
    ? name
    : formulaText(formula("run.hardware", { GPUs: input("count", gpus), gpu: symbol(name) }));
}

const pct = (x: number) => Number((x * 100).toFixed(1));

/**
 * A published run's MFU by the one definition, model FLOP / (GPU-seconds × dense peak), with
 * both FLOP counts: 6N per token, and 6N + 12·L·H·Q·T (PaLM Appendix B) when the shape is known.
 * From the published throughput when there is one (as PaLM measured it), else from the GPU time.
 * `model`, `compare` and `mfu <run>` all read it from here, and `compute <run> mfu=…` inverts it.
 */
export function mfuDefinitions(
  model: Model,
  estimate: RunEstimate,
): { sixN: number; withAttention?: number; fromThroughput: boolean } | undefined {
  const p = model.published;
  const peak = estimate.peakFlopsPerGpu;
  if (peak === undefined) return undefined;
  const sixNPerToken = trainingFlopsPerToken(estimate.computeParams);
  const attentionPerToken = estimate.attention
    ? trainingFlopsPerToken(estimate.computeParams, estimate.attention)
    : undefined;
  if (p.tokensPerSecond && p.gpus) {
    const denominator = p.gpus.value * peak;
    const sixN = (p.tokensPerSecond.value * sixNPerToken) / denominator;
    return attentionPerToken === undefined
      ? { sixN, fromThroughput: true }
      : {
          sixN,
          withAttention: (p.tokensPerSecond.value * attentionPerToken) / denominator,
          fromThroughput: true,
        };
  }
  if (!p.tokens || estimate.gpuHours === undefined) return undefined;
  const both = mfuBothWays({
    tokens: p.tokens.value,
    perToken6N: sixNPerToken,
    ...(attentionPerToken === undefined ? {} : { perTokenAttention: attentionPerToken }),
    gpuSeconds: estimate.gpuHours * 3600,
    peakFlopsPerGpu: peak,
  });
  // Written out, not `{ ...both, fromThroughput }`: on Node 20 a spread followed by a key is slow.
  return both.withAttention === undefined
    ? { sixN: both.sixN, fromThroughput: false }
    : { sixN: both.sixN, withAttention: both.withAttention, fromThroughput: false };
}

/**
 * Below this, a whole-run MFU says more about the published GPU time (restarts, other stages,
 * a token count that is a lower bound) than about the run: tuned large runs report 30–50%.
 */
export const LOW_MFU = 0.2;

/** The one-line reading: what the comparison of their numbers and ours says. */
function reading(model: Model, estimate: RunEstimate): Text {
  const p = model.published;
  const name = model.name;
  if (estimate.mfuTotalParams && estimate.mfu && estimate.mfuTotalParams.mfu > 1) {
    return text("model.reading.moeImpossible", {
      model: name,
      total: input("params", p.params.value),
      totalMfu: pct(estimate.mfuTotalParams.mfu),
      active: input("params", estimate.computeParams),
      activeMfu: pct(estimate.mfu.mfu),
    });
  }
  const ours = estimate.mfuFromThroughput ?? estimate.mfu?.mfu;
  if (ours !== undefined) {
    const params = { model: name, mfu: pct(ours), hardware: hardwareText(model, estimate) ?? "" };
    // A published MFU counts attention (PaLM Appendix B): ours beside it does too when the shape is
    // known, as compare's row and the MFU rows above show it.
    if (p.mfu) {
      const withAttention = mfuDefinitions(model, estimate)?.withAttention;
      return text("model.reading.mfu", {
        model: name,
        mfu: pct(withAttention ?? ours),
        basis: withAttention === undefined ? "6N" : "6N + attention",
        hardware: params.hardware,
        published: percentText(p.mfu.value, p.mfu.upTo),
      });
    }
    if (ours > 1) return text("model.reading.mfuImpossible", params);
    if (ours > SUSPICIOUS_MFU) return text("model.reading.mfuSuspicious", params);
    if (ours < LOW_MFU) return text("model.reading.mfuLow", params);
    return text("model.reading.mfuPlausible", params);
  }
  if (estimate.flops !== undefined) {
    return p.flops
      ? text("model.reading.compute", {
          model: name,
          flops: input("flop", estimate.flops),
          published: input("flop", p.flops.value),
          difference: input("difference", estimate.flops / p.flops.value - 1),
        })
      : text("model.reading.computeUnpublished", {
          model: name,
          flops: input("flop", estimate.flops),
          ratio: roundedTo(estimate.tokensPerParam ?? 0, 3),
        });
  }
  // GPU time without a token count (gpt-oss-120b's 2.1M H100-hours): no 6ND, so no MFU from it.
  if (estimate.gpuHours !== undefined) {
    return text("model.reading.hoursWithoutTokens", {
      model: name,
      params: input("params", p.params.value),
      gpuHours: input("gpuHours", estimate.gpuHours),
    });
  }
  return text("model.reading.paramsOnly", { model: name, params: input("params", p.params.value) });
}

function paramRows(model: Model, estimate: RunEstimate): Row[] {
  const p = model.published;
  const rows: Row[] = [published("model.row.params", "params", p.params)];
  const recomputed = estimate.params;
  if (recomputed) {
    rows.push(
      row(
        "model.row.paramsRecomputed",
        "params",
        recomputed.total,
        architectureFormula(model.architecture, [
          formula("model.recount", { total: input("params", recomputed.total) }),
          vsPublished(recomputed.total, p.params.value),
        ]),
      ),
    );
  } else if (runArchitecture(model.id)) {
    const exact = runArchitecture(model.id);
    const count = exact ? architectureParams(exact.architecture) : undefined;
    if (count) {
      rows.push(
        row(
          "model.row.paramsRecomputed",
          "params",
          count.total,
          formula(
            "model.recountExact",
            {
              architecture: symbol(describeArchitecture(architectureOf(model))),
              total: input("grouped", count.total),
            },
            { after: [vsPublished(count.total, p.params.value)] },
          ),
        ),
      );
      if (p.activeParams) {
        const embedding = count.parts.find((x) => x.id === "embedding")?.params ?? 0;
        rows.push(published("model.row.active", "params", p.activeParams));
        rows.push(
          row(
            "model.row.activeRecomputed",
            "params",
            count.active,
            formula("model.activeExact", {
              k: input("plain", exact?.architecture.moe?.topK ?? 0),
              active: input("params", count.active),
              difference: input("difference", count.active / p.activeParams.value - 1),
              embedding: input("params", embedding),
              without: input("params", count.active - embedding),
            }),
          ),
        );
      }
      return rows;
    }
  } else {
    rows.push({
      label: text("model.row.paramsRecomputed"),
      value: { kind: "message", text: text("model.value.notModelled") },
      formula: architectureFormula(model.architecture),
    });
  }
  if (p.activeParams) {
    rows.push(published("model.row.active", "params", p.activeParams));
    if (recomputed) {
      rows.push(
        row(
          "model.row.activeRecomputed",
          "params",
          recomputed.active,
          formula(
            "model.activeRecount",
            { active: input("params", recomputed.active) },
            { after: [vsPublished(recomputed.active, p.activeParams.value)] },
          ),
        ),
      );
    }
  }
  return rows;
}

function computeRows(model: Model, estimate: RunEstimate): Row[] {
  const p = model.published;
  const rows: Row[] = [];
  if (!p.tokens) {
    rows.push(notPublished("model.row.tokens"));
  } else {
    const tokens = p.tokens.value;
    rows.push(
      published("model.row.tokens", "tokens", p.tokens),
      row(
        "row.tokensPerParam",
        ratioKind(estimate.tokensPerParam ?? 0),
        estimate.tokensPerParam ?? 0,
        formula("chinchilla.tokensPerParam", {
          D: input("tokens", tokens),
          N: input("params", p.params.value),
        }),
      ),
    );
  }
  rows.push(
    row(
      "row.chinchillaTokens",
      "tokens",
      estimate.chinchillaTokens,
      formula("chinchilla.tokens", { N: input("params", p.params.value) }),
    ),
  );
  rows.push(p.flops ? published("model.row.flops", "flop", p.flops) : notPublished("model.row.flops"));
  if (p.tokens && estimate.flops !== undefined) {
    const vs = p.flops ? [vsPublished(estimate.flops, p.flops.value)] : [];
    rows.push(
      row(
        "model.row.flops6nd",
        "flop",
        estimate.flops,
        formula(
          isMoe(model) ? "training.flopsActive" : "training.flops",
          { N: input("params", estimate.computeParams), D: input("tokens", p.tokens.value) },
          { after: vs },
        ),
      ),
    );
    if (estimate.flopsTotalParams !== undefined) {
      rows.push(
        row(
          "model.row.flops6ndTotal",
          "flop",
          estimate.flopsTotalParams,
          formula("seed.sixNTotal", {
            N: input("params", p.params.value),
            D: input("tokens", p.tokens.value),
          }),
        ),
      );
    }
    if (estimate.flopsWithAttention !== undefined && estimate.attention) {
      const a = estimate.attention;
      const vsAttention = p.flops ? [vsPublished(estimate.flopsWithAttention, p.flops.value)] : [];
      const shown = attentionFlopsFormula(
        a,
        isMoe(model),
        estimate.computeParams,
        p.tokens.value,
        vsAttention,
      );
      rows.push(row("row.trainingFlopsAttention", "flop", estimate.flopsWithAttention, shown));
    }
  }
  return rows;
}

function hardwareRows(model: Model, estimate: RunEstimate): Row[] {
  const p = model.published;
  const rows: Row[] = [];
  const hardware = hardwareText(model, estimate);
  rows.push(
    hardware === undefined
      ? notPublished("model.row.hardware")
      : textRow("model.row.hardware", hardware, p.gpus ? cited(p.gpus.source.title) : undefined),
  );
  if (p.gpuHours) rows.push(published("model.row.gpuHours", "gpuHours", p.gpuHours));
  else if (p.gpus && p.days && estimate.gpuHours !== undefined) {
    rows.push(
      row(
        "model.row.gpuHours",
        "gpuHours",
        estimate.gpuHours,
        formula("run.gpuHoursFromDays", {
          GPUs: input("count", p.gpus.value),
          days: input("sig4", p.days.value),
          source: symbol(p.days.source.title),
        }),
      ),
    );
  } else rows.push(notPublished("model.row.gpuHours"));
  if (estimate.gpu && estimate.peakFlopsPerGpu !== undefined) {
    rows.push(
      row("row.peak", "flopRate", estimate.peakFlopsPerGpu, peakFormula(estimate.gpu, model.precision)),
    );
  }
  return rows;
}

function mfuRows(model: Model, estimate: RunEstimate): Row[] {
  const p = model.published;
  const rows: Row[] = [];
  if (p.mfu) {
    rows.push(
      p.mfu.upTo === undefined
        ? published("model.row.mfu", "percent", p.mfu)
        : textRow("model.row.mfu", percentText(p.mfu.value, p.mfu.upTo), cited(p.mfu.source.title)),
    );
  } else rows.push(notPublished("model.row.mfu"));
  if (p.hfu) rows.push(published("model.row.hfu", "percent", p.hfu));
  const peak = estimate.peakFlopsPerGpu;
  const gpuSeconds = (estimate.gpuHours ?? 0) * 3600;
  if (estimate.mfuTotalParams && estimate.flopsTotalParams !== undefined && peak) {
    rows.push(
      row(
        "model.row.mfuTotal",
        "percent",
        estimate.mfuTotalParams.mfu,
        formula("run.mfuTotal", {
          flops: input("flop", estimate.flopsTotalParams),
          gpuSeconds: input("duration", gpuSeconds),
          peak: input("flopRate", peak),
        }),
      ),
    );
  }
  if (estimate.mfu && estimate.flops !== undefined && peak) {
    rows.push(
      row(
        "model.row.mfuOurs",
        "percent",
        estimate.mfu.mfu,
        formula("run.mfu", {
          n: symbol(isMoe(model) ? "N_active" : "N"),
          flops: input("flop", estimate.flops),
          gpuSeconds: input("duration", gpuSeconds),
          peak: input("flopRate", peak),
        }),
      ),
    );
  }
  const both = mfuDefinitions(model, estimate);
  if (
    both?.withAttention !== undefined &&
    !both.fromThroughput &&
    estimate.flopsWithAttention !== undefined &&
    peak
  ) {
    rows.push(
      row(
        "model.row.mfuAttention",
        "percent",
        both.withAttention,
        formula("run.mfuAttention", {
          flops: input("flop", estimate.flopsWithAttention),
          gpuSeconds: input("duration", gpuSeconds),
          peak: input("flopRate", peak),
        }),
      ),
    );
  }
  if (estimate.mfuFromThroughput !== undefined && p.tokensPerSecond && p.gpus && peak) {
    rows.push(
      row(
        "model.row.mfuThroughput",
        "percent",
        estimate.mfuFromThroughput,
        formula("run.mfuThroughput", {
          perToken: symbols(
            formula(estimate.attention ? "perToken.attention" : "perToken.sixN", { n: symbol("N") }),
          ),
          tokensPerSecond: input("count", p.tokensPerSecond.value),
          GPUs: input("count", p.gpus.value),
          peak: input("flopRate", peak),
        }),
      ),
    );
  }
  if (p.achievedFlopsPerGpu) {
    rows.push(
      row(
        "model.row.achieved",
        "flopRate",
        p.achievedFlopsPerGpu.value,
        peak
          ? formula("run.achievedShare", {
              source: symbol(p.achievedFlopsPerGpu.source.title),
              share: input("pct1", p.achievedFlopsPerGpu.value / peak),
            })
          : cited(p.achievedFlopsPerGpu.source.title),
      ),
    );
  }
  return rows;
}

function modelResult(model: Model, estimate: RunEstimate): Record<string, unknown> {
  const p = model.published;
  const values = (record: Record<string, number | string | undefined>) =>
    Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
  return {
    model: model.id,
    name: model.name,
    published: values({
      params: p.params.value,
      activeParams: p.activeParams?.value,
      tokens: p.tokens?.value,
      flops: p.flops?.value,
      gpu: estimate.gpu?.name ?? model.hardware?.name,
      gpus: p.gpus?.value,
      gpuHours: p.gpuHours?.value,
      days: p.days?.value,
      tokensPerSecond: p.tokensPerSecond?.value,
      achievedFlopsPerGpu: p.achievedFlopsPerGpu?.value,
      mfu: p.mfu?.value,
      mfuUpTo: p.mfu?.upTo,
      hfu: p.hfu?.value,
    }),
    estimated: values({
      params: estimate.params?.total,
      activeParams: isMoe(model) ? estimate.params?.active : undefined,
      tokensPerParam: estimate.tokensPerParam,
      chinchillaTokens: estimate.chinchillaTokens,
      flops: estimate.flops,
      flopsTotalParams: estimate.flopsTotalParams,
      flopsWithAttention: estimate.flopsWithAttention,
      gpuHours: estimate.gpuHours,
      peakFlopsPerGpu: estimate.peakFlopsPerGpu,
      precision: estimate.peakFlopsPerGpu === undefined ? undefined : model.precision,
      mfu: estimate.mfu?.mfu,
      mfuTotalParams: estimate.mfuTotalParams?.mfu,
      mfuFromThroughput: estimate.mfuFromThroughput,
      mfu6N: mfuDefinitions(model, estimate)?.sixN,
      mfuWithAttention: mfuDefinitions(model, estimate)?.withAttention,
    }),
    ratio: values({
      params: estimate.params ? estimate.params.total / p.params.value : undefined,
      flops: estimate.flops !== undefined && p.flops ? estimate.flops / p.flops.value : undefined,
    }),
  };
}

/** Where a sliding window narrower than the training context is stated, when it shaped the attention row. */
function windowSources(model: Model, estimate: RunEstimate): Source[] {
  const a = estimate.attention;
  const arch = model.architecture;
  if (!a?.window || a.context <= a.window.width || arch.kind !== "decoder" || !arch.slidingWindow) return [];
  return [SOURCES.mistral2023, arch.slidingWindow.source];
}

/** The exact architecture of a run from src/core/runArchitectures.ts, validated. */
function architectureOf(model: Model) {
  const exact = runArchitecture(model.id);
  if (!exact) throw new Error(`no exact architecture for ${model.id}`);
  return architecture(exact.architecture);
}

/** The seed's DeepSeek-V3 story: forward FLOP per token, then MFU three ways (6·N_total, 6·N_active, 3 × forward). */
function seedStory(model: Model, estimate: RunEstimate) {
  const exact = runArchitecture(model.id);
  const p = model.published;
  if (!exact || !p.tokens || !estimate.gpuHours || !estimate.peakFlopsPerGpu) return undefined;
  const story = forwardMfu({
    arch: model.id,
    tokens: p.tokens.value,
    gpuSeconds: estimate.gpuHours * 3600,
    peakFlopsPerGpu: estimate.peakFlopsPerGpu,
    context: model.context,
    totalParams: p.params.value,
    ...(p.activeParams ? { activeParams: p.activeParams.value } : {}),
  });
  return story && extended(story, { rows: [...forwardComponentRows(exact, model.context), ...story.rows] });
}

/** The seed article's story is DeepSeek-V3's (its note cites V3's hours, tokens and 671B): V3, and R1 trained from V3-Base. */
const SEED_STORY_RUNS: ReadonlySet<string> = new Set(["deepseek-v3", "deepseek-r1"]);

/** One published run: its figures and ours side by side, with the difference and a reading. */
export function modelReply(model: Model): Reply {
  const estimate = estimateRun(model);
  const story = seedStory(model, estimate);
  const rows = [
    ...paramRows(model, estimate),
    ...computeRows(model, estimate),
    ...hardwareRows(model, estimate),
    ...mfuRows(model, estimate),
    ...(story?.rows ?? []),
  ];
  const notes: Text[] = [reading(model, estimate)];
  const seedNote = story !== undefined && SEED_STORY_RUNS.has(model.id);
  if (seedNote)
    notes.push(
      text("model.note.seedStory", {
        mfu: pct(story.result.mfu3Forward),
        total: pct(story.result.mfu6NTotal),
      }),
    );
  if (model.architecture.kind === "unmodelled" && !seedNote) notes.push(text(model.architecture.reason));
  for (const key of model.notes ?? []) notes.push(text(key));
  const active = model.published.activeParams?.value;
  if (active !== undefined) notes.push(chinchillaMoeNote(model.published.params.value, active));
  if (estimate.gpu && isTpu(estimate.gpu))
    notes.push(text("note.tpuChipHours", { gpu: shortGpuName(estimate.gpu) }));
  const warnings = [...(estimate.mfuTotalParams?.warnings ?? []), ...(estimate.mfu?.warnings ?? [])];
  // Each paper once: the run's own and the formulas' may cite the same one (PaLM, Chinchilla).
  const sources: Source[] = distinctSources([
    ...modelSources(model),
    SOURCES.kaplan2020,
    SOURCES.hoffmann2022,
    ...(estimate.attention || estimate.mfu ? [SOURCES.palm2022] : []),
    ...windowSources(model, estimate),
    ...(estimate.gpu ? [estimate.gpu.source] : []),
    ...(story?.sources ?? []),
  ]);
  return resultReply({
    command: "model",
    title: text("model.title", { model: model.name }),
    rows,
    notes,
    warnings: warnings.map(fromNotice),
    sources,
    result: extended(modelResult(model, estimate), story ? { seedMethod: story.result } : {}),
    // mfu answers a run with its GPU time or a published MFU; for another (Mixtral, Gemma 2: no GPU
    // time published) the Next line is its training plan, which mfu would refuse to compute.
    // A run whose tokens are not published (gpt-oss) has no training plan to offer: serving it.
    hint: text(
      model.published.tokens === undefined
        ? "hint.modelNoTokens"
        : estimate.mfuFromThroughput !== undefined ||
            estimate.mfu !== undefined ||
            model.published.mfu !== undefined
          ? "hint.model"
          : "hint.modelNoGpuTime",
      { id: model.id },
    ),
  });
}

/** `/flops model` without a name: the runs it knows. */
function catalogReply(): Reply {
  const rows: Row[] = MODELS.map((m) => ({
    label: text("row.name", { name: m.name }),
    value: { kind: "params", value: m.published.params.value },
    formula: formula(
      "usage.model",
      { id: symbol(m.id) },
      m.aliases.length
        ? { after: [formula("usage.aliases", { aliases: symbol(m.aliases.join(", ")) })] }
        : {},
    ),
  }));
  return resultReply({
    command: "model",
    title: text("model.catalogTitle", { count: MODELS.length }),
    rows,
    notes: [text("model.note.presets")],
    result: { models: MODELS.map((m) => m.id) },
    hint: text("hint.modelCatalog"),
  });
}

export const model = defineCommand({
  name: "model",
  aliases: ["run", "published"],
  options: {
    name: opt.model({ positional: true, rest: true, aliases: ["model", "run"] }),
  },
  examples: ["model deepseek-v3", "model llama-3-405b", "model"],
  run(args) {
    return args.name === undefined ? catalogReply() : modelReply(findModel(args.name));
  },
});

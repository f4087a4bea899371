import { UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { kvBytesPerToken } from "../core/forward.ts";
import { runArchitectureInput } from "../core/modelArchitecture.ts";
import {
  type Architecture,
  type ArchitectureCount,
  architecture,
  architectureParams,
  fp8BlockScales,
} from "../core/params/architecture.ts";
import { parseConfigText, type ReadConfig, readHfConfig } from "../core/params/hfConfig.ts";
import { runArchitecture } from "../core/runArchitectures.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import { cachedHubModel } from "../hf/hub.ts";
import { describeArchitecture } from "../reply/architecture.ts";
import { formula, input, resultReply, row, symbol, text } from "../reply/build.ts";
import type { Reply, Row, Source, Text } from "../reply/reply.ts";

/** An architecture counted exactly: from a pasted config, a Hub repository or a published run. */
export interface CountedArchitecture {
  name: string;
  arch: Architecture;
  count: ArchitectureCount;
  sources: Source[];
  /** Which config fields were read (pasted or Hub configs). */
  fields?: Pick<ReadConfig, "used" | "ignored" | "unknown" | "modelType">;
  /** The Hub's safetensors count, when it is known and differs from the paper's. */
  hubCount?: { value: number; source: Source };
  fp8BlockSize?: number;
  /** metadata.total_size of the Hub's safetensors index, in bytes. */
  totalSizeBytes?: number;
  torchDtype?: string;
}

const HF_MODELING: Source = {
  title: "Hugging Face transformers, models/<model_type>/modeling_<model_type>.py (the tensors counted)",
  url: "https://github.com/huggingface/transformers/tree/main/src/transformers/models",
};
const DEEPSEEK_V2: Source = {
  title: "DeepSeek-AI 2024, DeepSeek-V2, §2.1 (multi-head latent attention) and Table 1 (KV cache per token)",
  url: "https://arxiv.org/abs/2405.04434",
};
const DEEPSEEK_V3_PAPER: Source = {
  title:
    "DeepSeek-AI 2024, DeepSeek-V3 Technical Report, §2.1–2.2 (MLA, DeepSeekMoE, MTP) and §3.3.2 (FP8 blocks)",
  url: "https://arxiv.org/abs/2412.19437",
};

function fromConfig(read: ReadConfig, name: string, sources: Source[]): CountedArchitecture {
  const { used, ignored, unknown, modelType } = read;
  return {
    name,
    arch: read.architecture,
    count: architectureParams(read.architecture),
    sources: [...sources, HF_MODELING, ...(read.architecture.mla ? [DEEPSEEK_V2] : [])],
    fields: { used, ignored, unknown, modelType },
  };
}

function dtypeOf(config: unknown): string | undefined {
  if (!config || typeof config !== "object") return undefined;
  const value = (config as Record<string, unknown>).torch_dtype ?? (config as Record<string, unknown>).dtype;
  return typeof value === "string" ? value : undefined;
}

/**
 * The architecture `params` should count exactly, or undefined for the formula paths
 * (transformer, decoder, a layer list): a pasted `config=`, `hf:<org>/<name>` (read from the Hub
 * cache the async pre-step filled), or a published run whose shape only this path expresses.
 */
export function countedArchitecture(spec?: string, config?: string): CountedArchitecture | undefined {
  if (config !== undefined) {
    const read = readHfConfig(parseConfigText(config));
    return fromConfig(read, `config.json (${read.modelType})`, []);
  }
  const first = (spec ?? "").trim().split(/\s+/)[0] ?? "";
  if (first.toLowerCase().startsWith("hf:")) {
    const repo = first.slice(3);
    const cached = cachedHubModel(repo);
    if (!cached) throw new UserError("hf.notFetched", { repo });
    if (!cached.ok) throw cached.error;
    const { model } = cached;
    const counted = fromConfig(readHfConfig(model.config), model.repo, [
      { title: `Hugging Face ${model.repo}: config.json`, url: model.url },
    ]);
    const dtype = dtypeOf(model.config);
    return extended(
      counted,
      extended(
        model.totalSizeBytes === undefined ? {} : { totalSizeBytes: model.totalSizeBytes },
        dtype === undefined ? {} : { torchDtype: dtype },
      ),
    );
  }
  const run = first ? lookupModel(first) : undefined;
  if (!run) return undefined;
  const exact = runArchitecture(run.id);
  if (exact) {
    const arch = architecture(exact.architecture);
    return {
      name: run.name,
      arch,
      count: architectureParams(arch),
      // The DeepSeek papers describe MLA and DeepSeekMoE: cited for the runs that use them, not gpt-oss.
      sources: arch.mla ? [exact.source, DEEPSEEK_V3_PAPER, DEEPSEEK_V2] : [exact.source, HF_MODELING],
      ...(exact.hubCount ? { hubCount: exact.hubCount } : {}),
      ...(exact.fp8BlockSize ? { fp8BlockSize: exact.fp8BlockSize } : {}),
    };
  }
  const decoder =
    run.architecture.kind === "decoder" && run.architecture.mlp === "plain"
      ? runArchitectureInput(run)
      : undefined;
  if (!decoder) {
    // A published run the formulas cannot express (Llama 4's shared-plus-routed MoE layers and
    // vision encoder): say so, and where its published counts are, instead of asking for spec=.
    if (run.architecture.kind === "unmodelled")
      throw new UserError("params.runUnmodelled", { model: run.name, id: run.id });
    return undefined;
  }
  const arch = architecture(decoder);
  return {
    name: run.name,
    arch,
    count: architectureParams(arch),
    sources: [run.architectureSource, HF_MODELING],
  };
}

const BYTES: Record<string, number> = { float32: 4, bfloat16: 2, float16: 2 };

/** The reply for an exactly counted architecture: its parts, totals, MTP, KV cache and fields. */
export function architectureCountReply(c: CountedArchitecture): Reply {
  const { count, arch } = c;
  const rows: Row[] = count.parts.map((part) =>
    row(
      `part.${part.id}`,
      "count",
      part.params,
      part.count && part.count > 1
        ? formula("arch.part", {
            count: input("count", part.count),
            each: input("count", part.params / part.count),
          })
        : undefined,
    ),
  );
  rows.push(
    row(
      "row.totalParams",
      "count",
      count.total,
      formula("arch.total", {
        total: input("grouped", count.total),
        architecture: symbol(describeArchitecture(arch)),
      }),
    ),
  );
  rows.push(row("row.nonEmbedding", "params", count.nonEmbedding, formula("arch.nonEmbedding")));
  const moe = arch.moe;
  if (moe && count.active !== count.total) {
    rows.push(
      row(
        "row.activeParams",
        "params",
        count.active,
        formula("arch.active", {
          E: input("plain", moe.experts),
          k: input("plain", moe.topK),
          routed: input("count", count.parts.find((p) => p.id === "routedExperts")?.params ?? 0),
        }),
      ),
    );
  }
  const notes: Text[] = [];
  let stored: number | undefined;
  if (count.mtp) {
    rows.push(row("row.mtpModule", "count", count.mtp.unique, formula("arch.mtp")));
    stored = count.total + count.mtp.unique + count.mtp.storedCopies;
    rows.push(
      row(
        "row.withMtp",
        "count",
        stored,
        formula("arch.withMtp", {
          total: input("grouped", count.total),
          mtp: input("grouped", count.mtp.unique),
          copies: input("grouped", count.mtp.storedCopies),
        }),
      ),
    );
    notes.push(text("params.note.mtp"));
  }
  if (c.fp8BlockSize !== undefined) {
    const scales = fp8BlockScales(arch, c.fp8BlockSize);
    stored = (stored ?? count.total) + scales;
    rows.push(
      row(
        "row.fp8Scales",
        "count",
        scales,
        formula("arch.fp8Scales", { block: input("plain", c.fp8BlockSize) }),
      ),
    );
  }
  if (c.hubCount) {
    rows.push(
      row(
        "row.hubCount",
        "count",
        c.hubCount.value,
        stored === undefined
          ? formula("arch.hubTitle", { title: symbol(c.hubCount.source.title) })
          : stored === c.hubCount.value
            ? formula("arch.hubExact", { stored: input("grouped", stored) })
            : formula("arch.hubApart", {
                stored: input("grouped", stored),
                apart: input("count", stored - c.hubCount.value),
              }),
      ),
    );
  }
  const kv = kvBytesPerToken(arch, 2);
  rows.push(
    row(
      "row.kvPerToken",
      "bytes",
      kv,
      arch.mla
        ? formula("arch.kvMla", {
            L: input("plain", arch.layers),
            d_c: input("plain", arch.mla.kvLoraRank),
            d_R: input("plain", arch.mla.qkRopeHeadDim),
          })
        : formula("arch.kvGqa", {
            L: input("plain", arch.layers),
            n_kv: input("plain", arch.kvHeads),
            d_head: input("plain", arch.headDim),
          }),
    ),
  );
  if (arch.slidingWindow !== undefined) {
    notes.push(
      text("params.note.slidingWindow", {
        layers: arch.slidingLayers.length,
        total: arch.layers,
        window: input("grouped", arch.slidingWindow),
      }),
    );
  }
  if (arch.mla) notes.push(text("params.note.mla"));
  if (c.totalSizeBytes !== undefined) {
    const bytes = c.torchDtype ? BYTES[c.torchDtype] : undefined;
    rows.push(
      row(
        "row.safetensorsSize",
        "bytes",
        c.totalSizeBytes,
        bytes
          ? formula("arch.safetensors", {
              bytes: input("plain", bytes),
              dtype: symbol(c.torchDtype ?? ""),
              count: input("grouped", Math.round(c.totalSizeBytes / bytes)),
              total: input("grouped", count.total),
            })
          : formula("arch.safetensorsSize"),
      ),
    );
  }
  if (c.fields) {
    notes.push(text("params.note.fieldsUsed", { fields: c.fields.used.join(", ") || "—" }));
    if (c.fields.ignored.length > 0) {
      notes.push(text("params.note.fieldsIgnored", { fields: c.fields.ignored.join(", ") }));
    }
    if (c.fields.unknown.length > 0) {
      notes.push(text("params.note.fieldsUnknown", { fields: c.fields.unknown.join(", ") }));
    }
  }
  return resultReply({
    command: "params",
    title: text("title.params.architecture", { name: c.name }),
    rows,
    notes,
    sources: c.sources,
    result: {
      total: count.total,
      nonEmbedding: count.nonEmbedding,
      ...(count.active !== count.total ? { active: count.active } : {}),
      layers: count.parts,
      ...(count.mtp ? { mtp: count.mtp } : {}),
      ...(stored !== undefined ? { storedTotal: stored } : {}),
      ...(c.hubCount ? { hubCount: c.hubCount.value } : {}),
      kvBytesPerToken: kv,
      ...(c.totalSizeBytes !== undefined ? { safetensorsTotalSize: c.totalSizeBytes } : {}),
      ...(c.fields
        ? {
            modelType: c.fields.modelType,
            fieldsUsed: c.fields.used,
            fieldsIgnored: c.fields.ignored,
            fieldsUnknown: c.fields.unknown,
          }
        : {}),
    },
    hint: text("hint.params", { params: input("params", count.active) }),
  });
}

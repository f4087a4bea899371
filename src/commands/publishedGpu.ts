import { extended } from "../core/extended.ts";
import type { Precision } from "../core/gpus.ts";
import { findGpu, type Gpu } from "../core/gpus.ts";
import { FP8_PUBLISHED_SPEEDUP } from "../core/planning.ts";
import { lookupModel } from "../core/runs/lookup.ts";
import type { CommandContext } from "../dispatch/command.ts";
import { input, text } from "../reply/build.ts";
import { formulaNumber } from "../reply/format.ts";
import type { Text } from "../reply/reply.ts";

/**
 * The published run whose GPU time a preset filled in, when that time was measured on another GPU
 * than the one typed (`llama-2-70b gpu=H100`: 1.72M A100 GPU-hours): its name and GPU.
 */
export function publishedGpuElsewhere(
  preset: CommandContext["preset"],
  gpu: Gpu,
): { model: string; runGpu: string } | undefined {
  if (!preset) return undefined;
  if (preset.filled["gpu-hours"] === undefined && preset.filled.days === undefined) return undefined;
  return runOnOtherGpu(preset, gpu);
}

/**
 * The published run's per-GPU power a preset filled in (GPT-3's 330 W per V100, Patterson et al.
 * 2021 Table 4), when the GPU typed is another one: that power is not this GPU's.
 */
export function publishedPowerElsewhere(
  preset: CommandContext["preset"],
  gpu: Gpu,
): { model: string; runGpu: string; watts: string } | undefined {
  const watts = preset?.filled.power;
  if (!preset || watts === undefined) return undefined;
  const other = runOnOtherGpu(preset, gpu);
  return other && extended(other, { watts });
}

/**
 * The published run's MFU a preset filled in (GPT-3's 21.3% on V100, PaLM Table 3; Llama 3 405B's
 * 38% on H100, Table 4), when the GPU typed is another one: an MFU measured on one GPU is not a
 * plan's on another (its kernels, memory and interconnect differ), so the plan uses its range.
 */
export function publishedMfuElsewhere(preset: CommandContext["preset"], gpu: Gpu): Text | undefined {
  if (!preset || preset.filled.mfu === undefined) return undefined;
  const other = runOnOtherGpu(preset, gpu);
  const figure = lookupModel(preset.name)?.published.mfu;
  if (!other || !figure) return undefined;
  return text("note.publishedMfuOtherGpu", {
    model: other.model,
    published: percentOrRange(figure),
    runGpu: other.runGpu,
    gpu: gpu.name,
  });
}

/** The preset's run and its GPU, when the user typed another GPU than the run's. */
/**
 * The published run's GPU count a preset filled in (GPT-3's 10,000 V100s, Patterson et al. 2021),
 * when the GPUs typed are other ones and no count was typed: that count is kept, but it is no
 * published figure of a run on these GPUs.
 */
export function publishedCountElsewhere(
  preset: CommandContext["preset"],
  gpus: readonly Gpu[],
): { model: string; runGpu: string; count: string } | undefined {
  const count = preset?.filled.gpus;
  if (!preset || count === undefined || gpus.length === 0) return undefined;
  let other: { model: string; runGpu: string } | undefined;
  for (const gpu of gpus) {
    other = runOnOtherGpu(preset, gpu);
    if (other === undefined) return undefined;
  }
  return other && extended(other, { count });
}

function runOnOtherGpu(
  preset: NonNullable<CommandContext["preset"]>,
  gpu: Gpu,
): { model: string; runGpu: string } | undefined {
  if (preset.filled.gpu !== undefined) return undefined;
  const runGpu = lookupModel(preset.name)?.hardware?.gpu;
  if (runGpu === undefined) return undefined;
  const found = findGpu(runGpu);
  return found.id === gpu.id ? undefined : { model: preset.name, runGpu: found.name };
}

/**
 * The note that leaves out a published run's GPU time (its GPU-hours or days, filled from its
 * preset) when the typed tokens or precision are not that run's: the Llama 3.1 model card's 30.84M
 * H100-hours trained 15.6T tokens in bf16, not 20T, nor in fp8. Undefined when the time was typed
 * or the run is the published one.
 */
export function publishedRunChanged(
  preset: CommandContext["preset"],
  tokens: number | undefined,
  precision: Precision,
): Text | undefined {
  if (!preset) return undefined;
  const { filled } = preset;
  const hours = filled["gpu-hours"];
  const days = filled.days;
  if (hours === undefined && days === undefined) return undefined;
  const model = lookupModel(preset.name);
  if (!model) return undefined;
  const typed: string[] = [];
  const published = model.published.tokens?.value;
  // Typed tokens more than 0.5% off the published count (15.6T typed as 15.6T keeps the time).
  if (filled.tokens === undefined && tokens !== undefined && published !== undefined) {
    if (Math.abs(tokens / published - 1) > 0.005) typed.push(`tokens=${formulaNumber(tokens)}`);
  }
  if (filled.precision === undefined && precision !== model.precision) typed.push(`precision=${precision}`);
  if (typed.length === 0) return undefined;
  const values: string[] = [];
  if (hours !== undefined) values.push(`gpu-hours=${formulaNumber(Number(hours))}`);
  if (days !== undefined) values.push(`days=${formulaNumber(Number(days))}`);
  return text("preset.notUsed", { model: model.name, values: values.join(" "), typed: typed.join(" ") });
}

/**
 * A published bf16 run typed at fp8 (`llama-3-405b precision=fp8`): its own time over the 1.37×
 * a published fp8 run measured (Fujii et al. 2024: 415 → 570 TFLOP/s per H100), beside the plan
 * at the fp8 peak. Undefined unless only the precision changed and the run's time and GPUs are known.
 */
export function fp8FromPublished(
  preset: CommandContext["preset"],
  precision: Precision,
  gpus: number | undefined,
): Text | undefined {
  if (!preset || precision !== "fp8" || preset.filled.tokens === undefined) return undefined;
  const model = lookupModel(preset.name);
  if (!model || model.precision === "fp8") return undefined;
  const { filled } = preset;
  const hours = filled["gpu-hours"];
  const seconds =
    hours !== undefined && gpus !== undefined
      ? (Number(hours) * 3600) / gpus
      : filled.days !== undefined
        ? Number(filled.days) * 86_400
        : undefined;
  if (seconds === undefined) return undefined;
  return text("note.fp8FromPublished", {
    model: model.name,
    precision: model.precision,
    published: input("durationShort", seconds),
    speedup: FP8_PUBLISHED_SPEEDUP.toFixed(2),
    fp8: input("durationShort", seconds / FP8_PUBLISHED_SPEEDUP),
  });
}

/**
 * A published run's training compute asked by name (`gpt-3 flops`, `how many flops was chinchilla`):
 * the figure its authors published (GPT-3: 3.14e23, Brown et al. 2020 Table D.1), beside our 6ND.
 * Only when the parameters and tokens are the run's, filled in or typed as published (the seed's
 * `GPT-3 175B 參數, 訓練 300B token`), so both count the same run.
 */
export function publishedCompute(
  preset: CommandContext["preset"],
  params: number,
  tokens: number,
): { note: Text; source: { title: string; url: string } } | undefined {
  if (!preset) return undefined;
  const model = lookupModel(preset.name);
  const figure = model?.published.flops;
  if (!model || !figure) return undefined;
  const publishedTokens = model.published.tokens?.value;
  if (publishedTokens === undefined) return undefined;
  if (!sameFigure(params, model.published.params.value) || !sameFigure(tokens, publishedTokens))
    return undefined;
  return {
    note: text("note.publishedCompute", {
      model: model.name,
      published: input("flop", figure.value),
      source: figure.source.title,
    }),
    source: figure.source,
  };
}

/**
 * A typed figure that is the published one as people write it: `405B` for Llama 3's 405.85B
 * parameters (within 1%); `1T` tokens for GPT-3 is another run.
 */
function sameFigure(typed: number, published: number): boolean {
  return Math.abs(typed - published) <= 0.01 * published;
}

/**
 * Where a published run's GPU-hours come from (DeepSeek-V3's Table 1, pre-training only; BLOOM's
 * §3.4.1), for the row that shows them: the figure's source title, when `hours` is that figure.
 * Undefined when the run published no GPU-hours (GPT-3's come from GPUs × days, shown as that).
 */
export function publishedGpuHoursSource(run: string, hours: number): string | undefined {
  const figure = lookupModel(run)?.published.gpuHours;
  return figure !== undefined && figure.value === hours ? figure.source.title : undefined;
}

/** Whether the preset filled the run's own GPU time, days or throughput (what its MFU was measured on). */
function timeFilled(preset: NonNullable<CommandContext["preset"]>): boolean {
  const { filled } = preset;
  return (
    filled["gpu-hours"] !== undefined ||
    filled.days !== undefined ||
    filled["tokens-per-second"] !== undefined
  );
}

/**
 * A published run asked by name (`what was the MFU of Llama 3 405B`): the MFU its authors
 * published, beside ours (its model FLOP over the published GPU time), with its source. Only when
 * the preset filled the run's own time or throughput on its own GPU, so both describe the same run.
 */
export function publishedMfu(
  preset: CommandContext["preset"],
  gpu: Gpu,
  peak?: number,
): { note: Text; source: { title: string; url: string } } | undefined {
  if (!preset || !timeFilled(preset)) return undefined;
  const model = lookupModel(preset.name);
  if (!model || runOnOtherGpu(preset, gpu)) return undefined;
  const figure = model.published.mfu;
  if (figure) {
    const published = percentOrRange(figure);
    return {
      note: text("mfu.publishedFigure", { model: model.name, published, source: figure.source.title }),
      source: figure.source,
    };
  }
  // OPT-175B publishes a rate per GPU (147 TFLOP/s, §2.4), not an MFU: that rate over the same peak.
  const achieved = model.published.achievedFlopsPerGpu;
  if (!achieved || peak === undefined) return undefined;
  return {
    note: text("mfu.publishedAchieved", {
      model: model.name,
      achieved: input("plain", achieved.value / 1e12),
      share: input("pct1", achieved.value / peak),
      source: achieved.source.title,
    }),
    source: achieved.source,
  };
}

/**
 * A run's published HFU beside the one computed here with recompute (PaLM 540B: 57.8%, Appendix B):
 * ours counts full recomputation, one more forward pass (4/3 of the model FLOP), while the published
 * HFU over the published MFU says how much the run recomputed (57.8 / 46.2 = 1.25×). Only when the
 * preset filled the run's own time or throughput on its own GPU.
 */
export function publishedHfu(
  preset: CommandContext["preset"],
  gpu: Gpu,
  ours: number,
): { note: Text; source: { title: string; url: string } } | undefined {
  if (!preset || runOnOtherGpu(preset, gpu) || !timeFilled(preset)) return undefined;
  const model = lookupModel(preset.name);
  const hfu = model?.published.hfu;
  const mfu = model?.published.mfu;
  // The note reads the gap as partial recomputation: only when the published ratio is under 4/3.
  if (!model || !hfu || !mfu || hfu.value / mfu.value >= 4 / 3) return undefined;
  return {
    note: text("mfu.publishedHfu", {
      model: model.name,
      published: percentText(hfu.value),
      ours: percentText(ours),
      mfu: percentText(mfu.value),
      ratio: (hfu.value / mfu.value).toFixed(2),
      source: hfu.source.title,
    }),
    source: hfu.source,
  };
}

/**
 * A run's own caveats that bear on an MFU from its published figures (OPT's tokens are its corpus
 * size; Llama 3's 15T+ tokens make it a lower bound; PaLM's chip-hours include downtime): said
 * beside the MFU, not only in /flops model.
 */
const MFU_CAVEATS: ReadonlySet<string> = new Set([
  "model.note.optTokens",
  "model.note.gpt3Gpus",
  "model.note.gopherRemat",
  "model.note.palmDowntime",
  "model.note.llama3Tokens",
  "model.note.llama3Hours",
  "model.note.llama31Tokens",
  "model.note.llama33",
  "model.note.llama32",
  "model.note.llama4Tokens",
  "model.note.deepseekV2Hours",
  "model.note.nemotron4",
  "model.note.pythia",
]);

/** The caveats of the run a preset filled in that bear on its MFU (MFU_CAVEATS), as notes. */
export function runMfuCaveats(preset: CommandContext["preset"]): Text[] {
  if (!preset) return [];
  const notes = lookupModel(preset.name)?.notes ?? [];
  return notes.filter((key) => MFU_CAVEATS.has(key)).map((key) => text(key));
}

/**
 * A published run planned at an MFU the asker typed (`Is 60% MFU realistic for GPT-3 on V100?`):
 * the MFU the run itself reached, as published, beside the typed one.
 */
export function publishedMfuBesideTyped(
  preset: CommandContext["preset"],
  typed: number | undefined,
): { note: Text; source: { title: string; url: string } } | undefined {
  if (!preset || typed === undefined || preset.filled.mfu !== undefined) return undefined;
  const model = lookupModel(preset.name);
  const figure = model?.published.mfu;
  if (!model || !figure) return undefined;
  const published = percentOrRange(figure);
  return {
    note: text("note.publishedMfuBesideTyped", {
      model: model.name,
      published,
      source: figure.source.title,
      typed: `${percent(typed)}%`,
    }),
    source: figure.source,
  };
}

/** A fraction as a percentage to one decimal, without a trailing zero (0.462 → 46.2, 0.38 → 38). */
const percent = (x: number) => String(Number((x * 100).toFixed(1)));

/** A published MFU as it is printed: one figure, or a range (Llama 3 405B: 38–43%). */
const percentOrRange = (figure: { value: number; upTo?: number }) =>
  figure.upTo === undefined
    ? `${percent(figure.value)}%`
    : `${percent(figure.value)}–${percent(figure.upTo)}%`;

/**
 * A published run's MFU asked by name when its GPU time is not in the catalog (`mt-nlg mfu`): the
 * figure as published (MT-NLG 530B: 30.2%, PaLM Table 3) and its source, on the run's own GPU only;
 * undefined when the run has no published MFU or another GPU was typed.
 */
export function publishedMfuOnly(
  preset: CommandContext["preset"],
  gpu: Gpu,
): { model: string; value: number; printed: string; source: { title: string; url: string } } | undefined {
  if (!preset || runOnOtherGpu(preset, gpu)) return undefined;
  const model = lookupModel(preset.name);
  const figure = model?.published.mfu;
  if (!model || !figure) return undefined;
  // A range (Llama 3 405B's 38–43%) is printed whole beside the row's low end.
  return { model: model.name, value: figure.value, printed: percentOrRange(figure), source: figure.source };
}

/** A share to one decimal, as the MFU rows print it: `34.6%`. */
const percentText = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** GPU-hours as a run's report gives them, to four figures: `2.664M`, `119K`. */
const hoursText = (hours: number): string =>
  hours >= 1e6 ? `${Number((hours / 1e6).toPrecision(4))}M` : `${Number((hours / 1e3).toPrecision(4))}K`;

/**
 * A run's GPU time typed as its published total (DeepSeek-V3's 2.788M H800 GPU-hours, Table 1 of
 * its report), which counts the stages after pre-training too: the pre-training hours the catalog
 * uses and the note that says so, with the MFU on each (`mfuOf` a GPU-hour count's). Undefined when
 * the hours typed are not that total, or the preset filled them.
 */
export function typedTotalGpuHours(
  preset: CommandContext["preset"],
  typedHours: number | undefined,
  mfuOf: (gpuHours: number) => number,
): { note: Text; pretrainingHours: number } | undefined {
  if (!preset || typedHours === undefined || preset.filled["gpu-hours"] !== undefined) return undefined;
  const published = lookupModel(preset.name)?.published;
  const pretraining = published?.gpuHours?.value;
  const extension = published?.contextExtensionGpuHours?.value;
  if (pretraining === undefined || extension === undefined) return undefined;
  const post = published?.postTrainingGpuHours?.value ?? 0;
  const total = pretraining + extension + post;
  // The total as typed, to the report's rounding (2.788M of 2,788K).
  if (Math.abs(typedHours - total) > total * 0.001) return undefined;
  return {
    pretrainingHours: pretraining,
    note: text("note.totalGpuHours", {
      model: preset.name,
      typed: hoursText(typedHours),
      pretraining: hoursText(pretraining),
      extension: hoursText(extension),
      post: hoursText(post),
      mfuTyped: percentText(mfuOf(typedHours)),
      mfuPretraining: percentText(mfuOf(pretraining)),
    }),
  };
}

/**
 * A run's GPU time typed a thousand times too small (the seed article's "2.788K H800 GPU hours" for
 * DeepSeek-V3's 2.788M, Table 1 of its report), so the MFU on it is over 100%: the value typed is
 * kept, and the note asks whether the published figure was meant, with the MFU on it (`mfuOf` a
 * GPU-hour count's). Matched against the run's published total (every stage) and its pre-training
 * hours, to a typed figure's rounding. Undefined otherwise, or when the preset filled the hours.
 */
export function typedThousandthGpuHours(
  preset: CommandContext["preset"],
  typedHours: number | undefined,
  mfuOf: (gpuHours: number) => number,
): Text | undefined {
  if (!preset || typedHours === undefined || preset.filled["gpu-hours"] !== undefined) return undefined;
  if (mfuOf(typedHours) <= 1) return undefined;
  const published = lookupModel(preset.name)?.published;
  const pretraining = published?.gpuHours?.value;
  if (pretraining === undefined) return undefined;
  const extension = published?.contextExtensionGpuHours?.value;
  const post = published?.postTrainingGpuHours?.value;
  const total =
    extension === undefined && post === undefined ? undefined : pretraining + (extension ?? 0) + (post ?? 0);
  const meant = typedHours * 1000;
  const matched = [total, pretraining].find(
    (hours) => hours !== undefined && Math.abs(meant - hours) <= hours * THOUSANDTH_SLACK,
  );
  if (matched === undefined) return undefined;
  return text("note.thousandthGpuHours", {
    model: preset.name,
    typed: hoursText(typedHours),
    published: hoursText(matched),
    meant: hoursText(meant),
    mfuMeant: percentText(mfuOf(meant)),
  });
}
/** How far a thousandth typed may stray from the published figure: its rounding to a few figures. */
const THOUSANDTH_SLACK = 0.01;

/**
 * The training cost a run's authors published, at their own price (DeepSeek-V3: $5.576M at $2 per
 * H800 GPU-hour, every stage), beside a cost or a GPU time planned here from its pre-training hours.
 */
export function publishedCost(preset: CommandContext["preset"], priced: boolean): Text | undefined {
  if (!preset || preset.filled["gpu-hours"] === undefined) return undefined;
  const model = lookupModel(preset.name);
  const cost = model?.published.costUsd;
  if (!model || !cost) return undefined;
  // With no price typed there is no cost of ours to set beside it: how to get one is said instead.
  return text(priced ? "note.publishedCost" : "note.publishedCostUnpriced", {
    model: model.name,
    cost: `$${Number((cost.value / 1e6).toPrecision(4))}M`,
    source: cost.source.title,
  });
}

import { UserError } from "../core/errors.ts";
import { GPU_CATALOG } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import { estimateRun, modelSources, type RunEstimate } from "../core/runs/analysis.ts";
import { findModel, lookupModel } from "../core/runs/lookup.ts";
import type { Model } from "../core/runs/schema.ts";
import { distinctSources, SOURCES } from "../core/sources.ts";
import { defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { formula, input, resultReply, symbol, symbols, text } from "../reply/build.ts";
import type { FormulaRef, Row, Source, Table, Value, ValueKind } from "../reply/reply.ts";
import { cited, hardwareFormula, mfuDefinitions } from "./model.ts";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** Words between names that are not names: `gpt-3 vs palm`, `a, b and c`. */
const JOINERS = new Set(["vs", "vs.", "versus", "and", "with", "to", "against", "&"]);

interface Compared {
  model: Model;
  estimate: RunEstimate;
  flops?: { value: number; formula: FormulaRef; source: "published" | "6ND" };
  mfu?: {
    value: number;
    formula: FormulaRef;
    source: "ours" | "published";
    sixN?: number;
    withAttention?: number;
  };
}

/** What a run brings to a comparison depends on its catalog entry alone: made once per entry (read only). */
const compared = oncePer((model: Model): Compared => comparedOf(model));

function comparedOf(model: Model): Compared {
  const estimate = estimateRun(model);
  const p = model.published;
  const n = symbol(p.activeParams ? "N_active" : "N");
  const flops = p.flops
    ? { value: p.flops.value, formula: cited(p.flops.source.title), source: "published" as const }
    : estimate.flops !== undefined && p.tokens
      ? {
          value: estimate.flops,
          formula: formula(p.activeParams ? "training.flopsActive" : "training.flops", {
            N: input("params", estimate.computeParams),
            D: input("tokens", p.tokens.value),
          }),
          source: "6ND" as const,
        }
      : undefined;
  const both = mfuDefinitions(model, estimate);
  // The main figure is the one `mfu <run>` leads with: with attention when the shape is known.
  const ours = both?.withAttention ?? both?.sixN;
  const publishedMfu = !p.mfu
    ? formula("compare.publishedNone")
    : p.mfu.upTo === undefined
      ? formula("compare.published", { mfu: input("pct1", p.mfu.value) })
      : formula("compare.publishedRange", {
          low: input("pct1bare", p.mfu.value),
          high: input("pct1bare", p.mfu.upTo),
        });
  const attention =
    both?.withAttention === undefined
      ? []
      : [formula("compare.mfuAttention", { mfu: input("pct1", both.withAttention) })];
  const mfu =
    ours !== undefined
      ? {
          value: ours,
          formula: formula(
            "compare.mfu",
            {
              sixN: input("pct1", both?.sixN ?? ours),
              work: symbols(
                both?.fromThroughput ? formula("compare.workThroughput") : formula("compare.work6ND", { n }),
              ),
              precision: symbol(model.precision),
            },
            { after: [...attention, publishedMfu] },
          ),
          source: "ours" as const,
          sixN: both?.sixN ?? ours,
          ...(both?.withAttention === undefined ? {} : { withAttention: both.withAttention }),
        }
      : p.mfu
        ? {
            value: p.mfu.value,
            formula:
              p.mfu.upTo === undefined
                ? formula("compare.mfuPublished", {
                    mfu: input("pct1", p.mfu.value),
                    source: symbol(p.mfu.source.title),
                  })
                : formula("compare.mfuPublishedRange", {
                    low: input("pct1bare", p.mfu.value),
                    high: input("pct1bare", p.mfu.upTo),
                    source: symbol(p.mfu.source.title),
                  }),
            source: "published" as const,
          }
        : undefined;
  return { model, estimate, ...(flops ? { flops } : {}), ...(mfu ? { mfu } : {}) };
}

/**
 * GPUs named where runs go (`compare H100 and A100 for 70B 2T`): GPUs side by side are a plan's
 * question (compute takes a list of GPUs); refused with that line, the sizes typed kept (else
 * Chinchilla's 70B on 1.4T), never `I don't know the run H100`.
 */
function gpusCompared(words: readonly string[]): void {
  const gpus = words.filter(
    (word) => lookupModel(word) === undefined && GPU_CATALOG.find(word) !== undefined,
  );
  if (gpus.length < MIN_COMPARED) return;
  const rest = words.filter((word) => !gpus.includes(word) && SIZE_WORD.test(word));
  const sizes = rest.length > 0 ? rest.join(" ") : "70B 1.4T";
  throw new UserError("compare.gpus", { gpus: gpus.join(", "), corrected: `${sizes} gpu=${gpus.join(",")}` });
}
const SIZE_WORD = /^\d+(?:\.\d+)?[kmbt]$/i;

/** The names as typed without `vs`, `and` and the like between them (what Read as shows). */
function withoutJoiners(names: string): string {
  // `gpt-3, chinchilla and palm`: the list's commas are no part of a name either.
  const kept = names.split(/[\s,;]+/).filter((word) => word !== "" && !JOINERS.has(word.toLowerCase()));
  return kept.length > 0 ? kept.join(" ") : names;
}

/** Model names from free text: ids or aliases separated by spaces, commas or `vs`. */
export function parseModelList(names: string): Model[] {
  const words = names.split(/[\s,;]+/).filter((w) => w !== "" && !JOINERS.has(w.toLowerCase()));
  gpusCompared(words);
  const models: Model[] = [];
  let repeated: { model: Model; words: string[] } | undefined;
  for (const word of words) {
    const found = findModel(word);
    if (!models.includes(found)) models.push(found);
    else if (repeated?.model === found) repeated.words.push(word);
    else repeated ??= { model: found, words: [words.find((w) => findModel(w) === found) as string, word] };
  }
  if (repeated && models.length < MIN_COMPARED) {
    // `compare gpt-3 gpt-3` (or two names of one run): not "you gave 1" but the same run twice.
    throw new UserError("compare.sameRun", {
      model: repeated.model.name,
      times: repeated.words.length,
      words: repeated.words.join(" "),
      min: MIN_COMPARED,
      max: MAX_COMPARED,
      example: "compare gpt-3 chinchilla palm",
    });
  }
  if (models.length < MIN_COMPARED || models.length > MAX_COMPARED) {
    throw new UserError("compare.count", {
      count: models.length,
      min: MIN_COMPARED,
      max: MAX_COMPARED,
      example: "compare gpt-3 chinchilla palm",
    });
  }
  return models;
}

type Picked = { value: number; formula?: FormulaRef } | undefined;

const withFormula = (value: number, ref: FormulaRef | undefined): Picked =>
  ref ? { value, formula: ref } : { value };

/** The quantities compared, in order: a table row each, and a reply row per run for its formula. */
const METRICS: { key: string; kind: ValueKind; pick: (run: Compared) => Picked }[] = [
  {
    key: "params",
    kind: "params",
    pick: ({ model }) => ({
      value: model.published.params.value,
      ...(model.published.activeParams
        ? { formula: formula("compare.active", { N: input("params", model.published.activeParams.value) }) }
        : {}),
    }),
  },
  { key: "tokens", kind: "tokens", pick: ({ model }) => model.published.tokens },
  {
    key: "tokensPerParam",
    kind: "ratio",
    pick: ({ model, estimate }) =>
      estimate.tokensPerParam === undefined
        ? undefined
        : {
            value: estimate.tokensPerParam,
            formula: formula(
              "chinchilla.tokensPerParam",
              {
                D: input("tokens", model.published.tokens?.value ?? 0),
                N: input("params", model.published.params.value),
              },
              { after: [formula("compare.chinchilla20")] },
            ),
          },
  },
  { key: "flops", kind: "flop", pick: (run) => run.flops },
  {
    key: "gpuHours",
    kind: "gpuHours",
    pick: ({ model, estimate }) =>
      estimate.gpuHours === undefined
        ? undefined
        : withFormula(estimate.gpuHours, gpuHoursFormula(model) ?? hardwareFormula(model, estimate)),
  },
  { key: "mfu", kind: "percent", pick: (run) => run.mfu },
];

const cell = (kind: ValueKind, picked: Picked): Value =>
  picked === undefined
    ? { kind: "message", text: text("model.value.notPublished") }
    : { kind, value: picked.value };

/**
 * Where a run's GPU-hours come from: the paper or card that published them, or GPUs × days × 24
 * with the source of the days (as `model` shows them); undefined when neither was published.
 */
function gpuHoursFormula(model: Model): FormulaRef | undefined {
  const p = model.published;
  if (p.gpuHours) return cited(p.gpuHours.source.title);
  if (p.gpus && p.days)
    return formula("run.gpuHoursFromDays", {
      GPUs: input("count", p.gpus.value),
      days: input("sig4", p.days.value),
      source: symbol(p.days.source.title),
    });
  return undefined;
}

/**
 * An MFU cell says which FLOP it counts: 6N + 12·L·H·Q·T (PaLM App. B) where the run's shape is
 * modelled, 6N where it is not (DeepSeek-V3's MLA), or the published figure; one column never
 * mixes them unmarked.
 */
function mfuCell(run: Compared): Value | undefined {
  const mfu = run.mfu;
  if (!mfu) return undefined;
  const key =
    mfu.source === "published"
      ? "compare.cell.mfuPublished"
      : mfu.withAttention !== undefined
        ? "compare.cell.mfuAttention"
        : "compare.cell.mfu6N";
  return { kind: "message", text: text(key, { mfu: input("pct1", mfu.value) }) };
}

/** A run's row for each metric, in METRICS order: its value and formula (static per entry, read only). */
const metricRows = oncePer((run: Compared): Row[] =>
  METRICS.map(({ key, kind, pick }) => {
    const picked = pick(run);
    const out: Row = {
      label: text(`compare.row.${key}`, { model: run.model.name }),
      value: (key === "mfu" ? mfuCell(run) : undefined) ?? cell(kind, picked),
    };
    if (picked?.formula) out.formula = picked.formula;
    return out;
  }),
);

/**
 * One row per metric per run, metric by metric: every value with its formula, for `explain`
 * and for the formulas listed under the table.
 */
function rowsFor(runs: Compared[]): Row[] {
  const rows: Row[] = [];
  for (let metric = 0; metric < METRICS.length; metric++) {
    for (const run of runs) rows.push(metricRows(run)[metric] as Row);
  }
  return rows;
}

/** The same values as a table: a column per run, a row per metric. */
function tableFor(runs: Compared[]): Table {
  return {
    columns: runs.map((run) => text("row.name", { name: run.model.name })),
    rows: METRICS.map(({ key }, metric) => ({
      label: text(`compare.table.${key}`),
      cells: runs.map((run) => (metricRows(run)[metric] as Row).value),
    })),
  };
}

/** A run's entry in the result (static per entry, read only). */
const modelEntry = oncePer(
  ({ model, estimate, flops, mfu }: Compared): Record<string, unknown> => ({
    id: model.id,
    name: model.name,
    params: model.published.params.value,
    ...(model.published.activeParams ? { activeParams: model.published.activeParams.value } : {}),
    ...(model.published.tokens ? { tokens: model.published.tokens.value } : {}),
    ...(estimate.tokensPerParam === undefined ? {} : { tokensPerParam: estimate.tokensPerParam }),
    ...(flops ? { flops: flops.value, flopsSource: flops.source } : {}),
    ...(estimate.gpu ? { gpu: estimate.gpu.name } : {}),
    ...(model.published.gpus ? { gpus: model.published.gpus.value } : {}),
    ...(estimate.gpuHours === undefined ? {} : { gpuHours: estimate.gpuHours }),
    ...(mfu ? { mfu: mfu.value, mfuSource: mfu.source } : {}),
    ...(mfu?.sixN === undefined ? {} : { mfu6N: mfu.sixN }),
    ...(mfu?.withAttention === undefined ? {} : { mfuWithAttention: mfu.withAttention }),
  }),
);

export const compare = defineCommand({
  name: "compare",
  aliases: ["vs", "versus"],
  options: {
    // The names without the words between them (`gpt3 vs palm` reads as `gpt3 palm`).
    names: opt.text(
      {
        required: true,
        positional: true,
        rest: true,
        aliases: ["models", "runs"],
        example: "gpt-3 chinchilla palm",
      },
      withoutJoiners,
    ),
  },
  examples: ["compare gpt-3 chinchilla palm", "compare llama-3-405b deepseek-v3"],
  run(args) {
    const runs = parseModelList(args.names).map(compared);
    // The models' sources, the three papers, then the GPUs': loops rather than flatMap and spreads
    // (about a tenth of a compare in a profile).
    const sources: Source[] = [];
    for (const run of runs) for (const source of modelSources(run.model)) sources.push(source);
    sources.push(SOURCES.kaplan2020, SOURCES.hoffmann2022, SOURCES.palm2022);
    for (const run of runs) if (run.estimate.gpu) sources.push(run.estimate.gpu.source);
    return resultReply({
      command: "compare",
      title: text("compare.title", { models: runs.map((run) => run.model.name).join(" vs ") }),
      rows: rowsFor(runs),
      table: tableFor(runs),
      notes: [text("compare.note.flops"), text("compare.note.mfu")],
      sources: distinctSources(sources),
      result: { models: runs.map(modelEntry) },
      hint: text("hint.compare", { id: runs[0]?.model.id ?? "gpt-3" }),
    });
  },
});

import { UserError } from "../core/errors.ts";
import {
  catalogMemoriesGB,
  findGpu,
  GPU_CATALOG,
  GPUS,
  type Gpu,
  gpusWithMemory,
  memoryAskedGB,
  PRECISIONS,
  type Precision,
  searchGpus,
  shortGpuName,
} from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import { distinctSources } from "../core/sources.ts";
import { nearest } from "../core/suggest.ts";
import { defineCommand } from "../dispatch/command.ts";
import { opt } from "../dispatch/options.ts";
import { resultReply, row, text } from "../reply/build.ts";
import { formatValue, groupedAsWritten } from "../reply/format.ts";
import type { Row } from "../reply/reply.ts";
import { peakFormula } from "./computeGpu.ts";

/** The headline peaks: bf16 and fp8 where the sheet has them, else fp16 or fp32 (V100, T4), labelled. */
const FALLBACK = ["fp16", "fp32"] as const;

/** A vendor's cards are split over rows of at most this many, so one row stays one readable block. */
export const CARDS_PER_ROW = 12;

/** Parentheticals longer than this are dropped from a card's line ("GB200 (one B200 GPU of …) 186GB" → "GB200 186GB"). */
const SHORT_ASIDE = 12;

/** The card's name for a one-line list: no vendor word, no long parenthetical. */
export function compactGpuName(gpu: Gpu): string {
  return shortGpuName(gpu)
    .replace(/\s*\(([^)]*)\)/g, (aside, inner: string) => (inner.length > SHORT_ASIDE ? "" : aside))
    .replace(/\s+/g, " ")
    .trim();
}

/** bf16 / fp8 dense TFLOP/s as the sheet gives them, grouped (1,978.9) ("–" where there is no fp8); a card without bf16 shows its fp16 or fp32, labelled. */
function peaks(gpu: Gpu): string {
  const { bf16, fp8 } = gpu.peakTflops;
  if (bf16 !== undefined)
    return `${groupedAsWritten(bf16)} / ${fp8 === undefined ? "–" : groupedAsWritten(fp8)}`;
  const fallback = FALLBACK.find((p) => gpu.peakTflops[p] !== undefined);
  return fallback ? `${fallback} ${groupedAsWritten(gpu.peakTflops[fallback] as number)}` : "–";
}

/** One card on one line: name · memory · bandwidth · bf16 / fp8 dense TFLOP/s. */
export const gpuLine = oncePer((gpu: Gpu): string => {
  const bandwidth = formatValue("en", "bandwidth", gpu.memoryBandwidthTBs * 1e12);
  return `${compactGpuName(gpu)} · ${gpu.memoryGB} GB · ${bandwidth} · ${peaks(gpu)}`;
});

/** The card's entry in the result (read only): its figures in base units, made once per card. */
const gpuEntry = oncePer(
  (gpu: Gpu): Record<string, unknown> => ({
    id: gpu.id,
    name: gpu.name,
    vendor: gpu.vendor,
    memoryBytes: gpu.memoryGB * 1e9,
    memoryBandwidthBytesPerSecond: gpu.memoryBandwidthTBs * 1e12,
    peakFlops: Object.fromEntries(Object.entries(gpu.peakTflops).map(([p, v]) => [p, (v as number) * 1e12])),
    source: gpu.source,
    ...(gpu.notes ? { notes: gpu.notes } : {}),
  }),
);

/** One row per vendor (catalog order), its cards one a line; a long vendor list over several rows. */
function vendorRows(found: readonly Gpu[]): Row[] {
  const rows: Row[] = [];
  for (const [vendor, cards] of groupByVendor(found, (vendor) => vendor)) {
    const parts = Math.ceil(cards.length / CARDS_PER_ROW);
    for (let i = 0; i < parts; i++) {
      const slice = cards.slice(i * CARDS_PER_ROW, (i + 1) * CARDS_PER_ROW);
      rows.push({
        label:
          parts === 1
            ? text("row.gpuVendor", { vendor, count: cards.length })
            : text("row.gpuVendorPart", { vendor, count: cards.length, part: i + 1, parts }),
        value: { kind: "text", text: slice.map(gpuLine).join("\n") },
      });
    }
  }
  return rows;
}

/** The catalog's cards by lower-cased vendor name, in catalog order: made once (read only). */
let cardsByVendor: ReadonlyMap<string, readonly Gpu[]> | undefined;

function vendorIndex(): ReadonlyMap<string, readonly Gpu[]> {
  cardsByVendor ??= groupByVendor(GPUS, (vendor) => vendor.toLowerCase());
  return cardsByVendor;
}

/** Cards grouped by their vendor's key, vendors and cards in the order given. */
function groupByVendor(cards: readonly Gpu[], keyOf: (vendor: string) => string): Map<string, Gpu[]> {
  const groups = new Map<string, Gpu[]>();
  for (const gpu of cards) {
    const key = keyOf(gpu.vendor);
    const group = groups.get(key);
    if (group) group.push(gpu);
    else groups.set(key, [gpu]);
  }
  return groups;
}

/** Every card of a vendor when the filter is a vendor's name ("amd", "Google"); undefined otherwise. */
function byVendorName(filter: string): readonly Gpu[] | undefined {
  const wanted = filter.trim().toLowerCase();
  if (wanted === "") return undefined;
  return vendorIndex().get(wanted);
}

/** Words between GPU names in a list (`H100, A100`, `H100 and A100`, `H100 vs A100`, `H100/A100`). */
const LIST_SEPARATOR = /\s*(?:,|&|\/|\s(?:and|or|vs\.?|versus)\s)\s*|\s+/i;

/**
 * Several cards named in one filter (`H100 A100`, `H100 and MI300X`): each name read as the
 * longest run of up to three words that finds a card, and every card it finds, in the order
 * named. Empty when any word names none (the whole filter is refused as one unknown name).
 */
function severalGpus(filter: string): Gpu[] {
  const words = filter.split(LIST_SEPARATOR).filter((word) => word !== "");
  if (words.length < 2) return [];
  const found = new Set<Gpu>();
  for (let i = 0; i < words.length; ) {
    let length = Math.min(3, words.length - i);
    let cards: readonly Gpu[] = [];
    for (; length >= 1; length--) {
      cards = searchGpus(words.slice(i, i + length).join(" "));
      if (cards.length > 0) break;
    }
    if (length === 0) return [];
    for (const card of cards) found.add(card);
    i += length;
  }
  return [...found];
}

/** The filter without its one precision word (`b200 fp4` → `b200`, fp4), else the filter as typed. */
function precisionOf(typed: string): { filter: string; precision?: Precision } {
  const words = typed
    .trim()
    .split(/\s+/)
    .filter((word) => !isSparseWord(word));
  const at = words.findIndex((word) => isPrecision(word.toLowerCase()));
  if (at < 0 || words.length < 2) return { filter: words.join(" ") };
  const precision = (words[at] as string).toLowerCase() as Precision;
  return { filter: words.filter((_, i) => i !== at).join(" "), precision };
}
const isPrecision = (word: string): word is Precision => (PRECISIONS as readonly string[]).includes(word);
/** `H100 sparse fp8`: a word asking for the sparse peak, which the catalog does not hold (dense only). */
const isSparseWord = (word: string): boolean => /^(?:sparse|sparsity|稀疏)$/i.test(word);

/**
 * `B200 fp4 tflops`, `H100 int8 peak`: each card's dense peak at the precision asked, from its sheet
 * (the catalog's figures are dense; a card with none at that precision is said to have none here).
 */
function peaksAt(found: readonly Gpu[], precision: Precision) {
  const rows: Row[] = [];
  const missing: string[] = [];
  const byGpu: { id: string; peakFlops: number | null }[] = [];
  for (const gpu of found) {
    const tflops = gpu.peakTflops[precision];
    byGpu.push({ id: gpu.id, peakFlops: tflops === undefined ? null : tflops * 1e12 });
    if (tflops === undefined) missing.push(compactGpuName(gpu));
    // Integer throughput is in operations, not FLOP: TOPS (the sheets' unit).
    else if (precision === "int8")
      rows.push({
        label: text("row.gpuPeakAtOps", { gpu: compactGpuName(gpu), precision }),
        // The sheet's figure as the catalog holds it (1,978.9), not rounded to three digits.
        value: { kind: "text", text: groupedAsWritten(tflops) },
        formula: peakFormula(gpu, precision),
      });
    else
      rows.push(
        row("row.gpuPeakAt", "flopRate", tflops * 1e12, peakFormula(gpu, precision), {
          gpu: compactGpuName(gpu),
          precision,
        }),
      );
  }
  const notes =
    missing.length > 0 ? [text("note.gpuPeakMissing", { gpus: missing.join(", "), precision })] : [];
  return { rows, notes, result: { precision, byGpu } };
}

/** The cards a filter names: a vendor's, the catalog's search, or several names listed. */
function byName(filter: string): readonly Gpu[] {
  const direct = byVendorName(filter) ?? searchGpus(filter);
  return direct.length > 0 ? direct : severalGpus(filter);
}

/** How to name the first card found in a question: the filter typed, when it names that card. */
function gpuToAsk(filter: string, found: readonly Gpu[]): string {
  const first = found[0] as Gpu;
  if (/\s/.test(filter.trim())) return first.id;
  try {
    return findGpu(filter).id === first.id ? filter.trim() : first.id;
  } catch {
    return first.id;
  }
}

export const gpus = defineCommand({
  name: "gpus",
  aliases: ["gpu", "catalog", "hardware"],
  options: {
    filter: opt.text({ positional: true, rest: true, aliases: ["search", "q"], example: "h100" }),
  },
  examples: ["gpus", "gpus h100", "gpus mi300", "gpus amd"],
  run(args) {
    // A precision among the names (`b200 fp4`, `h100 int8`, as the spec questions pass it): the peak
    // at it, a row per card. A word of the filter, not an option: Discord's whole /flops definition
    // has 8,000 characters, and a precision option with its choices would take a hundred of them.
    const { filter, precision } = precisionOf(args.filter ?? "");
    const memory = memoryAskedGB(filter);
    const found = memory === undefined ? byName(filter) : gpusWithMemory(memory);
    if (memory !== undefined && found.length === 0)
      throw new UserError("gpu.noneWithMemory", { memory, memories: catalogMemoriesGB().join(", ") });
    if (found.length === 0) {
      // The full names first (`mi300` → MI300X), else the catalog's near names (`H1000` → H100), as
      // every other command suggests them.
      const near = nearest(filter, GPUS.map(shortGpuName));
      const suggestions = (near.length > 0 ? near : GPU_CATALOG.suggest(filter).map(shortGpuName)).join(", ");
      // Nothing near: the whole list, not three cards as a "Did you mean".
      throw suggestions === ""
        ? new UserError("gpu.unknownNoSuggestion", { query: filter })
        : new UserError("gpu.unknown", { query: filter, suggestions });
    }
    const at = precision === undefined ? undefined : peaksAt(found, precision);
    return resultReply({
      command: "gpus",
      title:
        memory === undefined
          ? text(filter ? "title.gpusFiltered" : "title.gpus", { filter, count: found.length })
          : text("title.gpusWithMemory", { memory, count: found.length }),
      rows: at ? [...at.rows, ...vendorRows(found)] : vendorRows(found),
      notes: [
        text("note.gpuColumns"),
        text((args.filter ?? "").split(/\s+/).some(isSparseWord) ? "note.sparseAsked" : "note.densePeaks"),
        ...(at?.notes ?? []),
      ],
      sources: distinctSources(found.map((gpu) => gpu.source)),
      result: at ? { gpus: found.map(gpuEntry), peakAt: at.result } : { gpus: found.map(gpuEntry) },
      // Filtered already: the next step is to use a card found, not to filter again.
      hint: filter ? text("hint.gpusFiltered", { gpu: gpuToAsk(filter, found) }) : text("hint.gpus"),
    });
  },
});

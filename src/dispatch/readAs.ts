import { UserError } from "../core/errors.ts";
import { type Gpu, shortGpuName } from "../core/gpus.ts";
import { oncePer } from "../core/oncePer.ts";
import type { ReadAs, ReadItem } from "../reply/reply.ts";
import type { AnyCommand } from "./command.ts";
import type { MoneyBudget, OptionSpec } from "./options.ts";
import { layoutOf, lowestBit } from "./validate.ts";

/** Option kinds whose untyped value in the result is an assumption (a default), not a derived output. */
const ASSUMABLE = new Set<OptionSpec["kind"]>(["fraction", "precision", "choice", "gpu", "flag"]);

/** What a reading needs of a command's options, derived once per command (its option list is static). */
interface Reading {
  places: ReadonlyMap<string, number>;
  /** Bit `place` set for each assumable option. */
  assumable: number;
  /** By place: whether the option is assumable. */
  assumableAt: readonly boolean[];
}

const readingOf = oncePer((command: AnyCommand): Reading => {
  const assumableAt = command.optionList.map(([, spec]) => ASSUMABLE.has(spec.kind));
  return {
    places: layoutOf(command).places,
    assumable: assumableAt.reduce((bits, yes, place) => (yes ? bits | (1 << place) : bits), 0),
    assumableAt,
  };
});

/** Whether an option's untyped value in a result is an assumption (a default) the reading shows. */
export function isAssumable(command: AnyCommand, name: string): boolean {
  const reading = readingOf(command);
  const place = reading.places.get(name);
  return place !== undefined && reading.assumableAt[place] === true;
}

const isMoney = (value: unknown): value is MoneyBudget =>
  typeof value === "object" && value !== null && "usd" in value && typeof value.usd === "number";

const isGpu = (value: unknown): value is Gpu =>
  typeof value === "object" && value !== null && "peakTflops" in value && "id" in value;

/**
 * The reading a reply computed, from the validated options (canonical names, base units) in
 * declaration order, plus each default the command applied that has the same name in its result
 * (marked assumed). Nothing here is per command: an option another branch adds shows up as is.
 * The options in `unused` (typed, but the answer does not depend on them) are left out.
 */
export function readAsOf(
  command: AnyCommand,
  data: Record<string, unknown>,
  result: Record<string, unknown> | undefined,
  assumed: ReadonlySet<string>,
  unused?: readonly string[],
): ReadAs {
  const items: ReadItem[] = [];
  // Only the options that can show: those with a value, and assumable ones the result may carry
  // (not a lookup of all twenty names in both records).
  const { places, assumable, assumableAt } = readingOf(command);
  // The places to show, as bits: walked from the lowest, they come in declaration order.
  let shown = result ? assumable : 0;
  for (const name in data) {
    const place = places.get(name);
    if (place !== undefined) shown |= 1 << place;
  }
  // Defaults of any kind the answer states it assumed (a GPU count, a prompt length), by option name.
  const stated = statedAssumptions(result);
  if (stated) {
    for (const name in stated) {
      const place = places.get(name);
      if (place !== undefined) shown |= 1 << place;
    }
  }
  const list = command.optionList;
  for (let bits = shown; bits !== 0; bits &= bits - 1) {
    const place = lowestBit(bits);
    const [name, spec] = list[place] as (typeof list)[number];
    if (unused?.includes(name)) continue;
    // A list option (several GPUs, a price per GPU) with one entry reads as that entry.
    const typed = single(data[name]);
    const fromResult =
      typed === undefined ? ((assumableAt[place] ? result?.[name] : undefined) ?? stated?.[name]) : undefined;
    const value = typed ?? fromResult;
    if (value === undefined || value === false) continue;
    // Shown rounded to three digits: a value that rounds past the largest double cannot be shown.
    if (
      typeof value === "number" &&
      !(Math.abs(value) < 1e308) &&
      !Number.isFinite(Number(value.toPrecision(3)))
    ) {
      throw new UserError("result.outOfRange");
    }
    const item = readItem(name, spec.kind, value);
    if (item === undefined) continue;
    if (typed === undefined || assumed.has(name)) item.assumed = true;
    items.push(item);
  }
  return { command: command.name, items };
}

/**
 * The defaults an answer applied for options that are not assumable by kind (counts, lengths):
 * its result's `assumedInputs`, option name → value in base units.
 */
function statedAssumptions(result: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const stated = result?.assumedInputs;
  return typeof stated === "object" && stated !== null ? (stated as Record<string, unknown>) : undefined;
}

const single = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);

/** One option's value as read: a GPU by catalog id with its name, a list joined, or the value itself. */
function readItem(option: string, kind: string, value: unknown): ReadItem | undefined {
  if (isGpu(value)) return { option, kind, value: value.id, display: shortGpuName(value) };
  // A budget in dollars (`budget=$1M`): money, not FLOP, under its own name.
  if (isMoney(value)) return { option: "budgetUsd", kind: "usd", value: value.usd };
  if (Array.isArray(value)) {
    if (value.every(isGpu)) {
      return {
        option,
        kind,
        value: value.map((g) => g.id).join(","),
        display: value.map(shortGpuName).join(", "),
      };
    }
    if (value.every((v) => typeof v === "number")) return { option, kind, value: value.join(",") };
    return undefined;
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { option, kind, value };
  return undefined;
}

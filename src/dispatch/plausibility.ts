import { UserError } from "../core/errors.ts";
import { input, text } from "../reply/build.ts";
import { formulaNumber as f, roundedTo } from "../reply/format.ts";
import type { Text } from "../reply/reply.ts";
import { ratioRefusal } from "./pastedRatio.ts";

/** Below this a "parameter count" is a number typed without its suffix (`175 300` meant `175B 300B`). */
export const MIN_PARAMS = 1e3;
/** Above 100T parameters no published model comes near (the largest published dense runs are ~0.5–1T). */
export const MAX_PARAMS = 1e14;
/** Chinchilla trains on ~20 tokens per parameter (Hoffmann et al. 2022); under 1/1000 of one is almost surely a slip. */
export const MIN_TOKENS_PER_PARAM = 1e-3;
/** Published large runs sit at 30–60% MFU (PaLM 46.2%, Table 3); under 5% is a unit slip more often than a real run. */
export const MIN_PLAUSIBLE_MFU = 0.05;
/**
 * Under a tenth of a token a parameter: published runs train on more tokens than parameters
 * (GPT-3 1.7, Chinchilla 20; a sparse MoE's total parameters come nearer), so below this the two
 * sizes were likely typed in the other order.
 */
export const FEW_TOKENS_PER_PARAM = 0.1;
/** Tokens of a pre-training run's scale (a fine-tune's 100M or 1B is not a swapped size). */
const PRETRAINING_TOKENS = 1e10;
/** The largest published training cluster: xAI Colossus, 200,000 GPUs (xAI, "Colossus", 2025). */
export const LARGEST_CLUSTER_GPUS = 200_000;
/** A wall time under a minute is a unit slip (`days=30s`). */
export const MIN_WALL_SECONDS = 60;

/**
 * Under this a FLOP budget is no training run's (10¹⁸ FLOP is 42 minutes of one H100 at 40% MFU):
 * most often dollars typed without their sign (`budget 1.5M` with a price per GPU-hour). As the
 * reader's BUDGET_MAGNITUDE, below which `7B 2T flops` is read as sizes, not a budget.
 */
export const MIN_BUDGET_FLOP = 1e18;

/** Two sizes with a slash between (`70b/15t`), which evaluates as a division: meant as the two. */
const SIZES_DIVIDED = /^(\d+(?:\.\d+)?[kmbt])\s*\/\s*(\d+(?:\.\d+)?[kmbt])$/i;
const bare = (raw: string | undefined) => raw !== undefined && /^\d+(\.\d+)?$/.test(raw.trim());

/**
 * Guards on every numeric input, by canonical option name: a refusal where no reading makes sense,
 * otherwise warnings shown with the answer (and in JSON `warnings`).
 */
export function checkInputs(data: Record<string, unknown>, raw: Record<string, string>): Text[] {
  const warnings: Text[] = [];
  // Each option read by name (not a lookup by a variable name, nor a list of names, per question).
  const params = num(data.params);
  if (params !== undefined && params < MIN_PARAMS) {
    const suggestion = [raw.params, raw.tokens]
      .filter((v): v is string => v !== undefined)
      .map((v) => (bare(v) ? `${v.trim()}B` : v.replace(SIZES_DIVIDED, "$1 $2")))
      .join(" ");
    // `70b/15t`: the Try line is the line with the two sizes apart (respond.ts replaces typo by fix).
    const divided = raw.params !== undefined && SIZES_DIVIDED.test(raw.params);
    const ratio = divided || raw.params === undefined ? undefined : ratioRefusal(raw.params, params);
    if (ratio) throw ratio;
    throw new UserError(
      "plausible.paramsTiny",
      divided
        ? {
            value: raw.params ?? "",
            suggestion,
            typo: raw.params ?? "",
            fix: (raw.params ?? "").replace(SIZES_DIVIDED, "$1 $2"),
          }
        : { value: raw.params ?? f(params), suggestion },
    );
  }
  sizeWarnings("params", params, warnings);
  // A FLOP budget (compute's flops=, chinchilla's budget=) under any training run's, split into a size
  // and tokens (no size given: with one, the budget sets the tokens and checkResult judges them):
  // refused, with the line on the same number in dollars to try (dollars are { usd }, never a number).
  const budget = num(data.flops) ?? num(data.budget);
  if (budget !== undefined && budget < MIN_BUDGET_FLOP && params === undefined) {
    const typed = (raw.flops ?? raw.budget ?? f(budget)).trim();
    throw new UserError("plausible.budgetTiny", {
      value: typed,
      params: f(roundedTo(Math.sqrt(budget / 120), 3)),
      dollars: `$${typed}`,
      typo: typed,
      fix: `$${typed}`,
    });
  }
  // With the size and tokens typed too the budget sets neither, and under any run's it was meant as
  // another option (`layers=80 d=8192 c=2048`: the context, ctx=): refused (respond.ts tries the key).
  if (budget !== undefined && budget < MIN_BUDGET_FLOP && num(data.tokens) !== undefined) {
    throw new UserError("plausible.budgetTinySized", {
      value: (raw.flops ?? raw.budget ?? f(budget)).trim(),
    });
  }
  const active = num(data.active);
  sizeWarnings("active", active, warnings);
  // `100B active params 10B`: more active parameters than the model holds is no MoE (the sizes were
  // read the other way round), refused with them swapped.
  if (params !== undefined && active !== undefined && active > params) {
    throw new UserError("plausible.activeAboveTotal", {
      active: raw.active ?? f(active),
      params: f(params),
    });
  }
  const tokens = num(data.tokens);
  if (params !== undefined && tokens !== undefined && tokens < params * MIN_TOKENS_PER_PARAM) {
    warnings.push(
      text("plausible.tokensFew", { tokens: input("tokens", tokens), params: input("params", params) }),
    );
  } else if (
    params !== undefined &&
    tokens !== undefined &&
    tokens >= PRETRAINING_TOKENS &&
    tokens < params * FEW_TOKENS_PER_PARAM
  ) {
    // `2T 70B`: the sizes in the other order (published runs train on more tokens than parameters).
    warnings.push(
      text("plausible.sizesSwapped", {
        tokens: input("tokens", tokens),
        params: f(params),
        ratio: input("sig3", tokens / params),
        swapped: `${raw.tokens ?? f(tokens)} ${raw.params ?? f(params)}`,
      }),
    );
  }
  const mfu = num(data.mfu);
  if (mfu !== undefined && mfu < MIN_PLAUSIBLE_MFU)
    warnings.push(text("plausible.mfuLow", { percent: input("percent", mfu * 100) }));
  const gpus = num(data.gpus);
  if (gpus !== undefined && gpus > LARGEST_CLUSTER_GPUS) {
    warnings.push(
      text("plausible.gpusMany", {
        gpus: input("count", gpus),
        largest: input("count", LARGEST_CLUSTER_GPUS),
      }),
    );
  }
  const days = num(data.days);
  if (days !== undefined && days < MIN_WALL_SECONDS)
    warnings.push(text("plausible.durationShort", { seconds: input("duration", days) }));
  return warnings;
}

const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

/** A parameter count (`params`, `active`) above any published model, or not whole. */
function sizeWarnings(name: string, value: number | undefined, warnings: Text[]): void {
  if (value === undefined) return;
  if (value > MAX_PARAMS)
    warnings.push(text("plausible.paramsHuge", { option: name, value: input("params", value) }));
  if (!Number.isInteger(value))
    warnings.push(text("plausible.paramsFraction", { option: name, value: String(value) }));
}

/** An MFU the answer implies (mfu command) below 5%: with a throughput, likely a per-GPU figure. */
export function checkResult(
  result: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
): Text[] {
  // A size worked out from a budget (`/flops 1e100`) past 100T parameters: the budget is a slip.
  const derived = result?.params;
  const huge: Text[] =
    typeof derived === "number" && data.params === undefined && derived > MAX_PARAMS
      ? [text("plausible.derivedParamsHuge", { value: input("params", derived) })]
      : [];
  // Tokens worked out from a budget and a size (`H100 flops 70B 2T`: flops=70B, 2T parameters)
  // under 1/1000 of a token a parameter: the budget is a slip, as a typed token count would be.
  const tokens = result?.tokens;
  const params = result?.params;
  if (
    typeof tokens === "number" &&
    typeof params === "number" &&
    data.tokens === undefined &&
    data.flops !== undefined &&
    tokens < params * MIN_TOKENS_PER_PARAM
  )
    huge.push(
      text("plausible.budgetTokensFew", {
        flops: input("sig3", data.flops as number),
        params: f(params),
        tokens: input("sig3", tokens),
      }),
    );
  const mfu = result?.mfu;
  if (typeof mfu !== "number" || data.mfu !== undefined) return huge;
  const low = impliedMfuLow(mfu, data["tokens-per-second"] !== undefined);
  return low ? [...huge, low] : huge;
}

/**
 * The warning for an implied MFU under 5% (mfu, and compute when a time is given), or undefined:
 * with a throughput given, likely a per-GPU figure; else a GPU count or time slip.
 */
export function impliedMfuLow(mfu: number, fromThroughput = false): Text | undefined {
  if (mfu >= MIN_PLAUSIBLE_MFU) return undefined;
  const percent = input("percent", roundedTo(mfu * 100, 2));
  return text(fromThroughput ? "plausible.throughputLow" : "plausible.impliedMfuLow", { percent });
}

/** A FLOP word after a number (`500P FLOPs`, `1e17 flop`): the budget was typed in FLOP, never dollars. */
const FLOP_WORD = /^flops?[?.!,]?$/i;

/**
 * `chinchilla 500P FLOPs`: a tiny budget typed with its unit, FLOP, is no sum of dollars: refused
 * without the dollar sign to try (the command's example then). Undefined for any other refusal.
 */
export function flopNamedBudgetError(error: unknown, line: string): UserError | undefined {
  if (!(error instanceof UserError) || error.id !== "plausible.budgetTiny") return undefined;
  const words = line.split(/\s+/);
  const value = String(error.params.value).toLowerCase();
  // A value in no word of the line was worked out from a FLOP unit (`100 PFLOP` is 1e17).
  if (!line.toLowerCase().includes(value)) return flopNamed(error);
  const at = words.findIndex((word) => word.toLowerCase() === value);
  return at >= 0 && FLOP_WORD.test(words[at + 1] ?? "") ? flopNamed(error) : undefined;
}

const flopNamed = (error: UserError): UserError =>
  new UserError("plausible.budgetTinyFlop", {
    value: error.params.value ?? "",
    params: error.params.params ?? "",
  });

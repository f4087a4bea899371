/**
 * Compute said in a unit of FLOP (`10 ZFLOP`, `500 exaFLOPs`, `1 exaFLOP-day`, `3640 PF-days`):
 * how many FLOP one of the unit is. SI prefixes (BIPM, The International System of Units, 9th ed.,
 * Table 7): peta 10¹⁵, exa 10¹⁸, zetta 10²¹, yotta 10²⁴. A FLOP/s-day is that rate for 86,400 s,
 * as OpenAI's petaflop/s-day (Brown et al. 2020, Table D.1). Tera and smaller are left out: `TFLOPs`
 * is how a GPU's rate is written, and no training budget is counted in them.
 */

const PREFIXES: Readonly<Record<string, number>> = {
  peta: 1e15,
  exa: 1e18,
  zetta: 1e21,
  yotta: 1e24,
  p: 1e15,
  e: 1e18,
  z: 1e21,
  y: 1e24,
};

const SECONDS_PER_DAY = 86_400;

/**
 * The spelled prefix, `flop` or `flops` optional (`zetta`, `exaFLOPs`), or its letter with `flop`
 * (`ZFLOP`, `EFLOPs`) or `f` (`PF`); then `/s` or `s` and a day (`PF-days`, `EFLOP/s-day`), or `/s`
 * alone (`EFLOP/s`, `PFLOPS/sec`: a rate).
 */
const UNIT =
  /^(?:(peta|exa|zetta|yotta)(?:flops?)?|([pezy])f(?:lops?)?)(?:(?:\/s|s)?(-days?)|(\/s(?:ec)?))?$/;
/** A rate with no prefix: `FLOP/s`, `flops/s`, `flop/sec`. */
const BARE_RATE = /^flops?\/s(?:ec)?$/;

export interface FlopUnit {
  /** FLOP in one of the unit; for a rate, FLOP per second. */
  flop: number;
  /** The prefix's power of ten (15 for peta). */
  power: number;
  /** A FLOP/s-day (`PF-days`, `exaFLOP-day`): the prefix's rate for 86,400 s. */
  day: boolean;
  /** A rate (`EFLOP/s`, `FLOP/s`): no amount of compute. */
  rate: boolean;
}

/** The unit a word names (any case), or undefined for any other word. */
export function flopUnit(word: string): FlopUnit | undefined {
  const lower = word.toLowerCase();
  if (BARE_RATE.test(lower)) return { flop: 1, power: 0, day: false, rate: true };
  const match = UNIT.exec(lower);
  if (!match) return undefined;
  const [, spelled, letter, day, rate] = match;
  const perSecond = PREFIXES[(spelled ?? letter) as string] as number;
  const power = Math.round(Math.log10(perSecond));
  if (day !== undefined) return { flop: perSecond * SECONDS_PER_DAY, power, day: true, rate: false };
  // `pf`, `ef` alone name no unit (the letter form needs `flop`; the `f` form is a day's).
  if (rate === undefined && spelled === undefined && !lower.includes("flop")) return undefined;
  return { flop: perSecond, power, day: false, rate: rate !== undefined };
}

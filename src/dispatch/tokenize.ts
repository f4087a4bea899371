import { isDigitCode, isLetterCode } from "../core/chars.ts";
import { isQuantityWord, timeUnitSeconds } from "../core/quantity.ts";

/**
 * Splits on whitespace, then glues unit and multiplier words to the number before them (`175
 * billion`, `21 days`) and arithmetic spaced on both sides (`2048 * 21 days`). An operator spaced
 * on one side only (`7B +300B`) joins nothing: two quantities the user set apart stay two. A
 * leading `--` before a name is dropped, and spaces around a key's `=` are. An article or a number
 * word before a time unit is its number (`a month`, `an hour`, `two weeks` → `1 month`, `2 weeks`).
 */
export function tokenize(text: string): string[] {
  // A line with single spaces only (as every normalized line is) is split on them without the pattern.
  return tokenizeTyped(OTHER_SPACING.test(text) ? text.split(/\s+/) : text.split(" "));
}

/** `tokenize` for a line normalizeText made: its whitespace is single spaces already. */
export const tokenizeNormalized = (text: string): string[] => tokenizeTyped(text.split(" "));

/** The words as split at whitespace, glued and cleaned as `tokenize` says. */
function tokenizeTyped(typedWords: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const typed of typedWords) {
    if (typed === "") continue;
    // A command-line habit: `--gpu H100`, `--gpus=512` are `gpu H100`, `gpus=512`.
    const word =
      typed.charCodeAt(0) === DASH && typed.charCodeAt(1) === DASH && isLetterCode(typed.charCodeAt(2))
        ? typed.slice(2)
        : typed;
    const previous = tokens.at(-1);
    // A dash spaced on both sides between clauses (`70B 2T - 512 H100`, `mfu 45% - days?`, a list's
    // `- 70B …`) is punctuation, never a subtraction that swallows the next number (2T − 512 dropped
    // the 512 GPUs). After a bare number it is as it was (`30 - 50%`, a range refused as such).
    if (word.length <= 2 && DASHES.has(word) && (previous === undefined || !BARE_NUMBER.test(previous)))
      continue;
    if (previous === undefined) {
      tokens.push(word);
      continue;
    }
    // The words hold no whitespace (split above): a space in `previous` is one this loop put there.
    const last = previous.charCodeAt(previous.length - 1);
    // `gpu = H100`, `gpu= H100`, `gpu =H100`: one `gpu=H100`, not a key with no value.
    if (
      (word.charCodeAt(0) === EQUALS && isName(previous)) ||
      (last === EQUALS && previous.length > 1 && !word.includes("="))
    ) {
      tokens[tokens.length - 1] = `${previous}${word}`;
      continue;
    }
    // `a month`, `two weeks`: the word before a time unit (a few letters) is its count.
    const spelled =
      previous.length <= 6 && isLetterCode(last) && isLetterCode(previous.charCodeAt(0))
        ? NUMBER_WORDS.get(previous.toLowerCase())
        : undefined;
    // `for a month, what model size`: the unit before a clause's mark is still a unit (the mark is
    // dropped when read, as after digits below).
    const unit =
      spelled !== undefined && END_MARKS.includes(word.charAt(word.length - 1)) ? word.slice(0, -1) : word;
    if (spelled !== undefined && unit.length > 2 && timeUnitSeconds(unit) !== undefined) {
      const before = tokens.at(-2);
      const article = previous.length <= 2;
      // After a number an article is "per" (`$50 a day` is $50/day), never a second count.
      if (article && before !== undefined && isAmount(before)) {
        tokens.pop();
        tokens[tokens.length - 1] = `${before}/${word}`;
        continue;
      }
      // An article counts a duration (`for a month`, `H100 a week`) but after what a rate counts:
      // `tokens a second` is a rate, left as typed.
      if (!article || before === undefined || !RATE_NOUNS.has(before.toLowerCase())) {
        tokens[tokens.length - 1] = `${spelled} ${word}`;
        continue;
      }
    }
    // `3 days, 4 hours`, `21 days: mfu?`, `1 month?`: a unit before a comma, colon or question mark
    // is still the number's (the mark is dropped when read).
    const joinable =
      (isDigitCode(last) || last === CLOSE) &&
      (isQuantityWord(word) ||
        (word.length > 1 &&
          END_MARKS.includes(word.charAt(word.length - 1)) &&
          isQuantityWord(word.slice(0, -1))));
    const loneOperator = word.length === 1 && OPERATORS.includes(word);
    const continuesExpression =
      !word.includes("=") &&
      ((loneOperator && (isDigitCode(last) || last === CLOSE || isLetterCode(last) || last === PERCENT)) ||
        (OPERATORS.includes(previous.charAt(previous.length - 1)) &&
          (previous.length === 1 || previous.charCodeAt(previous.length - 2) === SPACE)) ||
        word.charCodeAt(0) === CLOSE ||
        last === OPEN);
    if (joinable || continuesExpression) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

/** Whitespace other than single spaces: only then is the split on the `\s+` pattern needed. */
const OTHER_SPACING = /[^\S ]| {2}/;
const OPERATORS = "*/+^-";
/** A dash typed alone: `-`, `--`, or the en dash `–` an editor makes of it. */
const DASHES: ReadonlySet<string> = new Set(["-", "--", "–"]);
/** A number with no unit, multiplier or sign (`30`, `2.5`): a dash after it may be a range or a subtraction. */
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
/** Marks that end a clause after a unit (`3 days,`, `21 days:`, `2 weeks;`, `1 month?`, `6 weeks!`). */
const END_MARKS = ",:;?!";
/** A number or price as typed (`50`, `$50`, `2.5`): digits only, after an optional `$`. */
const isAmount = (word: string) => /^\$?\d+(?:\.\d+)?$/.test(word);
/** Words after which `a`/`an` before a time unit is "per" (`tokens a second`, `requests a minute`): a rate. */
const RATE_NOUNS = new Set(
  "tokens token tok toks requests request req reqs queries query times once twice usd dollars dollar".split(
    " ",
  ),
);
/** Articles and number words that count a time unit after them (`a week`, `twelve hours`). */
const NUMBER_WORDS = new Map(
  "a an one two three four five six seven eight nine ten eleven twelve"
    .split(" ")
    .map((word, i) => [word, String(Math.max(1, i - 1))]),
);
const [SPACE, PERCENT, OPEN, CLOSE, DASH, EQUALS] = [32, 37, 40, 41, 45, 61];
/** A word that may be an option's name: a letter first, then letters, digits and dashes. */
const isName = (word: string) => /^[a-z][a-z0-9-]*$/i.test(word);

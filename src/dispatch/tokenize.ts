import { isQuantityWord } from "../core/quantity.ts";

/**
 * Splits on whitespace, then glues unit and multiplier words to the number before them (`175
 * billion`, `21 days`) and arithmetic spaced on both sides (`2048 * 21 days`). An operator spaced
 * on one side only (`7B +300B`) joins nothing: two quantities the user set apart stay two.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    const previous = tokens.at(-1);
    if (previous === undefined) {
      tokens.push(word);
      continue;
    }
    // The words hold no whitespace (split above): a space in `previous` is one this loop put there.
    const last = previous.charCodeAt(previous.length - 1);
    const joinable = (isDigit(last) || last === CLOSE) && isQuantityWord(word);
    const loneOperator = word.length === 1 && OPERATORS.includes(word);
    const continuesExpression =
      !word.includes("=") &&
      ((loneOperator && (isDigit(last) || last === CLOSE || isLetter(last) || last === PERCENT)) ||
        (OPERATORS.includes(previous.charAt(previous.length - 1)) &&
          (previous.length === 1 || previous.charCodeAt(previous.length - 2) === SPACE)) ||
        word.charCodeAt(0) === CLOSE ||
        last === OPEN);
    if (joinable || continuesExpression) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

const OPERATORS = "*/+^-";
const [SPACE, PERCENT, OPEN, CLOSE] = [32, 37, 40, 41];
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

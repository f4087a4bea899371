import { isQuantityWord } from "../core/quantity.ts";

/**
 * Splits on whitespace, then glues unit and multiplier words to the number before them (`175
 * billion`, `21 days`) and arithmetic spaced on both sides (`2048 * 21 days`). An operator spaced
 * on one side only (`7B +300B`) joins nothing: two quantities the user set apart stay two.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const previous = tokens.at(-1);
    const joinable = previous !== undefined && /[\d)]$/.test(previous) && isQuantityWord(word);
    const loneOperator = /^[*/+^-]$/.test(word);
    const continuesExpression =
      previous !== undefined &&
      !word.includes("=") &&
      ((loneOperator && /[\d)a-z%]$/i.test(previous)) ||
        /(^|\s)[*/+^-]$/.test(previous) ||
        /^\)/.test(word) ||
        /\($/.test(previous));
    if (joinable || continuesExpression) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

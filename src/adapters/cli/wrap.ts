import { width } from "./width.ts";

const CJK =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const URL_LIKE = /^[[(<]?https?:\/\//;

interface Token {
  text: string;
  /** A space stood before it (CJK characters join without one). */
  spaced: boolean;
}

/** Words split at spaces, and every CJK character its own token (a line may break between any two). */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = "";
  let spaced = false;
  const flush = () => {
    if (word) tokens.push({ text: word, spaced });
    word = "";
    spaced = false;
  };
  for (const c of text) {
    if (c === " ") {
      flush();
      spaced = true;
    } else if (CJK.test(c) && !URL_LIKE.test(word)) {
      const before = word === "" && spaced;
      flush();
      tokens.push({ text: c, spaced: before });
      spaced = false;
    } else word += c;
  }
  flush();
  return tokens;
}

/** A word too wide for a line is cut (a URL never: it stays whole so it can be clicked). */
function fitPieces(token: Token, room: number): Token[] {
  if (width(token.text) <= room || URL_LIKE.test(token.text) || room < 1) return [token];
  const pieces: Token[] = [];
  let piece = "";
  for (const c of token.text) {
    if (width(piece + c) > room) {
      pieces.push({ text: piece, spaced: pieces.length === 0 && token.spaced });
      piece = "";
    }
    piece += c;
  }
  if (piece) pieces.push({ text: piece, spaced: false });
  return pieces;
}

/**
 * Text wrapped to `columns` terminal columns (CJK characters count two), the first line after
 * `first` and the rest after `rest` (a hanging indent). No line is wider than `columns` except
 * one holding a URL.
 */
export function wrap(text: string, columns: number, first = "", rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const whole of tokenize(text)) {
    for (const token of fitPieces(whole, columns - width(rest))) {
      const gap = !empty && token.spaced ? " " : "";
      if (!empty && width(line) + width(gap) + width(token.text) > columns) {
        lines.push(line);
        line = rest + token.text;
      } else line += gap + token.text;
      empty = false;
    }
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

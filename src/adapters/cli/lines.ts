import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * The longest line the console keeps. Longer ones are cut to MAX_LINE + 1 characters, the rest
 * up to the newline skipped unread into memory, so the grammar refuses that line as too long
 * (its own limit is far below) and the next lines are answered. readline instead builds the
 * whole line, and past ~512 MB dies with "Invalid string length".
 */
export const MAX_LINE = 8_192;

/** The lines of `input` (LF or CRLF), each at most `max + 1` characters, holding at most that much. */
export async function* cappedLines(input: Readable, max = MAX_LINE): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let line = "";
  let full = false;
  const take = (piece: string) => {
    if (full) return;
    if (line.length + piece.length > max) {
      line += piece.slice(0, max + 1 - line.length);
      full = true;
    } else {
      line += piece;
    }
  };
  const finish = (): string => {
    const done = line.endsWith("\r") ? line.slice(0, -1) : line;
    line = "";
    full = false;
    return done;
  };
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      take(text.slice(start, newline));
      yield finish();
      start = newline + 1;
    }
    take(text.slice(start));
  }
  take(decoder.end());
  if (line !== "") yield finish();
}

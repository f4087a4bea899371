import { isDigitCode, isLetterCode } from "./chars.ts";

/**
 * A name lower-cased without its spaces, dashes, underscores and dots ("H100-SXM5" → "h100sxm5"):
 * the key the GPU and run catalogs index names by. Most words typed are plain ASCII letters and
 * digits already, and only need lower-casing: no pass of the pattern over them.
 */
export function nameKey(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!(isLetterCode(c) || isDigitCode(c))) return name.toLowerCase().replace(SEPARATORS, "");
  }
  return name.toLowerCase();
}

const SEPARATORS = /[\s\-_.]+/g;

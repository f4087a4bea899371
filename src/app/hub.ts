import { extended } from "../core/extended.ts";
import { type HubOptions, loadHubModel } from "../hf/hub.ts";
import type { Ask } from "./answer.ts";

/**
 * The asynchronous step before the synchronous command layer: it fetches every `hf:<org>/<name>`
 * the request names into the Hub cache (the params command reads it from there), and squeezes a
 * pasted config.json after `config=` into one word, so the text grammar keeps it whole.
 */

/**
 * A whole word: `hf:a/b?x=1` or `hf:a/b#frag` names no repository (and `a/b` is not fetched for
 * it); a sentence's `.`, `?`, `!` or `,` after the name is not part of it. The name is taken whole
 * at once (a lookahead and its backreference, which never give characters back) and its trailing
 * dots are dropped after: a lazy name checked against what follows at every character took
 * quadratic time on a long run of dots (50 ms for 6,000 typed characters).
 */
const HF_REFERENCE =
  /(?:^|[\s=])hf:([A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9])(?=([A-Za-z0-9_.-]*))\2(?=[?!,.]*(?:\s|$))/g;

/** The repository a match names: its name without the sentence's trailing dots. */
const repoOf = (match: RegExpMatchArray): string => {
  const name = `${match[1]}${match[2]}`;
  let end = name.length;
  while (name.charCodeAt(end - 1) === 46 /* . */) end--;
  return name.slice(0, end);
};

/** At most this many repositories are fetched for one request (a message cannot fan out to the Hub). */
export const MAX_HUB_REFERENCES = 4;

/** The repositories a text names as `hf:<org>/<name>`, the first MAX_HUB_REFERENCES of them. */
export function hubReferences(text: string): string[] {
  // Nearly every question names none: no match to collect.
  if (!text.includes("hf:")) return [];
  return [...new Set([...text.matchAll(HF_REFERENCE)].map(repoOf))].slice(0, MAX_HUB_REFERENCES);
}

/**
 * `config={ … }` with the JSON spread over lines becomes `config={…}` with no whitespace outside
 * strings, so the whitespace-split grammar reads it as one value. Text that is not a balanced
 * JSON object is left as typed (the command then says what is wrong with it).
 */
export function compactPastedConfig(text: string): string {
  const match = /config\s*=\s*\{/i.exec(text);
  if (!match) return text;
  const start = match.index + match[0].length - 1;
  const end = closingBrace(text, start);
  if (end < 0) return text;
  try {
    const compact = JSON.stringify(JSON.parse(text.slice(start, end + 1)));
    return `${text.slice(0, match.index)}config=${compact}${text.slice(end + 1)}`;
  } catch {
    return text;
  }
}

/**
 * Where the `{` at `open` closes: the index of its `}`, braces inside JSON strings (and escaped
 * quotes in them) not counted; -1 while it is still open (the console reads the next line then).
 */
export function closingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Fetches every Hub repository the text names (never throws; failures are cached for the command). */
export async function prepareText(text: string, options?: HubOptions): Promise<string> {
  const repos = hubReferences(text);
  if (repos.length > 0) await Promise.all(repos.map((repo) => loadHubModel(repo, options)));
  return compactPastedConfig(text);
}

/** The Hub step for one request: every repository it names fetched, a pasted config.json squeezed into one word. */
export async function prepareAsk(ask: Ask, options?: HubOptions): Promise<Ask> {
  if ("text" in ask) return extended(ask, { text: await prepareText(ask.text, options) });
  const values = Object.values(ask.options).join(" ");
  await prepareText(values, options);
  const configValue = ask.options.config;
  return configValue === undefined
    ? ask
    : extended(ask, {
        options: extended(ask.options, { config: compactPastedConfig(`config=${configValue}`).slice(7) }),
      });
}

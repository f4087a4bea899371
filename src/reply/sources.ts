/**
 * A source's short name for one-line lists (the part before the first comma or colon):
 * "Hoffmann et al. 2022, Training Compute-Optimal…" → "Hoffmann et al. 2022". The full title
 * and URL stay in the reply (JSON keeps the full list).
 */
export function shortSourceTitle(title: string): string {
  let short = title.split(/,|: /)[0]?.trim();
  // A cut inside parentheses ("config.json (32 layers") keeps only what precedes the "(".
  if (short && short.split("(").length > short.split(")").length)
    short = short.slice(0, short.lastIndexOf("(")).trim();
  return short && short.length >= 4 ? short : title;
}

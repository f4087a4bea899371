/**
 * A source's short name for one-line lists (the part before the first comma or colon):
 * "Hoffmann et al. 2022, Training Compute-Optimal…" → "Hoffmann et al. 2022". The full title
 * and URL stay in the reply (JSON keeps the full list).
 */
export function shortSourceTitle(title: string): string {
  const short = title.split(/,|: /)[0]?.trim();
  return short && short.length >= 4 ? short : title;
}

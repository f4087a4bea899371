const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns: CJK ideographs and full-width forms take two. */
export const width = (s: string): number => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

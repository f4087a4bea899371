import { defineFormulas } from "./types.ts";

/**
 * Not formulas: the usage lines `help` and the run catalog show in a row's formula place (an
 * example command, an option's syntax). Drawn like formulas so every row's formula is a reference.
 */
export const USAGE = defineFormulas({
  "usage.example": { id: "usage.example", substituted: "/flops {example}", explain: [] },
  "usage.option": { id: "usage.option", substituted: "{usage}", explain: [] },
  "usage.model": { id: "usage.model", substituted: "/flops model {id}", explain: [] },
  "usage.aliases": { id: "usage.aliases", substituted: " ({aliases})", explain: [] },
});

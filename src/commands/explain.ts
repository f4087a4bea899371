import { EXPLANATIONS, type FormulaId, formulaById } from "../core/formulas/index.ts";
import { SOURCES } from "../core/sources.ts";
import type { Lang } from "../i18n/lang.ts";
import { text } from "../reply/build.ts";
import { formulaIds, formulaText } from "../reply/formula.ts";
import { say, showValue } from "../reply/localize.ts";
import type { Reply, Row, Source, Text } from "../reply/reply.ts";

/**
 * A constant that can appear in a row's formula, the message that says where it comes from and
 * the source it cites. Matched on the formula text, so every command's rows are explained
 * without the command knowing about `explain`.
 */
interface Constant {
  pattern: RegExp;
  key: string;
  source?: Source;
}

export const CONSTANTS: readonly Constant[] = [
  { pattern: /6\s*·\s*N|\(6N|6·N/, key: "explain.const.sixND", source: SOURCES.kaplan2020 },
  { pattern: /12\s*·\s*L\s*·/, key: "explain.const.attention", source: SOURCES.palm2022 },
  {
    pattern: /20\s*·\s*N|√\(C \/ 120\)|\(D \/ N\) \/ 20|Chinchilla 20/,
    key: "explain.const.chinchilla",
    source: SOURCES.hoffmann2022,
  },
  { pattern: /8\.64e19/, key: "explain.const.pfDay", source: SOURCES.gpt3 },
  { pattern: /\bdense\b/, key: "explain.const.densePeak" },
  {
    pattern: /GPU-s × peak|GPU-seconds ×|3600 × peak|GPUs × peak|GPUs · peak/,
    key: "explain.const.mfu",
    source: SOURCES.palm2022,
  },
  { pattern: /16 B|12 B · N/, key: "explain.const.adam", source: SOURCES.zero2020 },
  {
    pattern: /34\s*·\s*s\s*·\s*b\s*·\s*h|2\s*·\s*s\s*·\s*b\s*·\s*h/,
    key: "explain.const.activations",
    source: SOURCES.korthikanti2022,
  },
  { pattern: /E \+ A\/N\^α/, key: "explain.const.lossFit", source: SOURCES.hoffmann2022 },
  { pattern: /2 · L · n_kv/, key: "explain.const.kvCache" },
  { pattern: /0\.9 ×/, key: "explain.const.usable", source: SOURCES.vllm },
  { pattern: /3 × forward|3 × \(forward/, key: "explain.const.threeForward" },
  { pattern: /d_c \+ d_R/, key: "explain.const.mlaCache" },
];

/** The formulas a reply used, by registry id, in the order its rows show them. */
export function formulasUsed(reply: Reply): FormulaId[] {
  return reply.rows.flatMap((row) => (row.formula ? formulaIds(row.formula) : []));
}

/** The explanation keys a row's formula uses: by id for registry formulas. */
function explanationsOf(formula: Row["formula"]): (key: string) => boolean {
  if (typeof formula === "string") {
    // Not yet on the registry: matched on the text (goes once every command is moved).
    return (key) => CONSTANTS.some((c) => c.key === key && c.pattern.test(formula));
  }
  const keys = new Set(formula ? formulaIds(formula).flatMap((id) => formulaById(id).explain) : []);
  return (key) => keys.has(key);
}

/**
 * The derivation of any reply, step by step: each row that has a formula becomes a numbered step
 * (its label, the formula with the numbers put in, the result), and the first step that uses a
 * constant is followed by what that constant means and where it comes from (its source is added
 * to the reply's). The derived rows are not shown again beside their steps; rows without a
 * formula (a GPU's name, a layout) stay.
 */
export function explainReply(reply: Reply, lang: Lang): Reply {
  const derived = reply.rows.filter((row) => row.formula);
  if (derived.length === 0) return { ...reply, notes: [...reply.notes, text("explain.none")] };
  const lines: Text[] = [text("explain.title")];
  const explained = new Set<string>();
  const sources = [...reply.sources];
  derived.forEach((row, index) => {
    lines.push(
      text("explain.step", {
        step: index + 1,
        label: say(lang, row.label),
        formula: row.formula ? formulaText(row.formula) : "",
        value: showValue(lang, row.value),
      }),
    );
    const uses = explanationsOf(row.formula);
    for (const constant of EXPLANATIONS) {
      if (explained.has(constant.key) || !uses(constant.key)) continue;
      explained.add(constant.key);
      lines.push(text(constant.key));
      if (constant.source && !sources.some((s) => s.url === constant.source?.url))
        sources.push(constant.source);
    }
  });
  return {
    ...reply,
    rows: reply.rows.filter((row) => !row.formula),
    notes: [...reply.notes, ...lines],
    sources,
  };
}

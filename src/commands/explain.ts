import { SOURCES } from "../core/sources.ts";
import type { Lang } from "../i18n/lang.ts";
import { text } from "../reply/build.ts";
import { say, showValue } from "../reply/localize.ts";
import type { Reply, Source, Text } from "../reply/reply.ts";

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

/**
 * The step-by-step derivation of any reply: one note per row that has a formula (its label, the
 * formula with the numbers put in, the result), then one note per constant those formulas use,
 * naming its source, which is added to the reply's sources.
 */
export function explainReply(reply: Reply, lang: Lang): Reply {
  const steps: Text[] = [];
  const formulas: string[] = [];
  for (const row of reply.rows) {
    if (!row.formula) continue;
    formulas.push(row.formula);
    steps.push(
      text("explain.step", {
        step: steps.length + 1,
        label: say(lang, row.label),
        formula: row.formula,
        value: showValue(lang, row.value),
      }),
    );
  }
  if (steps.length === 0) return { ...reply, notes: [...reply.notes, text("explain.none")] };
  const used = CONSTANTS.filter((c) => formulas.some((formula) => c.pattern.test(formula)));
  const sources = [...reply.sources];
  for (const constant of used) {
    if (constant.source && !sources.some((s) => s.url === constant.source?.url))
      sources.push(constant.source);
  }
  return {
    ...reply,
    notes: [...reply.notes, text("explain.title"), ...steps, ...used.map((c) => text(c.key))],
    sources,
  };
}

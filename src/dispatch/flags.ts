/** Words that change how any reply is delivered, whatever the command. */
export interface GlobalFlags {
  private: boolean;
  explain: boolean;
  lang?: string;
  /** `chart`: a picture after the text, on the chat platforms. */
  chart?: boolean;
}

// 私下, 私訊 (and 只給我看, normalize.ts): the reply seen by the asker alone, as `private`.
const PRIVATE_WORDS = new Set(["private", "me", "--private", "私下", "私訊"]);
const EXPLAIN_WORDS = new Set(["explain", "--explain", "解釋", "推導"]);
/** Verbs whose object `me` is (`show me`, `give me`, `let me see`): the asker, not a request for privacy. */
const ASKS_OF_ME = new Set(["show", "tell", "give", "let", "send", "get", "remind", "teach", "walk"]);
const CHART_WORDS = new Set(["chart", "--chart", "plot", "graph", "圖表", "畫圖", "繪圖", "作圖", "畫出來"]);

/** The characters a delivery word (lower-cased or not) begins with: any other word is no flag. */
const FLAG_STARTS = new Set(
  [...PRIVATE_WORDS, ...EXPLAIN_WORDS, ...CHART_WORDS, "lang=", "--lang="].flatMap((w) => [
    w.charAt(0),
    w.charAt(0).toUpperCase(),
  ]),
);
const mayBeFlag = (word: string) => word.charCodeAt(0) >= 128 || FLAG_STARTS.has(word.charAt(0));

/** Takes the delivery words (`private`, `explain`, `chart`, `lang=…`) out of a line's words, wherever they stand. */
export function readFlags(tokens: readonly string[]): { flags: GlobalFlags; words: string[] } {
  const flags: GlobalFlags = { private: false, explain: false };
  const words = tokens.filter((word, i) => {
    if (!mayBeFlag(word)) return true;
    const lower = word.toLowerCase();
    // `show me the chart`, `tell me the cost`: `me` is the verb's object there, no private flag (the
    // reader skips both words); a meeting asking `show me …` sees the answer.
    if (lower === "me" && i > 0 && ASKS_OF_ME.has((tokens[i - 1] as string).toLowerCase())) return true;
    if (PRIVATE_WORDS.has(lower)) flags.private = true;
    else if (EXPLAIN_WORDS.has(lower)) flags.explain = true;
    else if (CHART_WORDS.has(lower)) flags.chart = true;
    else if (lower.startsWith("lang=") || lower.startsWith("--lang="))
      flags.lang = word.slice(word.indexOf("=") + 1);
    else return true;
    return false;
  });
  return { flags, words };
}

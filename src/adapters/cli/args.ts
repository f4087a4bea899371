import { parseArgs } from "node:util";
import { type Lang, langFromLocaleEnv, resolveLang } from "../../i18n/lang.ts";

export interface CliArgs {
  json: boolean;
  lang: Lang;
  /** Whether --lang or the locale chose the language (otherwise a question in Chinese is answered in zh-TW). */
  langChosen: boolean;
  words: string[];
  help: boolean;
  /** `--version`: the name and version, nothing asked. */
  version: boolean;
  /** `--width N`: columns to wrap text to (default: the terminal's, or 80 when not a terminal). */
  width?: number;
  /** `--chart FILE.png`: where to write the reply's chart. */
  chart?: string;
  /** A `--lang` or `--width` whose value cannot be used (`--lang zh`, `--width abc`): said, not ignored. */
  bad?: { flag: "--lang" | "--width"; value: string };
}

/** The terminal's own flags; anything else (`--explain`, `-5`, `175B`) is a word of the question. */
const OPTIONS = {
  json: { type: "boolean" },
  help: { type: "boolean" },
  version: { type: "boolean" },
  lang: { type: "string" },
  chart: { type: "string" },
  width: { type: "string" },
} as const;

/**
 * `--chart FILE.png`, `--json`, `--version`, `--lang zh-TW` / `--lang=zh-TW`, `--width N`; else the locale
 * (LC_ALL, LC_MESSAGES, LANG) when it names zh_TW; else `fallback` (English, or `npm start`'s
 * DEFAULT_LANG). Read with node:util's parseArgs
 * (not strict: an unknown flag stays a word for the grammar); a later flag wins, an unknown
 * language or a width that is not a positive integer is `bad` (the command says so rather than
 * answering in a language or width no one asked for), and `--chart` with no file after it is the
 * grammar's `chart` word.
 */
export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: Lang = "en",
): CliArgs {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const words: string[] = [];
  let json = false;
  let help = false;
  let version = false;
  let chart: string | undefined;
  let columns: number | undefined;
  let bad: CliArgs["bad"];
  const fromLocale = langFromLocaleEnv(env);
  let lang = fromLocale ?? fallback;
  let langChosen = fromLocale !== undefined;
  // A group of short flags (`-abc`) comes as one token per letter, all of one argument.
  let lastWord = -1;
  const word = (index: number) => {
    if (index !== lastWord) words.push(argv[index] as string);
    lastWord = index;
  };
  for (const token of tokens) {
    // `--` ends the flags (the usual end-of-options marker): it is no word of the question.
    if (token.kind === "option-terminator") continue;
    if (token.kind !== "option") word(token.index);
    else if (token.name === "json" && !token.inlineValue) json = true;
    else if (token.name === "help" && !token.inlineValue) help = true;
    else if (token.name === "version" && !token.inlineValue) version = true;
    else if (token.name === "lang") {
      const chosen = resolveLang(token.value);
      if (chosen) [lang, langChosen] = [chosen, true];
      else bad ??= { flag: "--lang", value: token.value ?? "" };
    } else if (token.name === "chart" && token.value !== undefined) chart = token.value;
    else if (token.name === "width") {
      const n = Number(token.value);
      if (token.value !== undefined && /^\d+$/.test(token.value.trim()) && n > 0) columns = n;
      else bad ??= { flag: "--width", value: token.value ?? "" };
    } else word(token.index);
  }
  return {
    json,
    lang,
    langChosen,
    words,
    help,
    version,
    ...(chart ? { chart } : {}),
    ...(columns ? { width: columns } : {}),
    ...(bad ? { bad } : {}),
  };
}

import { type Lang, langFromLocaleEnv, resolveLang } from "../../i18n/lang.ts";

export interface CliArgs {
  json: boolean;
  lang: Lang;
  words: string[];
  help: boolean;
  /** `--width N`: columns to wrap text to (default: the terminal's, or 80 when not a terminal). */
  width?: number;
  /** `--chart FILE.png`: where to write the reply's chart. */
  chart?: string;
}

/** `--chart FILE.png`, `--json`, `--lang zh-TW` / `--lang=zh-TW`; else the locale (LC_ALL, LC_MESSAGES, LANG) when it names zh_TW; else English. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CliArgs {
  const words: string[] = [];
  let json = false;
  let help = false;
  let chart: string | undefined;
  let columns: number | undefined;
  const setWidth = (value: string | undefined) => {
    const n = Number(value);
    if (Number.isInteger(n) && n > 0) columns = n;
  };
  let lang = langFromLocaleEnv(env) ?? "en";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--help") help = true;
    else if (arg === "--lang") lang = resolveLang(argv[++i]) ?? lang;
    else if (arg.startsWith("--lang=")) lang = resolveLang(arg.slice(7)) ?? lang;
    else if (arg === "--chart" && argv[i + 1] !== undefined) chart = argv[++i];
    else if (arg === "--width") setWidth(argv[++i]);
    else if (arg.startsWith("--width=")) setWidth(arg.slice(8));
    else if (arg.startsWith("--chart=")) chart = arg.slice(8);
    else words.push(arg);
  }
  return { json, lang, words, help, ...(chart ? { chart } : {}), ...(columns ? { width: columns } : {}) };
}

import { writeFile } from "node:fs/promises";
import process from "node:process";
import { chartOf } from "../../charts/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import type { Reply } from "../../reply/reply.ts";

/**
 * `--chart FILE.png`: the reply's chart written to FILE, said on stderr so stdout stays the answer.
 * False when FILE cannot be written (no such folder, a folder, no permission): one line on stderr
 * saying why, never the bot's internal error. Said in the reply's language: a question typed in Chinese
 * with no --lang is answered, and its chart drawn, in zh-TW, so the line about its file is too.
 */
export async function writeChart(reply: Reply, asked: Lang, file: string): Promise<boolean> {
  const lang = reply.lang ?? asked;
  const chart = await chartOf(reply, lang);
  if (!chart) return true;
  try {
    await writeFile(file, chart.png);
  } catch (error) {
    // "ENOENT: no such file or directory, open 'x.png'": the file is named once, before it.
    const reason = ((error as Error).message ?? String(error)).replace(/, \w+ '.*'$/, "");
    process.stderr.write(`${t(lang, "cli.chartNotWritten", { file, reason })}\n`);
    return false;
  }
  process.stderr.write(`${t(lang, "chart.written", { file, width: chart.width, height: chart.height })}\n`);
  return true;
}

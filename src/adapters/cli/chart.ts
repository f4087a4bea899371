import { writeFile } from "node:fs/promises";
import process from "node:process";
import { chartOf } from "../../charts/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import type { Reply } from "../../reply/reply.ts";

/** `--chart FILE.png`: the reply's chart written to FILE, said on stderr so stdout stays the answer. */
export async function writeChart(reply: Reply, lang: Lang, file: string): Promise<void> {
  const chart = await chartOf(reply, lang);
  if (!chart) return;
  await writeFile(file, chart.png);
  process.stderr.write(`${t(lang, "chart.written", { file, width: chart.width, height: chart.height })}\n`);
}

import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { chartOf } from "../../charts/index.ts";
import { extended } from "../../core/extended.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Reply } from "../../reply/reply.ts";

/** Where the answer went: the chart follows it there (a thread reply when the answer was one). */
export interface UploadTarget {
  channel: string;
  thread_ts?: string;
}

/**
 * After the text: the reply's chart uploaded with Slack's current file API (WebClient.filesUploadV2
 * runs files.getUploadURLExternal, the upload itself, then files.completeUploadExternal into the
 * channel or thread). Needs the files:write scope. Nothing for ephemeral replies (a shared file
 * would show them to everyone); a failure is logged, the answer already stands.
 */
export async function uploadChart(
  client: webApi.WebClient,
  reply: Reply,
  lang: Lang,
  target: UploadTarget,
  logger: Logger,
): Promise<void> {
  if (reply.ephemeral) return;
  try {
    const chart = await chartOf(reply, lang);
    if (!chart) return;
    const file = { file: chart.png, filename: chart.fileName, title: chart.fileName.replace(/\.png$/, "") };
    await client.filesUploadV2(
      target.thread_ts
        ? extended(file, { channel_id: target.channel, thread_ts: target.thread_ts })
        : extended(file, { channel_id: target.channel }),
    );
  } catch (err) {
    logger.error({ err, source: "chart", command: reply.command }, "could not upload the chart");
  }
}

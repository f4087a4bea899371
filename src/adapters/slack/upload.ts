import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { chartOf } from "../../charts/index.ts";
import { extended } from "../../core/extended.ts";
import type { Lang } from "../../i18n/lang.ts";
import { text } from "../../reply/build.ts";
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
 * would show them to everyone); a failure is logged, the answer already stands, and `false` tells
 * the caller to say so to the asker (chartNotPosted): a slash command works in a channel the bot was
 * never invited to, where Slack refuses the file (not_in_channel, channel_not_found).
 */
export async function uploadChart(
  client: webApi.WebClient,
  reply: Reply,
  lang: Lang,
  target: UploadTarget,
  logger: Logger,
  /** The renderer (chartOf; a test's that fails). */
  draw: typeof chartOf = chartOf,
): Promise<ChartPosted> {
  if (reply.ephemeral) return true;
  let chart: Awaited<ReturnType<typeof chartOf>>;
  try {
    chart = await draw(reply, lang);
  } catch (err) {
    logger.error({ err, source: "chart", command: reply.command }, "could not draw the chart");
    return NOT_DRAWN;
  }
  if (!chart) return true;
  try {
    const file = { file: chart.png, filename: chart.fileName, title: chart.fileName.replace(/\.png$/, "") };
    await client.filesUploadV2(
      target.thread_ts
        ? extended(file, { channel_id: target.channel, thread_ts: target.thread_ts })
        : extended(file, { channel_id: target.channel }),
    );
    return true;
  } catch (err) {
    logger.error({ err, source: "chart", command: reply.command }, "could not upload the chart");
    return false;
  }
}

/** uploadChart's answer when the chart could not be drawn: nothing Slack refused, nothing to invite. */
export const NOT_DRAWN = "notDrawn";
/** Posted (or nothing to post: true), refused by Slack (false), or not drawn. */
export type ChartPosted = boolean | typeof NOT_DRAWN;

/** Whether a chart asked for did not reach the conversation (refused, or not drawn): the asker is told. */
export const chartMissing = (posted: unknown): posted is false | typeof NOT_DRAWN =>
  posted === false || posted === NOT_DRAWN;

/**
 * What the asker is told, privately, when the chart they asked for did not come: refused by Slack
 * (why, and how to get it) or not drawn, in the answer's language (the answer itself stands).
 */
export function chartNotPosted(answered: Reply, posted?: ChartPosted): Reply {
  return {
    ok: false,
    command: answered.command,
    title: text("conversation.chartNotPostedTitle"),
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: text(posted === NOT_DRAWN ? "conversation.chartNotDrawn" : "conversation.chartNotPosted"),
    hint: text("error.example", { example: "/flops 70B 15T gpu=H100 chart" }),
    ...(answered.lang ? { lang: answered.lang } : {}),
  };
}

import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { fromSlackText } from "../../../src/adapters/slack/mrkdwn.ts";
import {
  FORM,
  JSON_TYPE,
  mentionEvent,
  postSigned,
  SLACK_API,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

/**
 * A user mention typed into a question (`/flops 175B 300B <@U123|bob>`, `@flopsbot 70B 15T
 * @bob`) carries no value: the reader skips it and says so, as it does on Discord and in the
 * terminal. The Slack reader dropped every user mention before the grammar saw it, so on Slack
 * it was left out unsaid. Only the mention addressing the bot is its address. The real Bolt app on
 * 127.0.0.1, with Slack's own request shapes.
 */
const server = useHttpApp();

afterEach(() => {
  nock.cleanAll();
});

/** A quoted mention shown as typed: escaped, so it neither pings nor links. */
const LIVE_MENTION = /<@[UW]/;

describe("a user mention in a question", () => {
  it("in a slash command is skipped with a note, escaped, and the answer stands", async () => {
    const response = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("175B 300B <@U0123ABC|bob>", "/commands/T0001/unused"),
      FORM,
    );
    expect(response.status).toBe(200);
    const message = (await response.json()) as { response_type: string; blocks: unknown[] };
    const texts = textsIn(message.blocks);
    // 6 × 175B × 300B = 3.15e23 FLOP (Kaplan et al. 2020 §2.1): the mention changed nothing.
    expect(message.response_type).toBe("in_channel");
    expect(texts.join("\n")).toContain("3.15 × 10²³ FLOP");
    expect(texts.some((text) => text.includes("Skipped “&lt;@U0123ABC&gt;”"))).toBe(true);
    expect(texts.filter((text) => LIVE_MENTION.test(text))).toEqual([]);
  });

  it("in a mention of the bot: the bot's own mention is the address, anyone else's is said skipped", async () => {
    const posted = new Promise<Record<string, string>>((resolve) => {
      nock(SLACK_API)
        .post("/api/chat.postMessage")
        .reply(200, (_uri, body) => {
          resolve(Object.fromEntries(new URLSearchParams(body as string)));
          return { ok: true, channel: "C2147483705", ts: "1515449523.000017" };
        });
    });
    const response = await postSigned(
      `${server.url}/slack/events`,
      mentionEvent("<@U0FLOPSBOT> 70B 15T <@W0456DEF>"),
      JSON_TYPE,
    );
    expect(response.status).toBe(200);
    const texts = textsIn(JSON.parse((await posted).blocks ?? "[]"));
    // 6 × 70B × 15T = 6.3e24 FLOP (Kaplan et al. 2020 §2.1); the bot's mention is no word at all.
    expect(texts.join("\n")).toContain("6.3 × 10²⁴ FLOP");
    expect(texts.some((text) => text.includes("Skipped “&lt;@W0456DEF&gt;”"))).toBe(true);
    expect(texts.some((text) => text.includes("U0FLOPSBOT"))).toBe(false);
    expect(texts.filter((text) => LIVE_MENTION.test(text))).toEqual([]);
  });
});

describe("fromSlackText and mentions", () => {
  it("removes only the addressed bot's mention; with no id known, every user mention is the address", () => {
    expect(fromSlackText("<@U0FLOPSBOT> 70B <@U1|ann>", { botUserId: "U0FLOPSBOT" })).toBe("70B <@U1>");
    expect(fromSlackText("<@U0FLOPSBOT> 70B <@U1|ann>", { botUserId: undefined })).toBe("70B");
    expect(fromSlackText("70B <@U1|ann>")).toBe("70B <@U1>");
  });
});

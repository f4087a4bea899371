/**
 * A flood of mentions from one person on the real Bolt app (HTTP mode, signed events): answered up
 * to the rate limit (two a minute here), told once to slow down (chat.postEphemeral, one Web API
 * call), then nothing, where each further mention made one more Web API call.
 */
import nock from "nock";
import { describe, expect, it } from "vitest";
import { t } from "../../../src/i18n/translate.ts";
import { testAnswerer } from "../../support/answerer.ts";
import {
  BOT,
  JSON_TYPE,
  mentionEvent,
  postSigned,
  SLACK_API,
  slackConfig,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

const LIMIT = 2;
const server = useHttpApp(slackConfig(), { ...BOT, answerer: testAnswerer(LIMIT) });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("mentions past the rate limit", () => {
  it("are told once a minute, then not answered: no Web API call for each one", async () => {
    const calls: { method: string; args: Record<string, string> }[] = [];
    nock(SLACK_API)
      .persist()
      .post(/\/api\/chat\.post(Message|Ephemeral)$/)
      .reply(200, (uri, body) => {
        calls.push({
          method: uri.split("/").at(-1) ?? "",
          args: Object.fromEntries(new URLSearchParams(String(body))),
        });
        return { ok: true, channel: "C2147483705", ts: "1515449523.000017", message_ts: "1515449523.000017" };
      });
    const flood = (user: string, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          postSigned(
            `${server.url}/slack/events`,
            mentionEvent("<@U0FLOPSBOT> chinchilla 70B", { user, ts: `1515449600.0000${10 + i}` }),
            JSON_TYPE,
          ),
        ),
      );
    const responses = await flood("U0FLOOD001", 8);
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    await expect.poll(() => calls.length, { timeout: 5_000 }).toBe(LIMIT + 1);
    await sleep(500);
    // 20 tokens a parameter × 70B = 1.4T tokens (Hoffmann et al. 2022), twice; then one notice.
    expect(calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(LIMIT);
    const notices = calls.filter((c) => c.method === "chat.postEphemeral");
    expect(notices).toHaveLength(1);
    expect(notices[0]?.args.user).toBe("U0FLOOD001");
    expect(textsIn(JSON.parse(notices[0]?.args.blocks ?? "[]")).join("\n")).toContain(t("en", "rate.title"));
    // Someone else is answered as before.
    await flood("U0FLOOD002", 1);
    await expect.poll(() => calls.length, { timeout: 5_000 }).toBe(LIMIT + 2);
    expect(calls.at(-1)?.method).toBe("chat.postMessage");
    nock.cleanAll();
  });
});

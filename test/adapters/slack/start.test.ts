import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackMessage } from "../../../src/adapters/slack/limits.ts";
import { startSlackApp, whoAmI } from "../../../src/adapters/slack/start.ts";
import { ConfigError } from "../../../src/app/config.ts";
import {
  BOT,
  FORM,
  onlyLoopback,
  postSigned,
  SLACK_API,
  silentLogger,
  slackConfig,
  slashCommandBody,
  textsIn,
} from "./helpers.ts";

beforeAll(() => onlyLoopback());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const authTestOk = () =>
  nock(SLACK_API).post("/api/auth.test").reply(200, {
    ok: true,
    url: "https://example.slack.com/",
    team: "Example",
    user: "flopsbot",
    team_id: "T0001",
    user_id: BOT.botUserId,
    bot_id: BOT.botId,
  });

describe("startSlack in HTTP mode", () => {
  it("checks the token, listens, answers, serves /healthz, and stops", async () => {
    const authTest = authTestOk();
    const slack = await startSlackApp(slackConfig(), silentLogger(), {
      host: "127.0.0.1",
      answerer: BOT.answerer,
    });
    try {
      expect(authTest.isDone()).toBe(true);
      expect(slack.name).toBe("slack");
      expect(slack.mode).toBe("http");
      expect(slack.ready()).toBe(true);
      expect(slack.port).toBeGreaterThan(0);
      const base = `http://127.0.0.1:${slack.port}`;

      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });

      const ack = await postSigned(
        `${base}/slack/events`,
        slashCommandBody("175B 300B", "/commands/T0001/unused"),
        FORM,
      );
      expect(ack.status).toBe(200);
      const posted = (await ack.json()) as SlackMessage & { response_type: string };
      expect(posted.response_type).toBe("in_channel");
      expect(textsIn(posted.blocks).join("\n")).toContain("3.15 × 10²³ FLOP");
    } finally {
      await slack.stop();
    }
    expect(slack.ready()).toBe(false);
    await expect(fetch(`http://127.0.0.1:${slack.port}/healthz`)).rejects.toThrow();
  });

  it("starts anyway when Slack cannot be reached (a network error, not a refusal)", async () => {
    nock(SLACK_API).post("/api/auth.test").times(2).replyWithError({ code: "ECONNREFUSED" });
    await expect(whoAmI(slackConfig(), silentLogger())).resolves.toEqual({});
  });

  it("fails at start, naming the variable and where to get it, when Slack refuses the token", async () => {
    nock(SLACK_API).post("/api/auth.test").reply(200, { ok: false, error: "invalid_auth" });
    const refused = whoAmI(slackConfig(), silentLogger());
    await expect(refused).rejects.toThrow(
      /SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions → Bot User OAuth Token/,
    );
    // A ConfigError: the start prints its message as one line, never a stack trace.
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
  });
});

import { describe, expect, it } from "vitest";
import { uploadChart } from "../../../src/adapters/slack/upload.ts";
import { t } from "../../../src/i18n/translate.ts";
import {
  BOT,
  FORM,
  interceptResponseUrl,
  postSigned,
  silentLogger,
  slackConfig,
  slashCommandBody,
  textsIn,
  useHttpApp,
} from "./helpers.ts";

// The renderer failing (a fault no question can cause): Slack refused nothing, so the asker is not
// told to invite the bot or reinstall it, but that the chart could not be drawn.
const failing = async (): Promise<never> => {
  throw new Error("renderer failed");
};
const server = useHttpApp(slackConfig(), {
  ...BOT,
  chart: (client, reply, target) => uploadChart(client, reply, "en", target, silentLogger(), failing),
});

describe("a chart that could not be drawn", () => {
  it("the answer, then an ephemeral notice that says so, not Slack's refusal", async () => {
    const { path, posted } = interceptResponseUrl();
    const ack = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("compare gpt-3 chinchilla chart", path),
      FORM,
    );
    const answer = (await ack.json()) as { response_type: string; text: string };
    expect(answer.response_type).toBe("in_channel");
    expect(answer.text).toContain("GPT-3");
    const notice = await posted;
    expect(notice.response_type).toBe("ephemeral");
    const said = textsIn(notice.blocks).join("\n");
    expect(said).toContain(t("en", "conversation.chartNotDrawn"));
    expect(said).not.toContain(t("en", "conversation.chartNotPosted"));
  });
});

import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { fromSlackText } from "../../../src/adapters/slack/mrkdwn.ts";
import { FORM, postSigned, slashCommandBody, textsIn, useHttpApp } from "./helpers.ts";

/**
 * A channel mention typed into a question (`/flops 70B 15T #ml-infra`, which Slack sends as
 * `<#C0123ABC|ml-infra>`) carries no value: the reader skips it and says so, as it does for a
 * user mention and for Discord's `<#123>`. The Slack reader read it as its label, and `ml-infra`
 * was refused as an unknown word. The real Bolt app on 127.0.0.1, with Slack's own request shape.
 */
const server = useHttpApp();

afterEach(() => {
  nock.cleanAll();
});

describe("a channel mention in a question", () => {
  it("in a slash command is skipped with a note, escaped, and the answer stands", async () => {
    const response = await postSigned(
      `${server.url}/slack/events`,
      slashCommandBody("70B 15T <#C0123ABC|ml-infra>", "/commands/T0001/unused"),
      FORM,
    );
    expect(response.status).toBe(200);
    const message = (await response.json()) as { response_type: string; blocks: unknown[] };
    const texts = textsIn(message.blocks);
    // 6 × 70B × 15T = 6.3e24 FLOP (Kaplan et al. 2020 §2.1): the mention changed nothing.
    expect(message.response_type).toBe("in_channel");
    expect(texts.join("\n")).toContain("6.3 × 10²⁴ FLOP");
    expect(texts.some((text) => text.includes("Skipped “&lt;#C0123ABC&gt;”"))).toBe(true);
    expect(texts.join("\n")).not.toContain("ml-infra");
    // Quoted escaped: the note neither links nor notifies the channel.
    expect(texts.filter((text) => /<#C/.test(text))).toEqual([]);
  });
});

describe("fromSlackText and channel mentions", () => {
  it("keeps a channel mention, labelled or not, as one <#C…> word; a labelled link is still its label", () => {
    expect(fromSlackText("70B <#C0123ABC|ml-infra> 15T")).toBe("70B <#C0123ABC> 15T");
    expect(fromSlackText("70B <#C0123ABC> 15T")).toBe("70B <#C0123ABC> 15T");
    expect(fromSlackText("see <https://arxiv.org/abs/2203.15556|Chinchilla> 70B")).toBe("see Chinchilla 70B");
  });
});

/**
 * Slack's formatting marks typed into a question (`*bold*`, `_italic_`, `~struck~`, `` `code` ``),
 * on the real Bolt app (HTTP mode, signed requests): a reply that quotes them (an unknown GPU, a
 * struck-through word left out) shows them as typed, with look-alikes, and never formats the
 * bot's message with them; in public answers too. Discord escapes the same texts with
 * escapeMarkdown. The bot's own examples keep their `*` (`e.g. 2048*21days`, copied as they are).
 */
import { describe, expect, it } from "vitest";
import { inertMarks } from "../../../src/adapters/slack/mrkdwn.ts";
import { FORM, postSigned, slashCommandBody, textsIn, useHttpApp } from "./helpers.ts";

const server = useHttpApp();

type Message = { response_type: string; blocks: unknown[]; text: string };

async function slash(text: string): Promise<Message> {
  const response = await postSigned(
    `${server.url}/slack/events`,
    slashCommandBody(text, "/commands/T0001/unused"),
    FORM,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Message;
}

const shown = (message: Message) => textsIn(message.blocks).join("\n");

describe("typed formatting marks quoted in a reply", () => {
  it("a public answer's note quoting a struck-through word shows it struck by no one: ∼HACK∼, not ~HACK~", async () => {
    const message = await slash("175B 300B ~HACK~");
    expect(message.response_type).toBe("in_channel");
    // 6 × 175B × 300B = 3.15 × 10²³ FLOP, answered as without the word.
    expect(shown(message)).toContain("3.15 × 10²³ FLOP");
    expect(shown(message)).toContain("“∼HACK∼”");
    expect(shown(message)).not.toContain("~HACK~");
  });

  it("an unknown GPU typed in bold is quoted in its look-alikes, privately; the example's * is kept", async () => {
    const gpu = await slash("175B 300B gpu=*HACK*");
    expect(gpu.response_type).toBe("ephemeral");
    expect(shown(gpu)).toContain("I don't know the GPU “∗HACK∗”");
    expect(shown(gpu)).not.toContain("*HACK*");
    const count = await slash("7B 1T gpus=*10*");
    expect(count.response_type).toBe("ephemeral");
    expect(shown(count)).toContain("I can't read “∗10∗” as a number, e.g. 175B or 2048*21days.");
  });

  it("code spans and italics typed in a run's name are quoted inert too", async () => {
    const code = await slash("model ```pre```");
    expect(shown(code)).toContain("“ˋˋˋpreˋˋˋ”");
    expect(shown(code)).not.toContain("```");
    const italic = await slash("175B 300B gpu=_it_");
    expect(shown(italic)).toContain("“ˍitˍ”");
  });
});

describe("inertMarks", () => {
  it("changes only marks that could pair into formatting", () => {
    expect(inertMarks("“*a*”, “_b_”, “~c~”, “`d`”")).toBe("“∗a∗”, “ˍbˍ”, “∼c∼”, “ˋdˋ”");
    // Inside a word, alone, or beside a space: Slack formats none of these, and they stay.
    for (const kept of [
      "e.g. 6*175B*300B.",
      "N* = √(C/120), D* = 20·N*.",
      "+ - * / ^",
      "above the ~60% the best large runs reach",
      "model_type, hidden_size",
    ])
      expect(inertMarks(kept)).toBe(kept);
  });
});

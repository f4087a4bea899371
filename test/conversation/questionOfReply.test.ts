import { describe, expect, it } from "vitest";
import { MIX } from "../../bench/inputs.ts";
import { registry } from "../../src/commands/registry.ts";
import { questionOfReply, questionOfText } from "../../src/conversation/followUp.ts";
import { type Question, questionText } from "../../src/conversation/question.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

/** Lines with presets, delivery words and languages beside the benchmark mix. */
const LINES = [
  ...MIX,
  "llama-3-70b gpu=A100",
  "mfu deepseek-v3 explain",
  "gpt-3 private lang=zh-TW",
  "cards 70B H100 4bit",
  "how many H100s to serve 70B",
  "help",
  "gpus",
];

describe("the question an answer answered, without parsing its line again", () => {
  it.each(LINES)("is the question the line asks: %s", (line) => {
    const fallback = { lang: "en" as const, asker: "U1" };
    const reply = respondToText(registry, line, { lang: "en" });
    const fromReply = questionOfReply(registry, reply, line, fallback);
    const fromText = questionOfText(registry, line, fallback);
    if (fromText !== undefined || fromReply === undefined) expect(fromReply).toEqual(fromText);
    // A line its own reading cannot place, answered by the command it asks of (`… on 8 H100
    // tokens/s`: serve): the question that command answered, which its own line reads back.
    else expect(fromReply).toEqual(questionOfText(registry, questionText(fromReply as Question), fallback));
  });

  it("keeps a run's id (it reads back), not its display name or the numbers its preset filled in", () => {
    const reply = respondToText(registry, "llama-3-70b gpu=A100 explain", { lang: "en" });
    expect(questionOfReply(registry, reply, "", { asker: "U1" })).toEqual({
      command: "compute",
      options: { params: "llama-3-70b", gpu: "A100" },
      explain: true,
      asker: "U1",
    });
  });
});

import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { ask, said } from "./helpers.ts";

/** Asking which runs the bot knows, as people do: the catalog's list (model with no name), the reading said first. */
describe("`list models`, `which runs do you know`, 有哪些模型", () => {
  it.each([
    ["which runs do you know", "en"],
    ["list models", "en"],
    ["what models are supported?", "en"],
    ["show me all the models", "en"],
    ["有哪些模型", "zh-TW"],
    ["你知道哪些模型", "zh-TW"],
    ["支援哪些模型？", "zh-TW"],
    ["列出所有模型", "zh-TW"],
  ] as const)("%s: every run in the catalog listed, the reading said first", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("model");
    expect(reply.notes[0]?.key).toBe("read.runsAsked");
    expect(said(line, lang)).toContain(`(${MODELS.length}`);
  });

  it("a question of a model's fit or size is no request for the list", () => {
    expect(ask("which models fit on a h100").notes[0]?.key).not.toBe("read.runsAsked");
    expect(ask("70B 模型 2T", "zh-TW").command).toBe("compute");
  });
});

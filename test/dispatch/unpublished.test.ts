import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { unpublishedMaker } from "../../src/core/runs/unpublished.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { localize } from "../../src/reply/localize.ts";

const ask = (line: string) => respondToText(registry, line, { lang: "en", langFromText: true });
const error = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, line).toBe(false);
  return { key: reply.error?.key, params: reply.error?.params, text: localize(reply, "en").error ?? "" };
};

// OpenAI, GPT-4 Technical Report (2023), §2: "this report contains no further details about the
// architecture (including model size), hardware, training compute, dataset construction…".
describe("a model whose size and tokens are not published is refused as that, not as an unknown word", () => {
  it.each([
    ["how many flops to train gpt-4", "gpt-4", "OpenAI"],
    ["gpt 4 training flops", "gpt 4", "OpenAI"],
    ["what MFU did GPT-4 get", "GPT-4", "OpenAI"],
    ["gpt-4 vs llama 3", "gpt-4", "OpenAI"],
    ["serve gpt-4o on H100", "gpt-4o", "OpenAI"],
    ["compare gpt-4 llama-3-405b", "gpt-4", "OpenAI"],
    ["claude 3 opus training compute", "claude 3 opus", "Anthropic"],
    ["gemini 1.5 pro", "gemini 1.5 pro", "Google"],
  ])("%s: %s, %s", (line, name, maker) => {
    const refused = error(line);
    expect(refused.key).toBe("model.unpublished");
    expect(refused.params).toEqual({ name, maker });
    expect(refused.text).toContain(`${maker} has not published ${name}'s parameter count or training tokens`);
  });

  it("in Chinese, in zh-TW", () => {
    const reply = ask("GPT-4 訓練算力多少");
    expect(reply.error?.key).toBe("model.unpublished");
    expect(localize(reply, "en").error).toContain("OpenAI 沒有公開 GPT-4 的參數量和訓練 token 數");
  });

  it("published relatives are still answered or refused as before: GPT-3 (Brown et al. 2020: 175B, 300B), Gemini Nano's published sizes", () => {
    const gpt3 = ask("gpt 3 training flops");
    expect(gpt3.ok).toBe(true);
    expect((gpt3.result as { flops: number }).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    expect(error("gemini nano").key).not.toBe("model.unpublished");
    expect(unpublishedMaker("gpt-3")).toBeUndefined();
    expect(unpublishedMaker("gpt-oss-120b")).toBeUndefined();
    expect(unpublishedMaker("gemma-2-9b")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { TERMINAL_USER } from "../../../src/adapters/cli/console.ts";
import { renderForTerminal } from "../../../src/adapters/cli/render.ts";
import { createTerminalAnswerer } from "../../../src/app/lifecycle.ts";
import type { Lang } from "../../../src/i18n/lang.ts";

/** One question through the terminal's answerer, rendered as the terminal shows it. */
async function ask(text: string, lang: Lang = "en"): Promise<string> {
  const answerer = createTerminalAnswerer();
  const reply = await answerer.answerWithHub({ ...TERMINAL_USER, lang, langFromText: true, text });
  return renderForTerminal(reply, reply.lang ?? lang, false, 400);
}

describe("Next: lines suggest the GPU the question was about", () => {
  it.each([
    ["70B 2T gpu=H200 gpus=512", "Next: /flops cards 70B gpu=H200 mode=train"],
    ["70B 2T gpu=MI300X gpus=512", "Next: /flops cards 70B gpu=MI300X mode=train"],
    ["cards 70B gpu=A100 mode=infer", "Next: /flops serve 70B gpu=A100 batch=32"],
    ["cards 70B gpu=MI300X mode=infer", "Next: /flops serve 70B gpu=MI300X batch=32"],
  ])("%s → %s", async (line, next) => {
    expect(await ask(line)).toContain(next);
  });

  it("zh-TW too, and the suggested command answers for that GPU (A100 SXM4 80GB)", async () => {
    const shown = await ask("70B 2T gpu=A100 gpus=256", "zh-TW");
    expect(shown).toContain("下一步：/flops cards 70B gpu=A100 mode=train");
    expect(await ask("cards 70B gpu=A100 mode=train")).toContain("A100 SXM4 80GB");
  });
});

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

/** The reply itself, for comparing what two phrasings computed. */
async function replyTo(text: string, lang: Lang = "en") {
  return createTerminalAnswerer().answerWithHub({ ...TERMINAL_USER, lang, langFromText: true, text });
}

describe("meeting one-liners", () => {
  it("`is 50% MFU realistic for 70B on H100` gives the verdict against published MFUs", async () => {
    // PaLM Table 3: Gopher 32.5%, MT-NLG 30.2%, PaLM 46.2%; Llama 3 405B 38–43% (Llama Team 2024, Table 4).
    const shown = await ask("is 50% MFU realistic for 70B on H100");
    expect(shown).toContain("50% MFU is at the top of published runs (PaLM Table 3: PaLM 46.2%");
    expect(shown).toContain("Llama 3 405B 38–43%");
    expect(await ask("70B 15T gpu=H100 gpus=512 mfu=60%")).toContain(
      "60% MFU is above every large published run",
    );
    expect(await ask("70B 15T gpu=H100 gpus=512 mfu=38%")).toContain("38% MFU is within the 30%–50%");
    expect(await ask("70B 15T gpu=H100 gpus=512 mfu=25%")).toContain("25% MFU is under the 30%–50%");
  });

  it("zh-TW: `… 50% MFU 合理嗎` answers with the verdict", async () => {
    for (const line of ["70B 在 H100 上 50% MFU 合理嗎", "70B 15T 1024 張 H100 MFU 50% 合理嗎"]) {
      const shown = await ask(line, "en");
      expect(shown, line).toContain("MFU 50% 已是公開訓練的上緣");
    }
  });

  it.each([
    ["gpt-3 vs chinchilla", "GPT-3 175B vs Chinchilla 70B"],
    ["gpt-3 vs chinchilla which is more efficient", "GPT-3 175B vs Chinchilla 70B"],
    ["llama 3 70b vs llama 3 8b", "Llama 3 70B vs Llama 3 8B"],
    ["deepseek v3 vs llama 3 405b", "DeepSeek-V3 vs Llama 3 405B"],
    ["gpt-3 和 chinchilla 哪個比較有效率", "GPT-3 175B vs Chinchilla 70B"],
    ["compare gpt-3 chinchilla 哪個比較有效率", "GPT-3 175B vs Chinchilla 70B"],
  ])("%s compares the runs", async (line, columns) => {
    const reply = await replyTo(line);
    expect(reply.command).toBe("compare");
    expect(await ask(line)).toContain(columns);
  });

  it.each(["llama 3 405b 的 MFU 多少", "what MFU did llama 3 405b get"])(
    "%s is `mfu llama-3-405b` (30.84M H100-hours, the model card)",
    async (line) => {
      const reply = await replyTo(line);
      const direct = await replyTo("mfu llama-3-405b");
      expect(reply.command).toBe("mfu");
      expect(reply.result).toEqual(direct.result);
    },
  );
});

describe("Taiwanese words for cards and GPU memory", () => {
  it("顯示卡 is a GPU word, not a number", async () => {
    for (const line of ["70B 需要幾張顯示卡", "70B 要多少顯示卡"]) {
      expect((await replyTo(line)).ok, line).toBe(true);
    }
  });

  it("VRAM in a Chinese question asks the cards' memory question", async () => {
    const reply = await replyTo("推論 llama-3-70b 需要多少 VRAM");
    expect(reply.command).toBe("cards");
    // 70B in bf16 on H100 80GB: TP 4 (140 GB of weights over 72 GB usable per card).
    const shown = await ask("推論 70B 在 H100 上需要多少 VRAM");
    expect(shown).toContain("用 NVIDIA H100 SXM5 80GB 推論 70B");
    expect(shown).toContain("TP 4 × PP 1");
  });

  it("serving asked about memory is the cards' memory question for inference", async () => {
    const reply = await replyTo("serve llama-3-70b how much memory");
    expect(reply.command).toBe("cards");
    expect(reply.readAs?.items).toContainEqual(expect.objectContaining({ option: "mode", value: "infer" }));
  });
});

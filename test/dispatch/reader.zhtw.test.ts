import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { answered, ask } from "./helpers.ts";

/**
 * Questions a Taiwanese ML engineer typed on a first try (fresh-zhtw): a serving engine by name,
 * `batch size N` for a memory question, 幾個 token asked, sentence-final particles, 總成本, and a
 * question typed with the IME's full-width forms only. Each asserts the reading and its numbers.
 *
 * H100 SXM5: 80 GB, 3.35 TB/s, 989.4 TFLOP/s dense BF16 (H100 datasheet). Llama 3 8B: 32 layers,
 * 8 KV heads of 128 (config.json), so its bf16 KV cache is 2·32·8·128·2 = 131,072 B per token.
 */
const answer = (line: string, lang: Lang = "zh-TW") => answered(line, lang);

describe("a serving engine named (vLLM, SGLang, …) is serving, said in a note", () => {
  it("Llama 3 70B 用 vLLM 在 8 張 H100 上每秒幾個 token → serve on 8 H100, not a refusal", () => {
    const read = answer("Llama 3 70B 用 vLLM 在 8 張 H100 上每秒幾個 token");
    expect(read.command).toBe("serve");
    expect(read.readAs).toMatchObject({ params: 70_553_706_496, gpu: "h100-sxm", available: 8 });
    const throughput = read.result.throughput as {
      decodeTokensPerSecondPerReplica: number;
      bytesReadPerGpuPerStep: number;
    };
    // Batch 1 on TP 4: each step reads the weights' shard and the KV cache from 3.35 TB/s of memory.
    expect(throughput.decodeTokensPerSecondPerReplica).toBeCloseTo(
      3.35e12 / throughput.bytesReadPerGpuPerStep,
      6,
    );
    expect(read.notes).toContain("「vLLM」解讀為推論部署");
  });

  it("llama-3-70b 用 vllm 要幾張 H100 → cards mode=infer, never a training run", () => {
    const read = answer("llama-3-70b 用 vllm 要幾張 H100");
    expect(read.command).toBe("cards");
    expect(read.readAs.mode).toBe("infer");
    expect(read.notes).toContain("「vllm」解讀為推論部署");
  });

  it("a training plan with an engine named is refused, pointed at serve (70B 2T 512 H100 vllm)", () => {
    const reply = ask("70B 2T 512 H100 vllm");
    expect(reply.ok).toBe(false);
    expect(reply.error?.params?.word).toBe("vllm");
  });

  it("en and zh-TW both have the note's key", () => {
    const en = answer("serve llama-3-8b on one H100 with sglang", "en");
    expect(en.notes).toContain("Read “sglang” as serving");
  });
});

describe("batch size N is the batch wherever the command has one", () => {
  it("llama-3-8b 上下文 32k batch size 64 需要多少記憶體 → cards batch 64: KV 131,072 B × 32,768 × 64", () => {
    const read = answer("llama-3-8b 上下文 32k batch size 64 需要多少記憶體");
    expect(read.command).toBe("cards");
    expect(read.readAs).toMatchObject({ context: 32_768, batch: 64 });
    expect((read.result.breakdown as { kvCache: number }).kvCache).toBe(131_072 * 32_768 * 64);
    expect(read.notes).not.toContain("未使用");
  });

  it("the same in English (batch size 64 was `Not used` in cards)", () => {
    const read = answer("llama-3-8b 32k context batch size 64 memory", "en");
    expect(read.readAs.batch).toBe(64);
  });

  it("llama-3-8b 在 H100 上 batch size 32 每秒幾個 token → serve batch 32 (never a batch of 32 tokens)", () => {
    const read = answer("llama-3-8b 在 H100 上 batch size 32 每秒幾個 token");
    expect(read.command).toBe("serve");
    expect(read.readAs.batch).toBe(32);
  });

  it("mfu's batch is in tokens: batch size 32 is still not used there", () => {
    const read = answer("mfu 70B 2T H100 gpu-hours=1M batch size 32", "en");
    expect(read.readAs["batch-tokens"]).toBeUndefined();
    expect(read.notes).toContain("Not used: batch size 32");
  });
});

describe("幾個 token asks for tokens; it labels no number", () => {
  it("Chinchilla 最佳 70B 要幾個 token → D* = 20 × 70B = 1.4T", () => {
    const read = answer("Chinchilla 最佳 70B 要幾個 token");
    expect(read.command).toBe("chinchilla");
    expect(read.readAs.params).toBe(70e9);
    expect(read.result.tokens).toBe(20 * 70e9);
  });
});

describe("chat particles and 總 are no values", () => {
  it.each(["啊", "阿", "喔", "呀", "吧", "啦", "ㄇ"])(
    "70B 2T 512 張 H100 要多久%s → 6·70B·2T / (512 × 989.4T × 40%)",
    (particle) => {
      const read = answer(`70B 2T 512 張 H100 要多久${particle}`);
      expect(read.readAs).toMatchObject({ params: 70e9, tokens: 2e12, gpus: 512 });
      expect(read.result.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (512 * 989.4e12 * 0.4), 0);
    },
  );

  it("阿 inside a name is kept as typed (阿里巴巴 is blamed whole)", () => {
    const reply = ask("阿里巴巴 70B 2T", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(localize(reply, "zh-TW").error).toContain("阿里巴巴");
  });

  it("70B 2T 256 張 H100 每小時 2.5 美金 總成本 → cost = GPU-hours × $2.5", () => {
    const read = answer("70B 2T 256 張 H100 每小時 2.5 美金 總成本");
    const gpuHours = (6 * 70e9 * 2e12) / (989.4e12 * 0.4) / 3600;
    expect(read.result.costUsd).toBeCloseTo(gpuHours * 2.5, -2);
  });
});

describe("a question typed with the IME's full-width forms only is answered in zh-TW", () => {
  it("１７５Ｂ，３００Ｂ？ → 6 × 175B × 300B = 3.15e23 FLOP, in zh-TW", () => {
    const reply = respondToText(registry, "１７５Ｂ，３００Ｂ？", { lang: "en", langFromText: true });
    expect(reply.ok).toBe(true);
    expect(reply.lang).toBe("zh-TW");
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    expect(respondToText(registry, "175B, 300B?", { lang: "en", langFromText: true }).lang).toBe("en");
  });
});

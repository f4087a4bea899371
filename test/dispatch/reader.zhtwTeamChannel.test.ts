import { describe, expect, it } from "vitest";
import { answered, ask } from "./helpers.ts";

/**
 * Words a Taiwanese team channel types that the reader refused (fresh-m): 利用率 for MFU, 資料 before
 * the tokens, 鎂 for US dollars, 問一下 after 私下, 量化後, 說明/幫助 before a command's name.
 *
 * H100 SXM5 bf16 dense 989.4 TFLOP/s, A100 SXM4 312 TFLOP/s (NVIDIA datasheets). DeepSeek-V3: 37B
 * active, 14.8T tokens, 2.664M H800 GPU-hours (DeepSeek-V3 report, Table 1): 6 × 37B × 14.8T /
 * (2.664M × 3600 × 989.4T) = 34.6%.
 */
const zh = (line: string) => answered(line, "zh-TW");

describe("利用率 (utilisation) is the MFU", () => {
  it("70B 2T H100 利用率 45% → compute at MFU 45%: 6·70B·2T / (1,024 × 989.4T × 0.45)", () => {
    const read = zh("70B 2T H100 利用率 45%");
    expect(read.command).toBe("compute");
    expect(read.result.mfu).toBe(0.45);
    expect(read.result.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (1024 * 989.4e12 * 0.45), 0);
  });

  it("DeepSeek-V3 的利用率合理嗎 → its MFU judged: 34.6% on 37B active", () => {
    const read = zh("DeepSeek-V3 的利用率合理嗎");
    expect(read.command).toBe("mfu");
    expect(read.result.mfu as number).toBeCloseTo((6 * 37e9 * 14.8e12) / (2.664e6 * 3600 * 989.4e12), 3);
  });

  it("70B 2T H100 算力利用率 45% and MFU 利用率 45% read the same percent", () => {
    expect(zh("70B 2T H100 算力利用率 45%").result.mfu).toBe(0.45);
    expect(zh("70B 2T 用 H100 MFU 利用率 45%").result.mfu).toBe(0.45);
  });
});

describe("other words of a first try", () => {
  it("訓練 一個 700億參數 的模型，資料 2 兆 token，用 512 張 A100 要跑幾天 → 70B, 2T, 512 A100", () => {
    const read = zh("訓練 一個 700億參數 的模型，資料 2 兆 token，用 512 張 A100 要跑幾天？");
    expect(read.readAs).toMatchObject({ params: 70e9, tokens: 2e12, gpu: "a100-80gb-sxm", gpus: 512 });
    expect(read.result.seconds).toBeCloseTo((6 * 70e9 * 2e12) / (512 * 312e12 * 0.4), 0);
  });

  it("用 A100 每小時 1.5 鎂 is $1.5 per GPU-hour (鎂: US dollars in Taiwanese chat)", () => {
    const read = zh("70B 2T 用 A100 每小時 1.5 鎂");
    expect(read.readAs.price).toBe(1.5);
    expect(read.result.costUsd as number).toBeCloseTo((read.result.gpuHours as number) * 1.5, 0);
  });

  it("私下問一下 70B 2T 要多久 → answered to the asker alone", () => {
    const reply = ask("私下問一下 70B 2T 要多久", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.ephemeral).toBe(true);
    expect(ask("問一下 70B 2T 要多久", "zh-TW").ephemeral).toBe(false);
  });

  it("70B int4 量化後推論一張 4090 放得下嗎 → cards infer int4: 35 GB of weights", () => {
    const read = zh("70B int4 量化後推論一張 4090 放得下嗎");
    expect(read.command).toBe("cards");
    expect(read.readAs).toMatchObject({ mode: "infer", precision: "int4" });
    expect((read.result.breakdown as { weights: number }).weights).toBe(70e9 * 0.5);
  });

  it("說明 mfu and 幫助 cards are help on that command, in zh-TW", () => {
    for (const [line, topic] of [
      ["說明 mfu", "mfu"],
      ["幫助 cards", "cards"],
    ] as const) {
      const read = zh(line);
      expect(read.command).toBe("help");
      expect(read.result.topic).toBe(topic);
    }
  });
});

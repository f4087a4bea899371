import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

describe("zh-TW 使用 (use) is filler: `1000 人 同時 使用 70B H100` serves 70B at batch 1,000", () => {
  it("read as serve, batch 1,000, nothing refused", () => {
    const reply = ask("1000 人 同時 使用 70B H100", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    expect((reply.result as { throughput: { batch: number } }).throughput.batch).toBe(1000);
  });
});

describe("zh-TW 人 is users only after a count; anywhere else it is filler, never refused", () => {
  it("有人知道 70B 要幾張 H100 嗎 (does anyone know how many H100 for 70B): 70B on H100, nothing refused", () => {
    const reply = ask("有人知道 70B 要幾張 H100 嗎", "zh-TW");
    expect(reply.ok).toBe(true);
    // 6 × 70B × 1.4T (Chinchilla's 20 tokens a parameter) = 5.88e23 FLOP.
    expect((reply.result as { flops: number }).flops).toBeCloseTo(6 * 70e9 * 1.4e12, -20);
  });

  it("我一個人用 8 張 H100 訓練 7B 1T (I alone, 8 H100s): 8 GPUs, 6 × 7B × 1T = 4.2e22 FLOP", () => {
    const reply = ask("我一個人用 8 張 H100 訓練 7B 1T 要多久", "zh-TW");
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; gpus: number };
    expect(r.flops).toBeCloseTo(4.2e22, -19);
    expect(r.gpus).toBe(8);
  });

  it("個人電腦 4090 能跑 8B 嗎 (a PC with a 4090): 8B on the GeForce RTX 4090", () => {
    const reply = ask("個人電腦 4090 能跑 8B 嗎", "zh-TW");
    expect(reply.ok).toBe(true);
    expect(said("個人電腦 4090 能跑 8B 嗎", "zh-TW")).toContain("4090");
  });

  it("500 個人 and 1000人 after a count are still users (serve's batch), quoted as typed", () => {
    const reply = ask("llama 3 8b 500 個人 H100", "zh-TW");
    expect(reply.command).toBe("serve");
    expect((reply.result as { throughput: { batch: number } }).throughput.batch).toBe(500);
    expect(said("1000人同時聊天 llama 3 70b 要幾張 H100", "zh-TW")).toContain("1000 人");
  });
});

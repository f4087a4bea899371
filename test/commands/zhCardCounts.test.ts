import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

type Plan = { gpus?: number; gpu?: string; seconds?: number };
const plan = (line: string) => ask(line, "zh-TW").result as Plan;
/** 6 · 7B · 1T / (GPUs × 989.4 TFLOP/s × 40% MFU), the NVIDIA H100 SXM5 datasheet's dense bf16 peak. */
const seconds = (gpus: number) => (6 * 7e9 * 1e12) / (gpus * 989.4e12 * 0.4);

describe("卡 counts GPUs as 張 does (16 卡 H100, 8卡A100): it was refused", () => {
  it.each([
    ["7B 1T 16 卡 H100", 16],
    ["16 卡 H100 7B 1T", 16],
    ["7B 1T 八卡 H100", 8],
  ])("%s: %i H100s", (line, gpus) => {
    const r = plan(line);
    expect(r.gpus).toBe(gpus);
    expect(r.gpu).toBe("NVIDIA H100 SXM5 80GB");
    expect(r.seconds).toBeCloseTo(seconds(gpus), -1);
  });

  it("7B 1T 8卡A100: 8 A100s (312 TFLOP/s dense bf16, NVIDIA A100 datasheet)", () => {
    const r = plan("7B 1T 8卡A100");
    expect(r.gpus).toBe(8);
    expect(r.gpu).toBe("NVIDIA A100 SXM4 80GB");
  });
});

describe("machines or nodes of cards each (兩台 8 卡, 2 個 8 卡節點) are their product, said", () => {
  it.each([
    "兩台 8 卡 H100 訓練 7B 模型 1T token 要幾天",
    "7B 1T 2 台 8 卡 H100",
    "2 個 8 卡節點 H100 7B 1T",
    "7B 1T 2 台機器各 8 張卡 H100",
  ])("%s: 2 × 8 = 16 H100s, with the note that says so", (line) => {
    const r = plan(line);
    expect(r.gpus).toBe(16);
    expect(r.seconds).toBeCloseTo(seconds(16), -1);
    expect(said(line, "zh-TW")).toContain("將 2 個節點 × 每節點 8 張解讀為 16 張 GPU");
  });

  it("a DGX still holds 8 (NVIDIA DGX H100 datasheet): 一台 DGX H100", () => {
    expect(plan("一台 DGX H100 訓練 7B 1T").gpus).toBe(8);
  });
});

describe("more cards than a node holds are the machines' total (2台16卡: 16 GPUs, nodes of 8)", () => {
  it("7B 1T 2台16卡 H100: 16 H100s, said as 2 nodes × 8", () => {
    expect(plan("7B 1T 2台16卡 H100").gpus).toBe(16);
    expect(said("7B 1T 2台16卡 H100", "zh-TW")).toContain("將 2 個節點 × 每節點 8 張解讀為 16 張 GPU");
  });
});

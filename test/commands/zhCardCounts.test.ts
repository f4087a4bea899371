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

describe("nodes, then the cards each holds (64 個節點、每節點 8 張): nodes of 8, as `64 nodes of 8 H100` (both were refused)", () => {
  it.each([
    "8B 15T 用 64 個節點、每節點 8 張 H100",
    "8B 15T 64 個節點，每個節點 8 張卡 H100",
    "8B 15T 用 64 台機器、每台 8 張 H100",
  ])("%s: 64 × 8 = 512 H100s, the English line's answer", (line) => {
    const english = ask("8B 15T 64 nodes of 8 H100").result as Plan;
    expect(english.gpus).toBe(512);
    const r = plan(line);
    expect(r.gpus).toBe(512);
    expect(r.seconds).toBe(english.seconds);
    expect(said(line, "zh-TW")).toContain("將 64 個節點 × 每節點 8 張解讀為 512 張 GPU");
  });

  it("64 個節點、每節點 8 張 H100 with no model: refused as `64 nodes of 8 H100` is (no model, budget or time), not as a node of unsaid size", () => {
    const reply = ask("64 個節點、每節點 8 張 H100", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe(ask("64 nodes of 8 H100").error?.key);
    expect(said("64 個節點、每節點 8 張 H100", "zh-TW")).not.toContain("每個節點幾張 GPU");
  });

  it("cards said per machine are never divided as a total: 2 台每台 16 張 H100 is 32 (a DGX-2 holds 16)", () => {
    expect(plan("7B 1T 2 台每台 16 張 H100").gpus).toBe(32);
    expect(plan("7B 1T 2 台機器各 16 張卡 H100").gpus).toBe(32);
  });
});

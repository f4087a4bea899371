import { describe, expect, it } from "vitest";
import { ask, rendered, result } from "./helpers.ts";

const unused = (line: string) =>
  ask(line)
    .notes.filter((note) => note.key === "read.unused")
    .map((note) => note.params?.option);
const readNames = (line: string) => ask(line).readAs?.items.map((item) => item.option) ?? [];

/** H100 SXM5 dense bf16 peak, 989.4 TFLOP/s (NVIDIA H100 datasheet). */
const H100_BF16 = 989.4e12;

describe("a price is read only where a cost is worked out", () => {
  it("without a GPU there is no cost yet: price= is read and the warning names the GPU it needs (not “does not depend on it”)", () => {
    // `cost of training 7B on 2T tokens at $2/h`: cost = GPU-hours × price, and GPU-hours need a GPU's peak.
    for (const line of ["70B 15T price=$2/h", "cost of training 7B on 2T tokens at $2/h"]) {
      expect(unused(line)).toEqual([]);
      expect(readNames(line)).toContain("price");
      expect(ask(line).warnings.map((w) => w.params?.options)).toEqual(["price="]);
      expect(result(line).costUsd).toBeUndefined();
    }
    expect(result("70B 15T price=$2/h").computeFlops).toBe(result("70B 15T").computeFlops);
  });

  it("a hardware budget (gpu-hours, no model) has a cost: GPU-hours × price, 1M × $2", () => {
    expect(unused("compute gpu=H100 gpu-hours=1M price=$2/h")).toEqual([]);
    expect(result("compute gpu=H100 gpu-hours=1M price=$2/h").costUsd).toBe(2e6);
  });

  it("with a GPU the cost is GPU-hours × price: 6ND / (peak × MFU) / 3600 × $2", () => {
    const line = "70B 15T gpu=H100 gpus=512 price=$2/h";
    expect(unused(line)).toEqual([]);
    const gpuHours = (6 * 70e9 * 15e12) / (H100_BF16 * 0.4) / 3600;
    expect(result(line).costUsd).toBeCloseTo(gpuHours * 2, 0);
    // One price per GPU, or one for all: three prices for two GPUs is still refused.
    expect(ask("70B 15T gpu=h100,a100 price=$2/h,$1/h,$3/h").error?.key).toBe("compute.priceCount");
  });
});

describe("questions in Traditional Chinese that were refused", () => {
  it("跑 30 天 (run for 30 days)", () => {
    const r = result("訓練 70B 15T 用 512 張 H100 跑 30 天");
    expect(ask("訓練 70B 15T 用 512 張 H100 跑 30 天").readAs).toMatchObject({ command: "compute" });
    expect(r.gpus).toBe(512);
    // 512 GPUs × 30 days × 86,400 s at the H100's bf16 peak: the MFU that 6ND implies.
    expect(r.impliedMfu.sixN).toBeCloseTo((6 * 70e9 * 15e12) / (512 * 30 * 86400 * H100_BF16), 6);
  });

  it.each(["每張每小時 2 美元", "每張卡每小時 2 美元", "每小時 2 美元"])(
    "70B 15T H100 512張 %s: 2 dollars per GPU-hour, not a second GPU count",
    (price) => {
      const r = result(`70B 15T H100 512張 ${price}`);
      expect(r.gpus).toBe(512);
      expect(r.costUsd).toBeCloseTo(r.gpuHours * 2, 0);
    },
  );

  it("花多少錢 (what does it cost) is a question, not a word to refuse", () => {
    expect(ask("70B 15T 512 張 H100 花多少錢").ok).toBe(true);
  });
});

describe("lora and qlora are mode words, like train and serve", () => {
  it.each([
    ["7B rtx4090 lora", "lora"],
    ["cards 7B rtx4090 qlora", "qlora"],
  ])("%s → cards mode=%s", (line, mode) => {
    const reply = ask(line);
    expect(reply.command).toBe("cards");
    expect(reply.result?.mode).toBe(mode);
  });
});

describe("layout errors say what is wrong, with no placeholder left in", () => {
  it("tp=3 without heads: a power of two (it said 'dividing heads=?')", () => {
    for (const line of ["serve 8B gpu=H100 tp=3", "cards 70B gpu=H100 tp=3"]) {
      expect(ask(line).error, line).toMatchObject({ key: "cards.badTpPower", params: { tp: 3 } });
      expect(rendered(line).error).toBe("tp=3 must be a power of two, e.g. tp=8.");
      expect(rendered(line, "zh-TW").error).not.toContain("?");
    }
    // With heads known, the rule names them: 64 heads (Llama 2 70B) take tp 1, 2, 4, 8.
    expect(ask("serve 70B gpu=H100 heads=64 tp=3").error).toMatchObject({
      key: "cards.badTp",
      params: { tp: 3, heads: 64 },
    });
  });
});

describe("keys typed with spaces or a command-line habit", () => {
  // 70B on 15T on 512 H100 at 40% MFU: 6ND / (512 × 989.4e12 × 0.4) s.
  const seconds = (6 * 70e9 * 15e12) / (512 * H100_BF16 * 0.4);

  it.each([
    "70B 15T gpu = H100 gpus = 512",
    "70B 15T gpu= H100 gpus= 512",
    "70B 15T gpu =H100 gpus =512",
    "70B 15T --gpu H100 --gpus 512",
    "70B 15T --gpu=H100 --gpus=512",
  ])("%s is 512 H100", (line) => {
    const r = result(line);
    expect(r.gpu).toBe("NVIDIA H100 SXM5 80GB");
    expect(r.gpus).toBe(512);
    expect(r.seconds).toBeCloseTo(seconds, 0);
  });

  it("gpu= with nothing after it still needs a value; a lone = after a number is not a key", () => {
    expect(ask("70B 15T gpu=").error?.key).toBe("args.emptyValue");
    expect(ask("70B 15T = H100").ok).toBe(false);
    expect(ask("70B 15T = H100").error?.key).not.toBe("args.unknownKey");
  });
});

import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

/** NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16. */
const H100 = 989.4e12;

describe("a label with a colon opening the line (`Q:`, `Question:`, `note:`) is no run's name", () => {
  it.each([
    ["Q: how long to train 7B on 2T with 64 H100", "Q:", "how long to train 7B on 2T with 64 H100"],
    [
      "Question: how long to train 7B on 2T with 64 H100",
      "Question:",
      "how long to train 7B on 2T with 64 H100",
    ],
    ["q: mfu 70B 2T 1024 H100 21 days", "q:", "mfu 70B 2T 1024 H100 21 days"],
    ["note: 7B 2T 64 H100", "note:", "7B 2T 64 H100"],
    ["Re: 7B 2T", "Re:", "7B 2T"],
  ])("%s: the label is named as typed and the Try line is the question after it", (line, label, rest) => {
    const out = said(line);
    expect(out).toContain(`“${label}”`);
    expect(out).not.toContain("I don't know the run");
    expect(out).toContain(`Try: /flops ${rest}`);
  });

  it("zh-TW 問題: the Try line is the question after the label", () => {
    expect(said("問題: 7B 2T 要多久 64 張 H100", "zh-TW")).toContain("試試：/flops 7B 2T 要多久 64 張 H100");
  });

  it("the Try line answers 6 × 7B × 2T = 8.4e22 FLOP over 64 H100 at 40% (Kaplan et al. 2020: C ≈ 6ND)", () => {
    const reply = ask("how long to train 7B on 2T with 64 H100");
    const r = reply.result as { gpus: number; seconds: number; flops: number };
    expect(r.flops).toBeCloseTo(8.4e22, -19);
    expect(r.seconds).toBeCloseTo(8.4e22 / (64 * H100 * 0.4), -2);
  });

  it("a command named with a colon stays that command (mfu: 70B …)", () => {
    expect(ask("mfu: 70B 2T 2048 A100 21 days").command).toBe("mfu");
  });
});

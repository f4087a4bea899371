import { describe, expect, it } from "vitest";
import { flopUnit } from "../../src/core/flopUnits.ts";
import { ask, json, result, said } from "./helpers.ts";

/** SI prefixes (BIPM, The International System of Units, 9th ed., Table 7). */
const [PETA, EXA, ZETTA, YOTTA] = [1e15, 1e18, 1e21, 1e24];
/** A FLOP/s-day: the rate for 86,400 s (Brown et al. 2020, Table D.1, for the petaflop/s-day). */
const DAY = 86_400;

describe("a budget in a prefixed unit of FLOP is that many FLOP (each was 'I don't know what “zettaFLOP” means')", () => {
  it.each([
    ["chinchilla budget=1 zettaFLOP", ZETTA],
    ["chinchilla budget=10 ZFLOP", 10 * ZETTA],
    ["chinchilla budget=10ZFLOP", 10 * ZETTA],
    ["chinchilla budget=1e3 EFLOP", 1e3 * EXA],
    ["chinchilla for 1e3EFLOP", 1e3 * EXA],
    ["chinchilla for 1 yottaflop", YOTTA],
    ["chinchilla for 500 exaFLOPs", 500 * EXA],
    ["chinchilla budget=1 zetta", ZETTA],
    ["chinchilla for 1 exaFLOP-day", EXA * DAY],
    ["chinchilla for 1 exaflop day", EXA * DAY],
    ["chinchilla budget=2 EFLOP/s-days", 2 * EXA * DAY],
    ["chinchilla for 2 EFLOP/s days", 2 * EXA * DAY],
    ["chinchilla for 3.14e23FLOPs", 3.14e23],
  ])("%s: C = %d FLOP, N* = √(C / 120) (Hoffmann et al. 2022)", (line, flop) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    const r = reply.result as { flops: number; params: number };
    expect(r.flops / flop).toBeCloseTo(1, 12);
    expect(r.params / Math.sqrt(flop / 120)).toBeCloseTo(1, 9);
  });

  it("says how the unit was read, in English and in Chinese", () => {
    expect(said("chinchilla for 10 ZFLOP")).toContain("Read 10 ZFLOP as 1e22 FLOP: its prefix is × 1e21.");
    expect(said("chinchilla for 10 ZFLOP", "zh-TW")).toContain("將 10 ZFLOP 解讀為 1e22 FLOP");
    expect(said("chinchilla for 1 exaFLOP-day")).toContain(
      "Read 1 exaFLOP-day as 8.64e22 FLOP: one is 1e18 FLOP/s for 86,400 s",
    );
    expect(said("chinchilla for 1 exaFLOP-day", "zh-TW")).toContain("1e18 FLOP/s 持續 86,400 秒");
  });

  it("compute's flops= and a budget on GPUs: 1 ZFLOP on 1024 H100 at 989.4 TFLOP/s dense bf16, 40% MFU (H100 datasheet)", () => {
    expect(result("compute flops=1 zettaFLOP").flops).toBeCloseTo(ZETTA, -6);
    const r = result("1 zettaFLOP on 1024 H100");
    expect(r.flops).toBeCloseTo(ZETTA, -6);
    expect(r.seconds).toBeCloseTo(ZETTA / (1024 * 989.4e12 * 0.4), 0);
  });

  it("mfu's model FLOP: 1 ZFLOP typed is the 1e21 it reads", () => {
    const answer = json("mfu 70B 2T gpu=H100 gpus=1024 days=30 model-flops=1 zettaFLOP") as unknown as {
      ok: boolean;
      readAs: Record<string, number>;
    };
    expect(answer.ok).toBe(true);
    expect(answer.readAs["model-flops"]).toBe(ZETTA);
  });

  it("a command with no budget refuses it as compute, naming it as typed", () => {
    const reply = ask("cards 1 zettaFLOP");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.flopNotHere");
    expect(said("cards 1 zettaFLOP")).toContain("“1 zettaFLOP” is compute");
  });

  it.each(["chinchilla for 1e24 FLOP/s", "chinchilla budget=2 EFLOP/s", "compute flops=5 PFLOPS/sec"])(
    "%s: a rate is no amount of FLOP, refused with an example, in the asker's language",
    (line) => {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("read.flopRate");
      expect(said(line)).toContain("is a rate (FLOP per second), not an amount of compute");
      expect(said(line)).toMatch(/budget=3\.14e23|flops=1e25/);
      expect(said(line, "zh-TW")).toContain("是速率");
    },
  );
});

describe("flopUnit", () => {
  it("reads spelled and lettered prefixes, days and rates; never tera, a bare letter or `pf`", () => {
    expect(flopUnit("PF-days")).toEqual({ flop: PETA * DAY, power: 15, day: true, rate: false });
    expect(flopUnit("petaflop/s-days")?.flop).toBe(PETA * DAY);
    expect(flopUnit("ZFLOPs")).toEqual({ flop: ZETTA, power: 21, day: false, rate: false });
    expect(flopUnit("EFLOP/s")).toEqual({ flop: EXA, power: 18, day: false, rate: true });
    expect(flopUnit("flop/s")?.rate).toBe(true);
    for (const word of ["tflops", "TFLOP/s", "pf", "e", "flops", "zettabytes", "exam"])
      expect(flopUnit(word)).toBeUndefined();
  });
});

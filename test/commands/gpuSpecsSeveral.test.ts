import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

type Found = { gpus: { id: string; peakFlops: Record<string, number> }[] };
const found = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.command).toBe("gpus");
  expect(reply.ok).toBe(true);
  return (reply.result as Found).gpus;
};
// Dense bf16 peaks: NVIDIA H100 datasheet (SXM5 989.4 TFLOP/s), A100 datasheet (312 TFLOP/s),
// AMD Instinct MI300X datasheet (1,307.4 TFLOP/s).
const peakOf = (gpus: Found["gpus"], id: string) => gpus.find((gpu) => gpu.id === id)?.peakFlops.bf16;

describe("several GPUs' figures asked at once (`peak of H100 and A100`): each card's catalog line", () => {
  it.each([
    "what's the peak of H100 and A100",
    "H100 and A100 peak",
    "H100 vs A100 specs",
    "H100, A100 bf16 tflops",
  ])("%s → gpus: H100 SXM5 989.4 and A100 312 TFLOP/s dense bf16", (line) => {
    const gpus = found(line);
    expect(peakOf(gpus, "h100-sxm")).toBe(989.4e12);
    expect(peakOf(gpus, "a100-80gb-sxm")).toBe(312e12);
    // Nothing but the two families named.
    expect(gpus.every((gpu) => /^(h100|a100)-/.test(gpu.id))).toBe(true);
  });

  it("zh-TW: H100 和 A100 的峰值 is the same question, answered in zh-TW", () => {
    const gpus = found("H100 和 A100 的峰值", "zh-TW");
    expect(peakOf(gpus, "h100-sxm")).toBe(989.4e12);
    expect(peakOf(gpus, "a100-80gb-sxm")).toBe(312e12);
    expect(ask("H100 和 A100 的峰值", "zh-TW").lang).toBe("zh-TW");
  });

  it("the gpus command takes a list (`gpus H100 A100`, `gpus h100, mi300x`), shown as read", () => {
    expect(peakOf(found("gpus H100 A100"), "a100-80gb-sxm")).toBe(312e12);
    const gpus = found("gpus h100, mi300x");
    expect(peakOf(gpus, "mi300x")).toBe(1307.4e12);
    expect(peakOf(gpus, "h100-sxm")).toBe(989.4e12);
    expect(said("gpus h100, mi300x")).toContain("h100, mi300x");
  });

  it("a list with a name that is no GPU is refused whole, naming it, never answered in part", () => {
    const reply = ask("gpus H100 foo");
    expect(reply.ok).toBe(false);
    expect(said("gpus H100 foo")).toContain("H100 foo");
  });

  it.each(["H100 vs A100", "h100 vs a100?", "H100 and A100", "H100 跟 A100 差在哪"])(
    "GPU names and nothing else (%s): their catalog lines side by side",
    (line) => {
      const gpus = found(line, /\p{Script=Han}/u.test(line) ? "zh-TW" : "en");
      expect(peakOf(gpus, "h100-sxm")).toBeCloseTo(989.4e12, -9);
      expect(peakOf(gpus, "a100-80gb-sxm")).toBeCloseTo(312e12, -9);
    },
  );

  it.each(["H20", "tpu v5e", "a100 40gb"])("one GPU named alone (%s): its catalog line", (line) => {
    expect(found(line).length).toBeGreaterThan(0);
  });

  it("a GPU with a count, a plan's words or an option is no catalog question", () => {
    for (const line of ["8 H100", "how long on H100", "gpu=H100", "70B 15T H100 vs A100"])
      expect(ask(line).command).not.toBe("gpus");
  });
});

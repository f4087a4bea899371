import { describe, expect, it } from "vitest";
import { formulaText } from "../../src/reply/formula.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask, said } from "./helpers.ts";

const rowOf = (reply: Reply, label: string) => reply.rows.find((r) => r.label.key === label);

// PaLM 540B (Chowdhery et al. 2022, §4.1 / App. B): 238.3K tokens/s on 6,144 TPU v4 (275 TFLOP/s bf16),
// 46.2% MFU with attention. From a throughput the model work is FLOP per second of the whole cluster.
describe("mfu from a throughput labels its work FLOP/s, per cluster", () => {
  it("mfu palm: Model FLOP/s, whole cluster ≈ 773 PFLOP/s = 238.3K × 6 × 540B; MFU over GPUs × peak", () => {
    const reply = ask("mfu palm");
    const work = rowOf(reply, "row.modelFlopRate");
    expect(work?.value).toEqual({ kind: "flopRate", value: expect.any(Number) });
    if (work?.value.kind !== "flopRate") throw new Error("no FLOP/s row");
    expect(work.value.value / (238_300 * 6 * 540e9)).toBeCloseTo(1, 2);
    expect(rowOf(reply, "row.modelFlops")).toBeUndefined();
    const mfu6N = rowOf(reply, "row.mfu6N");
    expect(mfu6N?.formula && formulaText(mfu6N.formula)).toMatch(
      /^6N FLOP\/s \/ \(GPUs × peak\) = 773P \/ \(6,144 × 275T\)$/,
    );
    const text = said("mfu palm");
    expect(text).toContain("Model FLOP/s, whole cluster");
    expect(text).toContain("FLOP/s / GPUs");
    expect(text).not.toContain("GPU-s × peak");
    expect(said("mfu palm", "zh-TW")).toContain("模型 FLOP/s (整個叢集)");
  });

  it("tokens-per-gpu= is a rate too: 900 tokens/s × 6 × 70B = 378 TFLOP/s on one H100 (989.4T dense) → 38.2%", () => {
    const reply = ask("mfu 70B gpu=H100 tokens-per-gpu=900");
    const work = rowOf(reply, "row.modelFlopRate");
    expect(work?.value.kind).toBe("flopRate");
    expect((reply.result?.mfu as number) / ((900 * 6 * 70e9) / 989.4e12)).toBeCloseTo(1, 9);
  });

  it("a run (tokens over GPU-hours) keeps FLOP and GPU-seconds", () => {
    const reply = ask("mfu 70B 2T gpu=H100 gpus=512 days=30");
    expect(rowOf(reply, "row.modelFlops")?.value.kind).toBe("flop");
    expect(said("mfu 70B 2T gpu=H100 gpus=512 days=30")).toContain("GPU-s × peak");
  });
});

describe("a measured rate's verb (`we process`, `we achieve`) is no word to refuse", () => {
  it.each([
    "we process 1.2M tokens/s on 512 H100 for a 70B model, what's our mfu",
    "we achieve 1.2M tokens/s on 512 H100 for a 70B model, what's our mfu",
    "we sustain 1.2M tokens/s on 512 H100 training a 70B model, mfu?",
  ])("%s: MFU = 1.2M × 6 × 70B / (512 × 989.4 TFLOP/s) = 99.5%, warned of", (line) => {
    const reply = ask(line);
    expect(reply.command).toBe("mfu");
    // NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16.
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo((1.2e6 * 6 * 70e9) / (512 * 989.4e12), 4);
    expect(reply.warnings.map((w) => w.key)).toContain("mfu.suspicious");
  });
});

describe("an achieved TFLOP/s per GPU is judged as any MFU: above 60% suspicious, above the peak impossible", () => {
  // NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s dense bf16.
  it("what mfu is 1200 tflops on h100: 1200 / 989.4 = 121%, warned impossible", () => {
    const reply = ask("what mfu is 1200 tflops on h100");
    expect((reply.result as { mfu: number }).mfu).toBeCloseTo(1200 / 989.4, 6);
    expect(reply.warnings.map((w) => w.key)).toContain("mfu.impossible");
  });

  it("mfu gpu=H100 tflops=700: 70.7%, warned suspicious; tflops=400 (40.4%) is not", () => {
    expect(ask("mfu gpu=H100 tflops=700").warnings.map((w) => w.key)).toContain("mfu.suspicious");
    expect(ask("mfu gpu=H100 tflops=400").warnings).toEqual([]);
  });

  it("a plan at 1200 TFLOP/s per H100 is refused, as an MFU above 100% typed is", () => {
    const reply = ask("70B 2T on 512 H100 at 1200 tflops per gpu");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.achievedOverPeak");
    expect(said("70B 2T on 512 H100 at 1200 tflops per gpu")).toContain("peak of 989.4 TFLOP/s (MFU 121.3%)");
  });
});

describe("an achieved rate past any number refuses without Infinity", () => {
  it("H100 tflops=1e300: out of range; tflops=1e20 names it as typed, its MFU 1.01e19%", () => {
    expect(ask("H100 tflops=1e300").error?.key).toBe("result.outOfRange");
    const shown = said("70B 2T on 512 H100 tflops=1e20");
    expect(shown).toContain("1e20 TFLOP/s per GPU");
    expect(shown).toContain("MFU 1.01e19%");
    expect(shown).not.toContain("Infinity");
  });
});

describe("a rate verb in a serving question stays serving's (`we process 5000 tokens/s serving 70B`)", () => {
  it.each(["we process 5000 tokens/s serving 70B on 8 H100", "we sustain 2000 tok/s llama-3-8b on 1 H100"])(
    "%s: never a training plan nor an MFU of a training run",
    (line) => {
      const reply = ask(line);
      expect(reply.ok && (reply.command === "compute" || reply.command === "mfu")).toBe(false);
    },
  );
});

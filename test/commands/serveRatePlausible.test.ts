import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

/**
 * A request rate is per second. Llama 3 70B on TP 4 H100 serves about 9 requests/s a replica at the
 * README's 1k + 256 tokens (its own row), so 1e9 requests/s needs ~4.4 × 10⁸ H100: thousands of times
 * the largest AI clusters built (xAI's Colossus, 100,000 H100 in 2024; Meta's Llama 3 clusters were
 * 24,576 GPUs, Llama Team 2024 §3.3). The answer is kept, with a warning naming the likely slip.
 */
describe("serve … rate= warns when the rate needs more GPUs than any cluster holds", () => {
  it("rate=1e9 on Llama 3 70B: hundreds of millions of H100, warned in both languages", () => {
    const gpus = result("serve llama-3-70b gpu=H100 rate=1e9").throughput.gpus;
    expect(gpus).toBeGreaterThan(4e8);
    expect(gpus).toBeLessThan(5e8);
    expect(said("serve llama-3-70b gpu=H100 rate=1e9")).toContain(
      "more than the 100K of the largest AI clusters built",
    );
    expect(said("serve llama-3-70b gpu=H100 rate=1e9", "zh-TW")).toContain("比目前最大的 AI 叢集");
  });

  it("the formula states the replicas exactly, grouped (gpus = replicas × 4), never as raw digits or rounded", () => {
    const r = result("serve llama-3-70b gpu=H100 rate=1e6").throughput;
    expect(r.gpus).toBe(r.replicas * 4);
    const grouped = new Intl.NumberFormat("en-US").format(r.replicas);
    expect(said("serve llama-3-70b gpu=H100 rate=1e6")).toContain(
      `= ${grouped} × (4 NVIDIA H100 SXM5 80GB a replica)`,
    );
  });

  it("the README's rate=20 (12 H100) and a daily count in its unit (rate=1M/day) are not warned", () => {
    expect(result("serve llama-3-70b gpu=H100 rate=20").throughput.gpus).toBe(12);
    expect(said("serve llama-3-70b gpu=H100 rate=20")).not.toContain("largest AI clusters");
    expect(said("serve llama-3-70b gpu=H100 rate=1M/day")).not.toContain("largest AI clusters");
  });
});

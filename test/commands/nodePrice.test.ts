import { describe, expect, it } from "vitest";
import { ask, rendered, result } from "./helpers.ts";

/**
 * A price per node (`$16/hr per node`) was read as $16 per GPU-hour, `per node` dropped: a plan's
 * cost came out 8 times too high on 8-GPU nodes. It is refused, with the line at the price per
 * GPU-hour of a node of 8 (HGX and DGX H100 hold 8 GPUs: NVIDIA DGX H100 datasheet).
 */
describe("a price per node is refused, never read as a price per GPU-hour", () => {
  it.each([
    ["7b 1T 64 h100 $16/hr per node", "$2/h"],
    ["7b 1T 64 h100 $16/node-hour", "$2/h"],
    ["7b 1T 64 h100 $16 per node-hour", "$2/h"],
    ["7b 1T 64 h100 $16/hr/node", "$2/h"],
    ["7b 1T 64 h100 $16 per hour per node", "$2/h"],
    ["70B 2T on 64 h100 at $16 an hour per node", "$2/h"],
    ["7b 1T 64 h100 $98/h per server", "$12.25/h"],
    ["7b 1T 64 h100 price=$20/h per node", "$2.5/h"],
  ])("%s: refused, the line at %s per GPU-hour to try", (line, perGpu) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("read.pricePerNode");
    const shown = rendered(line);
    expect(shown.error).toContain("per node");
    expect(shown.error).toContain(`${perGpu} per GPU-hour`);
    const tried = shown.hint?.match(/\/flops (.*)$/)?.[1] ?? "";
    expect(tried).toContain(perGpu);
    expect(tried).not.toContain("node");
  });

  it("the line offered answers at the price per GPU: 64 H100 for 7B × 1T at $2/h costs GPU-hours × $2", () => {
    const tried = rendered("7b 1T 64 h100 $16/hr per node").hint?.match(/\/flops (.*)$/)?.[1] ?? "";
    const r = result(tried);
    // 6 × 7e9 × 1e12 / (989.4e12 × 0.4) / 3600 GPU-hours (NVIDIA H100 SXM5 datasheet, MFU 40% assumed).
    const gpuHours = (6 * 7e9 * 1e12) / (989.4e12 * 0.4) / 3600;
    expect(r.gpuHours).toBeCloseTo(gpuHours, -1);
    expect(r.costUsd).toBeCloseTo(gpuHours * 2, -2);
  });

  it("zh-TW: said in Chinese, with the price per GPU", () => {
    const shown = rendered("7b 1T 64 h100 $16/hr per node", "zh-TW");
    expect(shown.error).toContain("每個節點的價格");
    expect(shown.error).toContain("$2/h");
  });

  it.each(["7b 1T 64 h100 $2/hr per gpu", "7b 1T 64 h100 $2/hr per H100", "7b 1T 64 h100 $2/h"])(
    "a price per GPU still reads: %s costs GPU-hours × 2 dollars",
    (line) => {
      const r = result(line);
      expect(r.costUsd).toBeCloseTo(r.gpuHours * 2, 0);
    },
  );
});

describe("what the node-price refusal leaves alone, and the node's size said", () => {
  it("a price typed per GPU-hour stays one: $2/gpu/hr per node costs GPU-hours × 2 dollars", () => {
    const r = result("70B 2T on 128 H100 at $2/gpu/hr per node");
    expect(r.costUsd).toBeCloseTo(r.gpuHours * 2, 0);
  });

  it("nodes of 4 A100 at $8/hr per node: the line at $2/h (8 / 4), never $1/h", () => {
    const shown = rendered("70B 2T on 32 nodes of 4 A100 at $8/hr per node");
    expect(shown.error).toContain("With 4 GPUs a node");
    expect(shown.hint).toContain("$2/h");
  });

  it("a command that reads no cost still answers, the node price named as not used", () => {
    const reply = ask("serve llama-3-70b on 8 H100 at $16/hr per node rate=10");
    expect(reply.ok).toBe(true);
  });
});

/**
 * `70B 2T gpu=H100 gpu=A100` is refused as gpu given twice (never read as the last one); its Try
 * line was compute's example, `175B 300B gpu=A100 gpus=1024 price=$2/h`: another size on one of
 * the two GPUs. It is now the asker's line with both GPUs side by side, which compute answers.
 */
import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { ask, errorOf } from "./helpers.ts";

function tryLine(line: string): string {
  const hint = localize(ask(line, "en"), "en").hint ?? "";
  const at = hint.indexOf("/flops ");
  expect(at, hint).toBeGreaterThanOrEqual(0);
  return hint.slice(at + "/flops ".length).trim();
}

describe("a GPU given twice to compute", () => {
  it.each([
    ["70B 2T gpu=H100 gpu=A100", "70B 2T gpu=H100,A100"],
    ["gpu=H100 70B 2T gpu=a100", "gpu=H100,a100 70B 2T"],
  ])("%s: refused, and tried as %s, answered for both GPUs (6 · 70B · 2T = 8.4e23 FLOP)", (line, tried) => {
    expect(errorOf(line).key).toBe("args.twice");
    expect(tryLine(line)).toBe(tried);
    const answer = ask(tried, "en");
    expect(answer.ok).toBe(true);
    expect(answer.result?.flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
    expect(answer.result?.byGpu).toHaveLength(2);
  });

  it("a command of one GPU is not offered a list: mfu keeps an example that answers", () => {
    const line = "mfu 175B 300B gpu=H100 gpu=A100 gpu-hours=1M";
    expect(errorOf(line).key).toBe("args.twice");
    expect(tryLine(line)).not.toContain("H100,A100");
    expect(ask(tryLine(line), "en").ok).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, said } from "./helpers.ts";

type Answer = { ok: boolean; command: string; readAs: Record<string, unknown>; result: Record<string, unknown> };
const answer = (line: string, lang: "en" | "zh-TW" = "en") => toJson(ask(line, lang), lang) as Answer;

describe("fresh eyes: Slack phrasings that were misread", () => {
  it("gpu hours for llama 2 7b asks for the run's GPU time, not the GPU catalog for a GPU named “hours for …”", () => {
    const line = "gpu hours for llama 2 7b";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.command).toBe("compute");
    expect(reply.result.gpuHours).toBe(184320);
  });

  it("gpu days for 7B 2T on H100 is the plan's GPU time (6 × 7B × 2T at 40% MFU)", () => {
    const line = "gpu days for 7B 2T on H100";
    const reply = answer(line);
    expect(reply.ok, said(line)).toBe(true);
    expect(reply.readAs.params).toBe(7e9);
    expect(reply.result.gpuHours as number).toBeCloseTo((6 * 7e9 * 2e12) / (989.4e12 * 0.4) / 3600, -1);
    expect(said(line)).toContain("gpu days");
  });

  it("gpu h100 is still the catalog's line", () => {
    expect(answer("gpu h100").command).toBe("gpus");
  });
});

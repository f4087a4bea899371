import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

// DeepSeek-AI 2024, DeepSeek-V3 Technical Report, Table 1: 2,788K H800 GPU-hours in total.
describe("DeepSeek-V3's 2.788M total typed to compute, asked with doubt in the words", () => {
  const lines = [
    "did deepseek v3 really use only 2.788M H800 GPU hours",
    "could deepseek v3 have been trained in 2.788M H800 hours",
    "is deepseek v3 actually trained on 2.788M H800 hours",
  ];

  it.each(lines)("%s: read, not refused over an adverb", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("compute");
    expect((reply.result as Record<string, number>).gpuHours).toBe(2.788e6);
  });
});

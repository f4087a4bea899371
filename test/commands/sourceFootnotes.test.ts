import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

const urls = (line: string) => ask(line).sources.map((s) => s.url);

describe("each paper is one footnote, however many of its sections an answer cites", () => {
  it("mfu palm cites PaLM (arXiv 2204.02311) once, for its MFU definition, Table 1, §4 and Appendix B", () => {
    const cited = urls("mfu palm");
    expect(cited.filter((url) => url === "https://arxiv.org/abs/2204.02311")).toHaveLength(1);
    // Kaplan et al. 2020 for 6N and the TPU v4 page for the 275 TFLOP/s bf16 peak stay cited.
    expect(cited).toEqual(
      expect.arrayContaining(["https://arxiv.org/abs/2001.08361", "https://cloud.google.com/tpu/docs/v4"]),
    );
  });

  it.each([
    "compare gpt-3 chinchilla llama-3-405b",
    "llama-3-8b 15T",
    "cards llama-3-70b gpu=H100 mode=train",
    "mfu deepseek-v3",
    "gpus h100",
    "model palm",
    "model gpt-3",
    "model chinchilla",
    "model deepseek-v3",
  ])("%s lists no url twice", (line) => {
    const cited = urls(line);
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(cited).size).toBe(cited.length);
  });
});

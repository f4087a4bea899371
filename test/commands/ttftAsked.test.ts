import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

// Prefill of a P-token prompt: P · (2N + 2·L·P·d_attn) / (t · peak · MFU) (PaLM App. B, causal
// average P/2), at 40% MFU on the H100 SXM5's 989.4 TFLOP/s dense bf16 (NVIDIA datasheet).
// Meta-Llama-3-8B config.json: 32 layers, 32 heads × 128 = d_attn 4096; 8,030,261,248 parameters.
const prefill = (prompt: number) =>
  (prompt * (2 * 8_030_261_248 + 2 * 32 * prompt * 4096)) / (989.4e12 * 0.4);

type Served = { throughput: { prefillSeconds: number; promptTokens: number } };

describe("time to first token (TTFT, 首字延遲) is serve's prefill time for one prompt, said in a note", () => {
  it.each([
    ["time to first token for llama 3 8b on H100 with 2k prompt", "en"],
    ["TTFT of llama 3 8b on H100 at 2k prompt", "en"],
    ["llama 3 8b 在 H100 上 2k prompt 的首字延遲", "zh-TW"],
  ] as const)("%s: prefill of 2,048 tokens", (line, lang) => {
    const reply = ask(line, lang);
    expect(reply.ok).toBe(true);
    expect(reply.command).toBe("serve");
    const r = reply.result as Served;
    expect(r.throughput.promptTokens).toBe(2048);
    expect(r.throughput.prefillSeconds).toBeCloseTo(prefill(2048), 6);
    expect(reply.notes.map((note) => note.key)).toContain("read.ttftAsked");
  });

  it("the note says what was left out, in either language", () => {
    expect(said("TTFT of llama 3 8b on H100 at 2k prompt")).toContain("no queueing or network time");
    expect(said("llama 3 8b 在 H100 上 2k prompt 的首字延遲", "zh-TW")).toContain("不含排隊與網路時間");
  });

  it("`2k prompt` and `512 output` set the request's tokens, as prompt=2k and generate=512 do", () => {
    const reply = ask("serve llama 3 8b on H100 with 2k prompt");
    expect((reply.result as Served).throughput.promptTokens).toBe(2048);
  });
});

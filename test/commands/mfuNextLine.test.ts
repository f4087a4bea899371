import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

const hintOf = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, line).toBe(true);
  return reply.hint?.key;
};

describe("mfu's Next line offers only what the question did not set (HFU by recompute, the other precision)", () => {
  it("the seed's DeepSeek-V3 in fp8 is not offered precision=fp8 again, but bf16", () => {
    expect(hintOf("mfu 671B 14.8T active=37B gpu=H800 gpu-hours=2.664M precision=fp8")).toBe(
      "hint.mfuRecomputeOrBf16",
    );
  });

  it("GPT-3 on A100 in 34 days (bf16 by default): recompute or fp8, as before; with recompute, fp8 only", () => {
    expect(hintOf("mfu 175B 300B gpu=A100 gpus=1024 days=34")).toBe("hint.mfu");
    expect(hintOf("mfu 175B 300B gpu=A100 gpus=1024 days=34 recompute")).toBe("hint.mfuFp8Only");
    expect(hintOf("mfu 70B 1.4T gpu=H100 gpus=1024 days=20 recompute precision=fp8")).toBe("hint.mfuBf16");
  });
});

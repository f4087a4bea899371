import { describe, expect, it } from "vitest";
import { ask, rendered, result } from "./helpers.ts";

describe("an option given twice is never read as the last one", () => {
  it.each([
    ["70B 15T gpu=H100 gpu=A100", "gpu", "H100", "A100"],
    ["70B 15T H100 A100", "gpu", "H100", "A100"],
    ["70B 15T 512 H100 gpus=256", "gpus", "512", "256"],
    // `3 days 4 hours` is one duration in two parts (largest unit first); smaller first is two.
    ["7B 2T 8 H100 4 hours 3 days", "days", "4 hours", "3 days"],
    ["7B 2T 8 H100 days=3 4 hours", "days", "3", "4 hours"],
    ["70B 15T gpu=H100 mfu=40% mfu=50%", "mfu", "40%", "50%"],
    ["cards 70B gpu=H100 precision=fp8 int4", "precision", "fp8", "int4"],
    ["mfu 70B 15T gpu=H100 gpus=512 days=30 days=40", "days", "30", "40"],
  ])("%s → refused, naming %s and both values", (line, option, first, second) => {
    const reply = ask(line);
    expect(reply.ok, line).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.error).toMatchObject({ key: "args.twice", params: { option, first, second } });
    expect(rendered(line).error).toBe(`${option} is given twice, as ${first} and ${second}: give it once.`);
    expect(rendered(line, "zh-TW").error).toBe(
      `${option} 給了兩次，分別是 ${first} 和 ${second}：請只給一次。`,
    );
  });

  it("the same value twice is one value", () => {
    expect(ask("70B 15T H100 gpu=H100").ok).toBe(true);
    expect(result("70B 15T H100 gpu=H100").flops).toBe(6 * 70e9 * 15e12);
    // Names are read without regard to case: H100 and h100 are the same card.
    expect(ask("70B 15T gpu=H100 gpu=h100").ok).toBe(true);
    expect(result("70B 15T gpu=H100 gpu=h100").gpu).toBe("NVIDIA H100 SXM5 80GB");
  });

  it("a positional word does not overwrite the option a key gave: 70B params 15T is 70B parameters on 15T tokens", () => {
    // 6 · N · D = 6 × 70e9 × 15e12 = 6.3e24 FLOP (Kaplan et al. 2020, §2.1).
    expect(result("70B params 15T")).toMatchObject({ params: 70e9, tokens: 15e12, flops: 6.3e24 });
    expect(result("params=70B 15T")).toMatchObject({ params: 70e9, tokens: 15e12 });
    expect(result("tokens=15T 70B")).toMatchObject({ params: 70e9, tokens: 15e12 });
    // Three sizes for two slots: refused, never 70B silently in place of the typed 80B.
    expect(ask("params=80B 70B 15T").ok).toBe(false);
  });
});

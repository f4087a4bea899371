import { describe, expect, it } from "vitest";
import { ask, said } from "./helpers.ts";

/**
 * Words a new user typed that were misread or blamed wrongly (fresh-eyes report, fix8-words).
 * Reference values: C = 6·N·D (Kaplan et al. 2020 §2.1); D = 20·N when no tokens are given
 * (Hoffmann et al. 2022, Table 3: ~20 tokens per parameter); t = C / (GPUs · peak · MFU) with
 * H100 SXM bf16 dense 989.4 TFLOP/s (NVIDIA H100 datasheet, sparse 1,979 halved) at 40% MFU.
 */
const DAY = 86_400;
/** 70B on 1.4T tokens on 512 H100 at 40%: 5.88e23 / (512 × 989.4e12 × 0.4) s = 33.59 days. */
const SEVENTY_DAYS = 5.88e23 / (512 * 989.4e12 * 0.4) / DAY;

const resultOf = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  expect(reply.ok, `${line}: ${said(line, lang)}`).toBe(true);
  return reply.result as Record<string, number> & { seconds: number };
};

describe("'how many days' / 幾天 asks for the time; the size stays the size", () => {
  for (const line of [
    "用 512 張 H100 訓練 70B 要幾天",
    "how many days to train 70B with 512 H100",
    "How many days to train 70B on 512 H100?",
    "用 512 張 H100 訓練 70B 需要多少天",
  ]) {
    it(line, () => {
      const result = resultOf(line);
      expect(result.params).toBe(70e9);
      expect(result.tokens).toBe(1.4e12);
      expect(result.gpus).toBe(512);
      expect(result.seconds / DAY).toBeCloseTo(SEVENTY_DAYS, 2);
      expect(SEVENTY_DAYS).toBeCloseTo(33.59, 1);
    });
  }

  it("訓練 7B 要幾天: 7B is the size, tokens 20·N", () => {
    const result = resultOf("訓練 7B 要幾天", "zh-TW");
    expect(result.params).toBe(7e9);
    expect(result.tokens).toBe(1.4e11);
  });

  it("with tokens: 用 512 張 H100 訓練 70B 2T token 要幾天 → 6·70B·2T / (512 · 989.4T · 0.4) = 48.0 d", () => {
    const result = resultOf("用 512 張 H100 訓練 70B 2T token 要幾天");
    expect(result.tokens).toBe(2e12);
    expect(result.seconds / DAY).toBeCloseTo(8.4e23 / (512 * 989.4e12 * 0.4) / DAY, 2);
  });

  it("the zh-TW answer gives the time in 天", () => {
    expect(said("用 512 張 H100 訓練 70B 要幾天", "zh-TW")).toContain("33.6 天");
    expect(said("用 512 張 H100 訓練 70B 2T token 要幾天", "zh-TW")).toContain("48.0 天");
  });

  it("a word blamed is the word typed (天), never the English it was read as", () => {
    const reply = ask("70B 2T 推論 天數", "zh-TW");
    expect(reply.ok).toBe(false);
    expect(reply.error?.params?.word).toBe("天");
    expect(said("70B 2T 推論 天數", "zh-TW")).not.toContain("days");
  });
});

describe("a refusal blames the word at fault", () => {
  // Markup pasted before the numbers took the parameter count's place: it is blamed, not 2T.
  for (const junk of ["<script>alert(1)</script>", "*bold*", "<!channel>"]) {
    it(`${junk} 70B 2T blames ${junk}`, () => {
      for (const lang of ["en", "zh-TW"] as const) {
        const reply = ask(`${junk} 70B 2T`, lang);
        expect(reply.ok).toBe(false);
        expect(reply.error?.key).toBe("read.unknownWord");
        expect(reply.error?.params?.word).toBe(junk);
        expect(said(`${junk} 70B 2T`, lang)).not.toContain("“2T”");
      }
    });
  }

  it("one number too many still names the extra one (70B 2T 5T)", () => {
    const reply = ask("70B 2T 5T");
    expect(reply.error?.key).toBe("args.extra");
    expect(reply.error?.params?.value).toBe("5T");
  });

  it("what is 6ND for 7B and 1T tokens: 6ND is the formula; 6 × 7e9 × 1e12 = 4.2e22 FLOP (Kaplan et al. 2020 §2.1)", () => {
    const result = resultOf("what is 6ND for 7B and 1T tokens");
    expect(result.params).toBe(7e9);
    expect(result.tokens).toBe(1e12);
    expect(result.flops).toBeCloseTo(4.2e22, -18);
    expect(resultOf("6ND 是多少 7B 1T token", "zh-TW").flops).toBeCloseTo(4.2e22, -18);
  });
});

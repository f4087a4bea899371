import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

const ask = (line: string) => respondToText(registry, line, { lang: "en", langFromText: true });
const result = (line: string) => {
  const reply = ask(line);
  expect(reply.ok, `${line}: ${reply.error?.key}`).toBe(true);
  // biome-ignore lint/suspicious/noExplicitAny: each command's result has its own fields.
  return reply.result as Record<string, any>;
};

/** H100 SXM5 bf16 dense peak (NVIDIA datasheet: 1,979 TFLOP/s with sparsity, half dense). */
const H100 = 989.4e12;

describe("US$ is the dollar every price reads; another country's dollar is refused, never read as US$", () => {
  it("US$2/h and U.S.$2/h are $2/h: GPT-3's 6ND on 1,024 H100 at 40% MFU costs GPU-hours × $2", () => {
    for (const line of ["175B 300B on 1024 H100 at US$2/h", "175B 300B on 1024 H100 at U.S.$2/h"]) {
      const r = result(line);
      expect(r.costUsd).toBeCloseTo(((6 * 175e9 * 300e9) / (H100 * 0.4) / 3600) * 2, 0);
    }
    expect(result("budget US$5M gpu=H100 price=$2/h").gpuHours).toBeCloseTo(5e6 / 2, 0);
  });

  it.each(["NT$80/h", "A$3/h", "HK$20/h", "C$3/h", "S$3/h"])(
    "175B 300B on H100 at %s: refused as a price not in US dollars, the word as typed",
    (price) => {
      const reply = ask(`175B 300B on H100 at ${price}`);
      expect(reply.ok).toBe(false);
      expect(reply.error?.key).toBe("read.currency");
      expect(reply.error?.params?.word).toBe(price);
    },
  );

  it("price=NT$80/h and 每小時 NT$80 too (it read `nt` as a mistyped unit)", () => {
    expect(ask("175B 300B gpu=H100 price=NT$80/h").error?.key).toBe("read.currency");
    const zh = ask("訓練 175B 300B 在 H100 每小時 NT$80");
    expect(zh.error?.key).toBe("read.currency");
    expect(zh.lang).toBe("zh-TW");
  });
});

describe("Chinese powers of ten and tenths", () => {
  it("10 的 24 次方 FLOP is 1e24: Chinchilla's √(C/120) = 91.3B (Hoffmann et al. 2022 with C = 6ND, D = 20N)", () => {
    const r = result("chinchilla 預算 10 的 24 次方");
    expect(r.flops).toBe(1e24);
    expect(r.params).toBeCloseTo(Math.sqrt(1e24 / 120), -6);
  });

  it("3.14 乘以 10 的 23 次方 FLOP is GPT-3's 3.14e23 (Brown et al. 2020, Table D.1)", () => {
    expect(result("chinchilla 3.14 乘以 10 的 23 次方 FLOP").flops).toBeCloseTo(3.14e23, -18);
  });

  it("MFU 五成 is 50%, 四成五 45%; 成本 (cost) stays cost", () => {
    expect(result("70B 2T 512 張 H100 MFU 五成").mfu).toBe(0.5);
    expect(result("70B 2T 512 張 H100 MFU 四成五").mfu).toBeCloseTo(0.45, 12);
    const costed = result("70B 2T 512 張 H100 每小時 2 美元 訓練成本");
    expect(costed.mfu).toBe(0.4);
    expect(costed.costUsd).toBeCloseTo(((6 * 70e9 * 2e12) / (H100 * 0.4) / 3600) * 2, 0);
  });

  it("有沒有到四成, 有到四成嗎 (does it reach 40%) ask of the MFU typed, as `did llama 3 405b reach 40% mfu` does", () => {
    const english = result("did llama 3 405b reach 40% mfu");
    for (const line of ["llama 3 405b 的 mfu 有沒有到四成", "llama 3 405b 的 mfu 有到四成嗎"]) {
      const r = result(line);
      expect(r.mfu).toBe(0.4);
      expect(r.gpuHours).toBeCloseTo(english.gpuHours, 0);
    }
  });
});

describe("a price as the zh-TW Read as line writes it reads back", () => {
  it("每 GPU 小時 $2.5 is $2.5 a GPU-hour: 70B on 2T on 512 H100 at 40% MFU costs GPU-hours × $2.5", () => {
    const r = result("70B 2T 512 張 H100 每 GPU 小時 $2.5");
    expect(r.costUsd).toBeCloseTo(((6 * 70e9 * 2e12) / (989.4e12 * 0.4) / 3600) * 2.5, 0);
  });
});

describe("PF-days glued to their number", () => {
  it.each(["chinchilla budget=3640pf-days", "chinchilla 3640pfdays"])(
    "%s: 3640 × 8.64 × 10¹⁹ = 3.14 × 10²³ FLOP, GPT-3's budget (Brown et al. 2020, Table D.1)",
    (line) => {
      expect(result(line).flops).toBeCloseTo(3640 * 8.64e19, -18);
    },
  );
});

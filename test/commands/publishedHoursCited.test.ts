import { describe, expect, it } from "vitest";
import { ask, rendered } from "./helpers.ts";

/** The GPU-hours row of a plan: its value and the formula (or source) printed under it. */
const hoursRow = (line: string, lang: "en" | "zh-TW" = "en") => {
  const reply = ask(line, lang);
  const index = reply.rows.findIndex(
    (row) => row.label.key === "row.gpuHoursPublished" || row.label.key === "row.gpuHours",
  );
  const shown = rendered(line, lang).rows[index];
  const value = reply.rows[index]?.value;
  return { value: value && "value" in value ? value.value : undefined, formula: shown?.formula ?? "" };
};

describe("a published run's GPU-hours cite where they were published", () => {
  it("DeepSeek-V3: 2.664M H800 GPU-hours, said to be pre-training of the 2.788M in total (Table 1)", () => {
    // DeepSeek-AI 2024, DeepSeek-V3 Technical Report, Table 1: 2,664K pre-training, 119K context
    // extension, 5K post-training, 2,788K in total.
    const row = hoursRow("how many gpu hours did deepseek v3 take");
    expect(row.value).toBe(2.664e6);
    expect(row.formula).toContain("Table 1");
    expect(row.formula).toContain("2,664K H800 GPU-hours of pre-training; 2,788K in total");
    // The source is cited whatever the language, never the number again.
    expect(hoursRow("DeepSeek V3 訓練花了多少 GPU 小時", "zh-TW").formula).toContain("2,788K in total");
  });

  it("BLOOM: 1,082,990 A100 hours from §3.4.1 of the BLOOM paper", () => {
    const row = hoursRow("how many GPU hours did BLOOM take");
    expect(row.value).toBe(1_082_990);
    expect(row.formula).toContain("BLOOM, §3.4.1");
    expect(row.formula).not.toMatch(/^1\.08M GPU-hours$/);
  });

  it("GPU-hours the user typed are shown as typed: there is no source to cite", () => {
    const row = hoursRow("70B 2T gpu=H100 gpu-hours=1.5M");
    expect(row.value).toBe(1.5e6);
    expect(row.formula).toBe("1.5M GPU-hours");
  });

  it("a run whose GPU-hours come from GPUs × days keeps that formula (GPT-3: 10,000 V100 × 14.8 days)", () => {
    // Patterson et al. 2021, Table 4: 10,000 V100 for 14.8 days = 3,552,000 GPU-hours.
    const row = hoursRow("gpt-3");
    expect(row.value).toBeCloseTo(3_552_000, -1);
    expect(row.formula).toContain("10,000");
  });
});

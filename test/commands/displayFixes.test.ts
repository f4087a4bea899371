import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/charts/spec.ts";
import { shortSourceTitle } from "../../src/reply/sources.ts";
import { ask, rendered, said } from "./helpers.ts";

describe("short source names, compare's sources and MFU basis, step time, chart axes", () => {
  it("a short source name is never cut inside parentheses", () => {
    expect(
      shortSourceTitle(
        "mistralai/Mixtral-8x7B-v0.1 config.json (32 layers, d 4096, 32/8 heads, 8 experts top-2, ffn 14336, 32k context)",
      ),
    ).toBe("mistralai/Mixtral-8x7B-v0.1 config.json");
    expect(shortSourceTitle("NVIDIA Ada GPU Architecture whitepaper (Appendix A, GeForce RTX 4090)")).toBe(
      "NVIDIA Ada GPU Architecture whitepaper",
    );
    expect(shortSourceTitle("Hoffmann et al. 2022, Training Compute-Optimal Large Language Models")).toBe(
      "Hoffmann et al. 2022",
    );
    expect(said("model mixtral-8x7b")).not.toContain("config.json (32 layers [");
  });

  it("compare: Llama 2 7B's GPU-hours cite Touvron et al. 2023 Table 2, not a GPU name", () => {
    const rows = rendered("compare llama-2-7b deepseek-v3 palm").rows;
    const llama = rows.find((row) => row.label === "Llama 2 7B · GPU-hours");
    expect(llama?.formula).toBe("Touvron et al. 2023, Llama 2, Table 2 (A100-80GB GPU-hours)");
    // PaLM's chip-hours cite §4 and Appendix B (6,144 TPU v4 for 1,200 h plus 3,072 for 336 h).
    expect(rows.find((row) => row.label === "PaLM 540B · GPU-hours")?.formula).toContain(
      "Chowdhery et al. 2022",
    );
  });

  it("compare: each MFU cell says its FLOP count (DeepSeek-V3's 34.6% is 6N, the others 6N+attn)", () => {
    const table = ask("compare llama-2-7b deepseek-v3 palm").table;
    const text = said("compare llama-2-7b deepseek-v3 palm");
    expect(text).toContain("34.6% (6N)");
    expect(text).toContain("46.2% (6N+attn)");
    expect(table?.rows.at(-1)?.cells.every((c) => c.kind === "message")).toBe(true);
    expect(said("compare gpt-3 mt-nlg")).toContain("30.2% (published)");
  });

  it("Read as gives the step time its unit", () => {
    expect(said("mfu 70B gpu=H100 gpus=1024 step-time=10 batch-tokens=16M")).toContain(
      "step-time 10.0 seconds",
    );
  });

  it("chart axes: B not G for parameters, 0 not 0M at the origin", () => {
    const chinchilla = chartSpec(ask("chinchilla 175B tokens=300B"), "en");
    expect(JSON.stringify(chinchilla?.vegaLite)).toContain("replace(datum.label, 'G', 'B')");
    const compute = chartSpec(ask("175B 300B gpu=A100 gpus=1024 price=$2/h"), "en");
    expect(JSON.stringify(compute?.vegaLite)).toContain("datum.value === 0 ? '0'");
  });
});

describe("small energies and four-digit MFUs read as the row computes them", () => {
  it("a day on 8 H100s: 192 GPU-h × 700 W × PUE 1.1 = 0.148 MWh and 0.0569 t CO2eq, not 0", () => {
    // 8 GPUs × 24 h = 192 GPU-hours; H100 SXM board power 700 W (NVIDIA H100 datasheet); PUE 1.1;
    // grid 0.385 t CO2eq/MWh (the bot's default, README).
    const rows = rendered("7B 1T 8 H100 a day").rows;
    expect(rows.find((row) => row.label === "Energy, MWh")?.value).toBe("0.148");
    expect(rows.find((row) => row.label === "Emissions, t CO2eq")?.value).toBe("0.0569");
    // From 10 MWh up a whole count, as before: Llama 3 405B over 54 days on H100s.
    expect(
      rendered("405B 15T gpu=H100 days=54").rows.find((row) => row.label === "Energy, MWh")?.value,
    ).toMatch(/^\d{1,3}(,\d{3})+$/);
  });

  it("the impossible-MFU warning names the percent the Implied MFU row shows (6,140%, not 6,141%), grouped as a count is", () => {
    // 6 × 7B × 1T = 4.2e22 FLOP over 8 × 86,400 s × 989.4 TFLOP/s = 61.41 (6,141%).
    const text = said("7B 1T 8 H100 a day");
    expect(text).toContain("6,140%");
    expect(text).toContain("MFU 6,140% is impossible");
    expect(text).not.toContain("6141");
    // Below 1,000% a whole percent, as before (the seed's 628%).
    expect(said("mfu 671B 14.8T gpu=H800 gpu-hours=2.664M")).toMatch(/MFU 628% is impossible/);
  });
});

import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { testAnswerer } from "../support/answerer.ts";
import { ask, result } from "./helpers.ts";

const { answer } = testAnswerer();

const typed = (command: string, options: Record<string, string>, explain = false) =>
  answer({ platform: "cli", userId: "presets-test", lang: "en", command, options, explain });

describe("a model name in place of the numbers it implies", () => {
  it("cards llama-3-70b gpu=h100 mode=infer context=8k matches the same numbers typed by hand", () => {
    // Llama 3 70B config.json: 80 layers, hidden 8192, 64 heads, 8 KV heads (head dim 128); 70,553,706,496 parameters.
    const preset = result("cards llama-3-70b gpu=h100 mode=infer context=8k");
    const byHand = result(
      "cards 70553706496 gpu=h100 mode=infer context=8k layers=80 hidden=8192 heads=64 kv-heads=8 head-dim=128",
    );
    expect(preset).toEqual(byHand);
    expect(preset.breakdown.kvCache).toBe(2 * 80 * 8 * 128 * 2 * 8192);
    // 3 cards is no tensor-parallel size an engine runs: TP 4 (64 heads), 4 cards.
    expect(preset.cards).toBe(4);
  });

  it("/flops llama-3-405b: 6ND of the published 405.85B × 15.6T ≈ 3.8e25 FLOP (Llama 3 paper), on 16,384 H100", () => {
    const reply = ask("llama-3-405b");
    const r = result("llama-3-405b");
    expect(r.params).toBe(405_853_388_800);
    expect(r.tokens).toBe(15.6e12);
    expect(Math.abs(r.flops / 3.8e25 - 1)).toBeLessThan(0.01);
    expect(r).toMatchObject({ gpu: "NVIDIA H100 SXM5 80GB", gpus: 16_384, mfu: 0.38 });
    expect(reply.notes[0]?.key).toBe("preset.applied");
    expect(reply.notes[0]?.params?.model).toBe("Llama 3 405B");
    expect(reply.sources.map((s) => s.url)).toContain("https://arxiv.org/abs/2407.21783");
  });

  it("explicit values override the preset's, typed before or after the name", () => {
    expect(result("llama-3-405b tokens=20T").tokens).toBe(20e12);
    expect(result("tokens=20T llama-3-405b").tokens).toBe(20e12);
    expect(result("llama-3-405b 20T").tokens).toBe(20e12);
    expect(result("llama-3-405b gpu=a100").gpu).toBe("NVIDIA A100 SXM4 80GB");
  });

  it("mfu deepseek-v3 fills params, active, tokens, H800 and GPU-hours: 34.6%", () => {
    const r = result("mfu deepseek-v3");
    expect(r.mfu).toBeCloseTo(0.346, 3);
    expect(r.gpu).toBe("NVIDIA H800 SXM5 80GB");
    // The 2,788K total GPU-hours instead of the 2,664K of pre-training (DeepSeek-V3 Table 1).
    expect(result("mfu deepseek-v3 gpu-hours=2.788M").mfu).toBeCloseTo((0.346 * 2664) / 2788, 3);
  });

  it("mfu palm uses the published throughput with the attention term: 46.2% (PaLM Appendix B)", () => {
    expect(result("mfu palm").mfu).toBeCloseTo(0.462, 3);
  });

  it("typing one way of giving the GPU time drops the preset's others", () => {
    // gpus and days typed: PaLM's published tokens/s and chip-hours are not used.
    const r = result("mfu palm gpus=6144 days=64");
    expect(r.gpuSeconds).toBe(6144 * 64 * 86_400);
  });

  it("chinchilla gopher rates Gopher's 300B tokens against the optimum for 280B", () => {
    const r = result("chinchilla gopher");
    expect(r.params).toBe(280e9);
    expect(r.runTokens).toBe(300e9);
    expect(r.tokensPerParam).toBeCloseTo(300 / 280, 10);
  });

  it("params llama-3-8b recomputes 8,030,261,248; BLOOM gets no learned positions from its context", () => {
    expect(result("params llama-3-8b").total).toBe(8_030_261_248);
    // 176,247,271,424 published minus the 2h embedding LayerNorm the params command does not model.
    expect(result("params bloom").total).toBe(176_247_271_424 - 2 * 14_336);
  });

  it("says when a run cannot give what the command needs", () => {
    // Gopher's relative positions are modelled now (issue 16): params gopher answers ≈ 280B.
    expect(result("params gopher").total / 280e9).toBeCloseTo(1, 2);
    // Training needs the GPU; serving a run that names none is answered on an assumed H100 (sweep18).
    expect(ask("cards mixtral mode=train").error?.key).toBe("model.notApplicable");
    expect(ask("cards mixtral mode=train").error?.params?.option).toBe("gpu");
    expect(result("cards mixtral gpu=h100").cards).toBeGreaterThan(1);
  });

  it("a model name is never taken for a mistyped command, and a preset that fills nothing leaves the word alone", () => {
    expect(ask("gopher").command).toBe("compute");
    expect(ask("gopher").ok).toBe(true);
    // No command is near "gopher": the commands are listed instead.
    expect(ask("help gopher").error?.key).toBe("args.unknownCommandNoSuggestion");
  });

  it("suggests runs for a misspelt model name where a number is expected", () => {
    for (const line of ["mfu deepsek-v3", "llama-3-450b", "cards lama-3-70b gpu=h100"]) {
      const reply = ask(line);
      expect(reply.error?.key, line).toBe("model.unknown");
    }
    expect(String(ask("mfu deepsek-v3").error?.params?.suggestions)).toContain("deepseek-v3");
    expect(String(ask("llama-3-450b").error?.params?.suggestions)).toContain("llama-3-405b");
    // A number stays a number.
    expect(ask("175B 300B").ok).toBe(true);
  });

  it("works with options already split (Discord): a model value or a model in the first positional option", () => {
    const byModel = typed("cards", { model: "llama-3-70b", gpu: "h100", mode: "infer", context: "8k" });
    expect(byModel.result).toEqual(result("cards llama-3-70b gpu=h100 mode=infer context=8k"));
    expect(typed("mfu", { params: "deepseek-v3" }).result?.mfu).toBeCloseTo(0.346, 3);
    expect(typed("mfu", { model: "deepsek-v3" }).error?.key).toBe("model.unknown");
    expect(typed("mfu", { model: "qqqqqqqqqqqq" }).error?.key).toBe("model.unknownNoSuggestion");
    expect(typed("mfu", { params: "671B", tokens: "14.8T", gpu: "h800", "gpu-hours": "2.664M" }).ok).toBe(
      true,
    );
    expect(typed("model", { name: "palm" }).result?.model).toBe("palm-540b");
  });

  it("every run works in every command that can use it, and fails only with an error that says why", () => {
    // params.runUnmodelled: a run whose architecture no formula here models (Llama 4's interleaved
    // layers as catalogued) is not counted layer by layer; the reply says so and names /flops model.
    const allowed = new Set([
      "model.notApplicable",
      "mfu.needTime",
      "mfu.needTimeRun",
      // A run with GPU time but no published token count (gpt-oss-120b): its own line asks for tokens=.
      "mfu.needTokensRun",
      // A run with no single GPU and no GPU time (Mixtral, Chinchilla): everything it lacks, at once.
      "mfu.unpublishedRun",
      "mfu.unpublishedRunTokens",
      "compute.needTokensRun",
      "params.runUnmodelled",
    ]);
    for (const m of MODELS) {
      for (const command of ["", "mfu ", "chinchilla ", "cards ", "params "]) {
        const reply = ask(`${command}${m.id}`);
        if (!reply.ok)
          expect(allowed.has(reply.error?.key ?? ""), `${command}${m.id}: ${reply.error?.key}`).toBe(true);
      }
    }
  });
});

describe("a run's published energy inputs", () => {
  it("gpt-3 reproduces Patterson et al. 2021 Table 4: 10,000 V100 × 14.8 days × 330 W × PUE 1.1 ≈ 1,287 MWh, 552 tCO2e", () => {
    const r = result("gpt-3");
    // 3.552M GPU-hours × 330 W × 1.1 = 1,289.4 MWh; the table prints 1,287 MWh and 552 tCO2e (0.429 kg/kWh).
    expect(Math.abs(r.energyJoules / 3.6e9 / 1287 - 1)).toBeLessThan(0.005);
    expect(Math.abs(r.co2Kg / 1000 / 552 - 1)).toBeLessThan(0.005);
  });

  it("on another GPU the run's 330 W per V100 is not used: gpt-3 on 1,024 H100 at the H100's 700 W (datasheet)", () => {
    const r = result("gpt-3 gpu=H100 gpus=1024");
    expect(r.energyJoules / (r.gpuHours * 3600) / r.pue).toBeCloseTo(700, 6);
    expect(JSON.stringify(ask("how long would gpt3 take on 1024 H100").notes)).toContain(
      "publishedPowerOtherGpu",
    );
    // On the run's own GPU the published power stays.
    const v100 = result("gpt-3 gpu=V100 gpus=1024");
    expect(v100.energyJoules / (v100.gpuHours * 3600) / v100.pue).toBeCloseTo(330, 6);
  });

  it("a value typed overrides the published one: power=300 is the V100's 300 W board power", () => {
    const r = result("gpt-3 power=300");
    expect(r.energyJoules).toBeCloseTo(10_000 * 14.8 * 24 * 300 * 1.1 * 3600, -6);
  });
});

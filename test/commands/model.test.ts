import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { formulaText } from "../../src/reply/formula.ts";
import { localize, toJson } from "../../src/reply/localize.ts";
import type { Reply } from "../../src/reply/reply.ts";
import { ask, rendered, result, said } from "./helpers.ts";

const notPublishedRows = (reply: Reply) =>
  reply.rows.filter((r) => r.value.kind === "message" && r.value.text.key === "model.value.notPublished");

describe("/flops model deepseek-v3 (the seed's story)", () => {
  const reply = ask("model deepseek-v3");

  it("says 6ND with the 671B total is impossible (628% of H800 bf16 dense) and 37B active gives about 35%", () => {
    // DeepSeek-V3 report: 671B total / 37B active, 14.8T tokens, 2,664K H800 GPU-hours (Table 1);
    // H800 bf16 dense peak 989.4 TFLOP/s. The seed's 205% used a 3,026 TFLOPS peak.
    const r = result("model deepseek-v3");
    expect(r.estimated.mfuTotalParams).toBeCloseTo(6.28, 2);
    expect(r.estimated.mfu).toBeCloseTo(0.346, 3);
    expect(r.estimated.peakFlopsPerGpu).toBe(989.4e12);
    expect(r.published).toMatchObject({
      params: 671e9,
      activeParams: 37e9,
      tokens: 14.8e12,
      gpuHours: 2.664e6,
    });
    expect(reply.notes[0]).toEqual({
      key: "model.reading.moeImpossible",
      // Typed numbers (DeepSeek-V3 report, Table 1: 671B total, 37B activated), drawn as 671B/37B in src/reply.
      params: {
        model: "DeepSeek-V3",
        total: { kind: "params", value: 671e9 },
        totalMfu: 628,
        active: { kind: "params", value: 37e9 },
        activeMfu: 34.6,
      },
    });
    expect(reply.warnings.map((w) => w.key)).toEqual(["mfu.impossible", "mfu.causeMoeActive"]);
    const text = said("model deepseek-v3");
    expect(text).toContain("628%");
    expect(text).toContain("impossible");
    expect(text).toContain("34.6%");
  });

  it("recomputes its MLA + MoE count exactly from the config (671,026,419,200) and tells the seed's resolution", () => {
    const recomputed = reply.rows.find((r) => r.label.key === "model.row.paramsRecomputed");
    expect(recomputed?.value).toEqual({ kind: "params", value: 671_026_419_200 });
    expect(reply.notes.map((n) => n.key)).toContain("model.note.seedStory");
    expect(result("model deepseek-v3").seedMethod.mfu3Forward).toBeGreaterThan(0.35);
  });

  it("publishes no FLOP total or MFU, and the reply says so; the sources name the report and the H800 datasheet", () => {
    const missing = notPublishedRows(reply).map((r) => r.label.key);
    expect(missing).toEqual(["model.row.flops", "model.row.mfu"]);
    const titles = reply.sources.map((s) => s.title).join(" | ");
    expect(titles).toContain("DeepSeek-V3");
    expect(titles).toContain("H800");
    expect(titles).toContain("Kaplan");
  });

  it("reads in Traditional Chinese too", () => {
    expect(said("model deepseek-v3 lang=zh-TW")).toContain("不可能");
  });
});

describe("/flops model: published figures beside ours", () => {
  it("PaLM: parameters recomputed within 0.01% of 540.35B; throughput MFU 46.2% as published (Appendix B)", () => {
    const r = result("model palm");
    expect(r.ratio.params).toBeCloseTo(1, 4);
    expect(r.estimated.mfuFromThroughput).toBeCloseTo(0.462, 3);
    expect(r.published).toMatchObject({ mfu: 0.462, hfu: 0.578, tokensPerSecond: 238_300, gpus: 6144 });
    expect(ask("model palm").notes[0]?.key).toBe("model.reading.mfu");
  });

  it("GPT-3: 6ND 0.3% above the published 3.14e23, with the difference in the formula", () => {
    const reply = ask("model gpt-3");
    const sixND = reply.rows.find((r) => r.label.key === "model.row.flops6nd");
    expect(sixND?.value).toEqual({ kind: "flop", value: 3.15e23 });
    expect(sixND?.formula && formulaText(sixND.formula)).toBe(
      "6 · N · D = 6 × 175B × 300B (+0.3% vs published)",
    );
    expect(result("model gpt-3").ratio.flops).toBeCloseTo(3.15 / 3.14, 6);
  });

  it("Llama 3 405B shows the published MFU range 38–43% beside ours", () => {
    const rendered = localize(ask("model llama-3-405b"), "en");
    expect(rendered.rows.find((r) => r.label === "MFU (published)")?.value).toBe("38–43%");
    expect(rendered.rows.find((r) => r.label === "MFU, 6ND over the GPU time (ours)")?.value).toBe("34.6%");
  });

  it("GPT-2: only the architecture is published, and the reply says which figures are not", () => {
    const reply = ask("model gpt-2");
    expect(reply.notes[0]?.key).toBe("model.reading.paramsOnly");
    expect(notPublishedRows(reply).map((r) => r.label.key)).toEqual([
      "model.row.tokens",
      "model.row.flops",
      "model.row.hardware",
      "model.row.gpuHours",
      "model.row.mfu",
    ]);
  });

  it("a Llama 3 8B MFU of 15.6% over the model card's 1.3M GPU-hours reads as low, not plausible", () => {
    const reply = ask("model llama-3-8b");
    expect(result("model llama-3-8b").estimated.mfu).toBeCloseTo(0.156, 3);
    expect(reply.notes[0]?.key).toBe("model.reading.mfuLow");
  });

  it("answers for every run in the catalog, in both languages, with finite non-negative numbers", () => {
    for (const m of MODELS) {
      for (const lang of ["en", "zh-TW"] as const) {
        const reply = ask(`model ${m.id}`, lang);
        expect(reply.ok, `${m.id}: ${JSON.stringify(reply.error)}`).toBe(true);
        expect(reply.result?.model).toBe(m.id);
      }
    }
  });

  it("keeps the JSON contract: published and estimated values in base units", () => {
    const json = toJson(ask("model bloom"), "en") as {
      ok: boolean;
      result: Record<string, Record<string, number>>;
    };
    expect(json.ok).toBe(true);
    expect(json.result.published?.params).toBe(176_247_271_424);
    expect(json.result.estimated?.params).toBe(176_247_271_424);
    expect(json.result.estimated?.gpuHours).toBe(1_082_990);
  });

  it("without a name lists every run", () => {
    const reply = ask("model");
    expect(reply.ok).toBe(true);
    expect(reply.rows).toHaveLength(MODELS.length);
    expect(reply.result?.models).toEqual(MODELS.map((m) => m.id));
  });

  it("suggests the nearest runs for a misspelt name", () => {
    const reply = ask("model lama-3-405b");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("model.unknown");
    expect(String(reply.error?.params?.suggestions)).toContain("llama-3-405b");
    expect(ask("model qqqqqqqqqqqqqqqq").error?.key).toBe("model.unknownNoSuggestion");
  });
});

describe("a checkpoint of a run the catalog holds (`-instruct`, `-chat`, `-v0.1`) is named by the run", () => {
  it.each([
    ["model llama-3-70b-instruct", "llama-3-70b", "/flops model llama-3-70b"],
    ["model llama-2-7b-chat", "llama-2-7b", "/flops model llama-2-7b"],
    ["model Mixtral-8x7B-v0.1", "mixtral-8x7b", "/flops model mixtral-8x7b"],
    ["llama-3-70b-instruct on 2 h100", "llama-3-70b", "/flops llama-3-70b on 2 h100"],
  ])("%s: did you mean %s, and the line with it to try", (line, run, tried) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("model.unknown");
    expect(reply.error?.params?.suggestions).toBe(run);
    expect(rendered(line).hint).toContain(tried);
    expect(ask(tried.slice("/flops ".length)).ok).toBe(true);
  });
});

describe("model's reading compares the published MFU with ours on the same basis (attention counted, as compare does)", () => {
  it.each([
    ["model palm", "PaLM 540B: our MFU (6N + attention) is 46.2%", "46.2% (PaLM Table 3)"],
    ["model llama-3-405b", "Llama 3 405B: our MFU (6N + attention) is 37.5%", "38–43% (Llama 3 Table 4)"],
  ])("%s: %s, beside the published %s", (line, reading) => {
    expect(said(line)).toContain(reading);
    // compare's headline figure is the same number.
    const mfu = reading.match(/(\d+\.\d)%/)?.[1] as string;
    const run = line.split(" ")[1] as string;
    expect(said(`compare ${run} gpt-3`)).toContain(`${mfu}% (6N+attn)`);
  });
});

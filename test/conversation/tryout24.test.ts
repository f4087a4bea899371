import { describe, expect, it } from "vitest";
import type { Turn } from "../../src/adapters/slack/conversation.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { findGpu } from "../../src/core/gpus.ts";
import { lookupModel } from "../../src/core/runs/lookup.ts";
import { t } from "../../src/i18n/translate.ts";
import { formatValue } from "../../src/reply/format.ts";
import { thread } from "../support/slackThread.ts";

interface Bar {
  gpu: string;
  chosen: boolean;
  days: number;
  gpuHours: number;
  cost: number;
}

/** The chart a `chart` turn hands the uploader: its title, subtitle and bars (the spec, no rendering). */
function chartOfTurn(turn: Turn) {
  expect(turn.reply.chart).toBe(true);
  const spec = chartSpec(turn.reply, turn.reply.lang ?? "en");
  if (spec?.kind !== "compute") throw new Error("expected the across-GPU chart");
  const vegaLite = spec.vegaLite as {
    title: { text: string; subtitle: string | string[] };
    data: { values: Bar[] };
  };
  const chosen = vegaLite.data.values.find((bar) => bar.chosen);
  if (!chosen) throw new Error("no chosen GPU");
  return {
    title: vegaLite.title.text,
    subtitle: [vegaLite.title.subtitle].flat().join("\n"),
    chosen,
    bars: vegaLite.data.values,
  };
}

// Llama 3 70B as the catalog gives it (Hugging Face config.json: 80 layers, 64 heads of 128, ctx 8,192;
// 70,553,706,496 parameters; the model card's 15T tokens and 6.4M H100 GPU-hours).
const llama = lookupModel("llama-3-70b");
const N = llama?.published?.params?.value ?? 0;
const D = 15e12;
// PaLM App. B: per token 6N + 12·L·(H·Q)·T, the FLOP the answer's time and MFU are counted on.
const C_ATTN = D * (6 * N + 12 * 80 * (64 * 128) * 8192);
const H100 = (findGpu("h100-sxm").peakTflops.bf16 ?? 0) * 1e12;
const B200 = (findGpu("b200").peakTflops.bf16 ?? 0) * 1e12;

describe("the compute chart draws the numbers the text answered", () => {
  it("llama 3 70b on 1024 H100: the published 6.4M GPU-hours (260 days, MFU 32.1%), not 181 days at an assumed 40%", async () => {
    const say = thread();
    const first = await say("llama 3 70b 15T on 1024 H100");
    const days = (6.4e6 * 3600) / 1024 / 86_400;
    expect(days).toBeCloseTo(260.4, 1);
    expect(first.text).toMatch(/Time to train at the published GPU-hours\s+260 days/);
    const chart = chartOfTurn((await say("chart")).turn);
    expect(chart.chosen.gpu).toMatch(/^H100/);
    expect(chart.chosen.days).toBeCloseTo(days, 6);
    expect(chart.chosen.gpuHours).toBeCloseTo(6.4e6, 0);
    // The MFU those GPU-hours imply on the 6N + attention count: 7.32e24 / (6.4M × 3600 × 989.4e12) = 32.1%.
    const implied = C_ATTN / (6.4e6 * 3600 * H100);
    expect(implied).toBeCloseTo(0.321, 3);
    expect(chart.subtitle).toContain(`MFU ${formatValue("en", "percent", implied)}`);
    expect(chart.subtitle).toContain("32.1%");
    // The title's FLOP is the one the bars are counted on, as the text's attention row shows it.
    expect(chart.title).toContain(formatValue("en", "flop", C_ATTN));
    expect(first.text).toContain(formatValue("en", "flop", C_ATTN));
    // Other GPUs at that same MFU: B200's bar is 6.4M GPU-hours × 989.4 / 2,250.
    const b200 = chart.bars.find((bar) => bar.gpu.startsWith("B200"));
    expect(b200?.gpuHours).toBeCloseTo(C_ATTN / (B200 * implied) / 3600, 0);
  });

  it("on B200 at 45% MFU and $2.5/h: the chart's 81.7 days, 2.01M GPU-hours and $5.02M are the text's (they were 70.9 days, 1.74M, $4.36M on 6ND)", async () => {
    const say = thread();
    await say("llama 3 70b 15T on 1024 H100");
    await say("on B200 instead");
    await say("at 45% mfu");
    const priced = await say("how much would that cost at $2.5/h");
    const seconds = C_ATTN / (1024 * B200 * 0.45);
    const gpuHours = C_ATTN / (B200 * 0.45) / 3600;
    expect(seconds / 86_400).toBeCloseTo(81.7, 1);
    expect(priced.text).toMatch(/Time to train\s+81\.7 days/);
    expect(priced.text).toMatch(/Cost\s+\$5\.02M/);
    const chart = chartOfTurn((await say("chart")).turn);
    expect(chart.chosen.gpu).toMatch(/^B200/);
    expect(chart.chosen.days).toBeCloseTo(seconds / 86_400, 6);
    expect(chart.chosen.gpuHours).toBeCloseTo(gpuHours, 0);
    expect(chart.chosen.cost).toBeCloseTo(gpuHours * 2.5, 0);
    expect(formatValue("en", "usd", chart.chosen.cost)).toBe("$5.02M");
    expect(chart.subtitle).toContain("MFU 45%");
    expect(chart.title).toContain(formatValue("en", "flop", C_ATTN));
  });

  it("畫圖 in a Chinese thread: the same bars, the title in Chinese naming the attention count", async () => {
    const say = thread();
    await say("用 1024 張 B200 訓練 llama 3 70b 15T token");
    const turn = (await say("畫圖")).turn;
    expect(turn.reply.lang).toBe("zh-TW");
    const chart = chartOfTurn(turn);
    // At the assumed 40% MFU: C_attn / (1024 × 2,250 TFLOP/s × 0.4).
    expect(chart.chosen.days).toBeCloseTo(C_ATTN / (1024 * B200 * 0.4) / 86_400, 6);
    expect(chart.title).toBe(
      t("zh-TW", "chart.compute.title", { flops: formatValue("zh-TW", "flop", C_ATTN) }),
    );
    expect(chart.subtitle).toContain(t("zh-TW", "chart.compute.attention"));
  });

  it("a plan with no model shape still charts 6ND (70B 15T on 1024 H100: 180 days)", async () => {
    const say = thread();
    await say("70B 15T on 1024 H100");
    const chart = chartOfTurn((await say("chart")).turn);
    expect(chart.chosen.days).toBeCloseTo(6.3e24 / (1024 * H100 * 0.4) / 86_400, 6);
    expect(chart.title).toBe(t("en", "chart.compute.title", { flops: formatValue("en", "flop", 6.3e24) }));
  });
});

describe("`chart` after an answer with nothing to draw says so", () => {
  it.each([
    ["how many H100 to serve llama 3 70b at 20 req/s", "chart", "serve", "en"],
    ["mfu of deepseek v3", "chart", "mfu", "en"],
    ["gpus", "plot it", "gpus", "en"],
    ["deepseek v3 的 MFU", "畫圖", "mfu", "zh-TW"],
  ] as const)(
    "`%s`, then `%s`: the note that %s has no chart (it was the answer again, silently no chart)",
    async (question, line, command, lang) => {
      const say = thread();
      await say(question);
      const more = await say(line);
      expect(more.turn.reply.ok).toBe(true);
      expect(more.turn.reply.lang).toBe(lang);
      expect(more.turn.reply.command).toBe(command);
      expect(more.turn.reply.notes).toContainEqual({ key: "chart.none", params: { command } });
      expect(more.text).toContain(t(lang, "chart.none", { command }));
      expect(more.turn.reply.chart).toBeUndefined();
    },
  );
});

describe("`compare with B200` in a plan's thread sets GPUs side by side", () => {
  // 6 × 70B × 15T = 6.3e24 FLOP on 1,024 GPUs at 40% MFU (Kaplan et al. 2020 §2.1): H100 180 days,
  // B200 79.1 days (it started over as a comparison of published runs: “I don't know the run B200”).
  const days = (peak: number) => 6.3e24 / (1024 * peak * 0.4) / 86_400;

  it.each(["compare with B200", "compare it to B200?", "vs B200", "against b200", "versus the B200"])(
    "`%s` after 70B 15T on 1024 H100",
    async (line) => {
      const say = thread();
      await say("70B 15T on 1024 H100");
      const more = await say(line);
      expect(more.turn.reply.ok).toBe(true);
      expect(more.turn.reply.command).toBe("compute");
      expect(more.turn.question?.options).toMatchObject({ params: "70B", tokens: "15T", gpus: "1024" });
      expect(more.turn.question?.options.gpu).toBe("H100,B200");
      expect(days(B200)).toBeCloseTo(79.1, 1);
      expect(more.text).toMatch(/B200 \(HGX B200\) 180GB · time to train\s+79\.1 days/);
      expect(days(H100)).toBeCloseTo(180, 0);
      expect(more.text).toMatch(/H100 SXM5 80GB · time to train\s+180 days/);
      expect(more.text).toContain("Follow-up (gpu=H100,B200)");
    },
  );

  it("`vs A100 and H200` adds both; a GPU already in the list is answered again, unchanged", async () => {
    const say = thread();
    await say("70B 15T on 1024 H100");
    const more = await say("vs A100 and H200");
    expect(more.turn.question?.options.gpu).toBe("H100,A100,H200");
    // A100: 312 TFLOP/s bf16 dense (NVIDIA A100 datasheet) → 6.3e24 / (1024 × 312e12 × 0.4) = 571 days = 1.6 years.
    expect(days(312e12) / 365.25).toBeCloseTo(1.56, 2);
    expect(more.text).toMatch(/A100 SXM4 80GB · time to train\s+1\.6 years/);
    const again = await say("compared to the H100");
    expect(again.turn.question?.options.gpu).toBe("H100,A100,H200");
    expect(again.text).toContain("Answered again as");
  });

  it("跟 B200 比較 in a Chinese thread, then 和 MI300X、A100 比呢", async () => {
    const say = thread();
    await say("用 1024 張 H100 訓練 70B 15T token");
    const more = await say("跟 B200 比較");
    expect(more.turn.reply.lang).toBe("zh-TW");
    expect(more.turn.question?.options.gpu).toBe("H100,B200");
    expect(more.text).toContain("追問 (gpu=H100,B200)");
    const next = await say("和 MI300X、A100 比呢");
    expect(next.turn.question?.options.gpu).toBe("H100,B200,MI300X,A100");
  });

  it("published runs named are still a comparison of runs (`compare gpt-3 chinchilla`)", async () => {
    const say = thread();
    await say("70B 15T on 1024 H100");
    const runs = await say("compare gpt-3 chinchilla");
    expect(runs.turn.reply.command).toBe("compare");
    expect(runs.turn.question?.options.names).toBe("gpt-3 chinchilla");
  });
});

describe("`how long to train it` after a serving or memory answer is the model's training time", () => {
  it("after serving llama 3 70b on H100: the published run's 6.4M GPU-hours on H100, then `gpus=2048` → 130 days (it was refused: “mode=train is training memory”)", async () => {
    const say = thread();
    await say("how many H100 to serve llama 3 70b at 20 req/s");
    const train = await say("how long to train it");
    expect(train.turn.reply.ok).toBe(true);
    expect(train.turn.reply.command).toBe("compute");
    expect(train.turn.question?.options).toEqual({ params: "llama-3-70b", gpu: "H100" });
    expect(train.text).toContain("Follow-up (compute), answered as: compute llama-3-70b gpu=H100");
    expect(train.text).toMatch(/GPU-hours \(published run\)\s+6\.4M GPU-hours/);
    const more = await say("gpus=2048");
    // 6.4M GPU-hours × 3600 / 2048 GPUs = 1.125e7 s = 130 days.
    expect((6.4e6 * 3600) / 2048 / 86_400).toBeCloseTo(130.2, 1);
    expect(more.text).toMatch(/Time to train at the published GPU-hours\s+130 days/);
  });

  it("訓練要多久 after a Chinese serving answer: the same, in Chinese", async () => {
    const say = thread();
    await say("部署 llama 3 70b 每秒 20 個請求要幾張 H100");
    const train = await say("訓練要多久");
    expect(train.turn.reply.ok).toBe(true);
    expect(train.turn.reply.lang).toBe("zh-TW");
    expect(train.turn.reply.command).toBe("compute");
    expect(train.text).toContain("追問 (compute)");
  });

  it("after a memory answer, `how long to train it on 15T tokens`: 6 × 70B × 15T on the assumed 1,024 H100 = 180 days (it was training memory, 15T named as not used)", async () => {
    const say = thread();
    await say("how many H100 to serve 70B");
    const train = await say("how long to train it on 15T tokens");
    expect(train.turn.question?.options).toEqual({ params: "70B", gpu: "H100", tokens: "15T" });
    expect(6.3e24 / (1024 * H100 * 0.4) / 86_400).toBeCloseTo(180, 0);
    expect(train.text).toMatch(/Time to train\s+180 days/);
    expect(train.text).not.toContain("Not used");
  });

  it("`what would it cost to train at $2/h on 1024 GPUs`: 6 × 70B × 1.4T (Chinchilla) = 5.88e23 FLOP → 413K GPU-hours × $2 = $825K", async () => {
    const say = thread();
    await say("cards 70B gpu=H100 mode=infer");
    const cost = await say("what would it cost to train at $2/h on 1024 GPUs");
    const gpuHours = (6 * 70e9 * 1.4e12) / (H100 * 0.4) / 3600;
    expect(gpuHours).toBeCloseTo(412_720, -2);
    expect(cost.text).toMatch(/Cost\s+\$825K/);
    expect(cost.turn.question?.options).toMatchObject({
      params: "70B",
      gpu: "H100",
      price: "$2/h",
      gpus: "1024",
    });
  });

  it("memory asked for training stays the memory answer (`how much memory to train it`: cards mode=train)", async () => {
    const say = thread();
    await say("cards 70B gpu=H100 mode=infer");
    const memory = await say("how much memory to train it");
    expect(memory.turn.reply.command).toBe("cards");
    expect(memory.turn.question?.options.mode).toBe("train");
  });
});

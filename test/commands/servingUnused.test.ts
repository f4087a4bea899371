import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

/** The options a reply names as not used, as typed (`zero=3`). */
const unused = (line: string) =>
  ask(line)
    .notes.filter((note) => note.key === "read.unused")
    .map((note) => note.params?.option);
/** The canonical option names in a reply's reading. */
const readNames = (line: string) => ask(line).readAs?.items.map((item) => item.option) ?? [];
const readLine = (line: string, lang: "en" | "zh-TW" = "en") =>
  String(localize(ask(line, lang), lang).readAs);

// Llama 2/3 70B's attention shape (config.json): 80 layers, 64 heads, 8 KV heads, head dim 128.
const SHAPE = "layers=80 heads=64 kv-heads=8 head-dim=128";
// KV cache per token: 2 (K and V) · L · n_kv · d_head · 2 B (bf16) = 327,680 B.
const KV_PER_TOKEN = 2 * 80 * 8 * 128 * 2;
const TRAINING_ONLY =
  "zero=3 dp=8 recompute=full attention=unfused rank=4 lora-targets=all vocab=32000 ffn=28672";

describe("serving reads only what its answer depends on: training options are named as not used", () => {
  it("cards 70B gpu=H100 mode=infer zero=3 rank=4 recompute=full: all three named, none read, the answer unchanged", () => {
    const line = "cards 70B gpu=H100 mode=infer zero=3 rank=4 recompute=full";
    expect(unused(line)).toEqual(["zero=3", "rank=4", "recompute=full"]);
    for (const name of ["zero", "rank", "recompute"]) expect(readNames(line)).not.toContain(name);
    expect(readLine(line)).toBe("Read as: 70B parameters · H100 SXM5 80GB · mode infer · bf16 (assumed)");
    expect(result(line)).toEqual(result("cards 70B gpu=H100"));
    // 70B at bf16 (2 B per parameter) is 140 GB of weights.
    expect(result(line).breakdown.weights).toBe(140e9);
    expect(said(line)).toContain("Not used: zero=3 (this /flops cards answer does not depend on it).");
    expect(said(line, "zh-TW")).toContain("未使用：recompute=full");
    expect(readLine(line, "zh-TW")).not.toContain("zero");
  });

  it("every training-only option typed with an inference question is named, with the KV cache counted", () => {
    const plain = `cards 70B gpu=H100 ${SHAPE} context=8k`;
    const line = `${plain} mode=infer ${TRAINING_ONLY}`;
    expect(unused(line)).toEqual(TRAINING_ONLY.split(" "));
    expect(result(line)).toEqual(result(plain));
    expect(result(line).serving.kvBytesPerToken).toBe(KV_PER_TOKEN);
    // The KV cache of one 8,192-token sequence: 327,680 B × 8,192.
    expect(result(line).breakdown.kvCache).toBe(KV_PER_TOKEN * 8192);
  });

  it("a ZeRO stage with no mode asks training's memory (no serving shards by it): 16 B × 70B over 72 GB → 16 H100", () => {
    const line = "cards 70B gpu=H100 zero=3 rank=4";
    expect(unused(line)).toEqual(["rank=4"]);
    expect(readLine(line)).toContain("mode train");
    expect(result(line).cards).toBe(16);
  });

  it("what serving uses stays read: precision, context, batch, kv-heads, layers, head-dim, kv-precision, tp", () => {
    const line = `cards 70B gpu=H100 ${SHAPE} context=8k batch=4 precision=fp8 kv-precision=fp8 tp=8`;
    expect(unused(line)).toEqual([]);
    for (const name of [
      "precision",
      "context",
      "batch",
      "layers",
      "heads",
      "kv-heads",
      "head-dim",
      "kv-precision",
      "tp",
    ])
      expect(readNames(line), name).toContain(name);
    const r = result(line);
    // fp8 weights: 1 B per parameter; fp8 cache: half of bf16's per token; 4 sequences of 8,192.
    expect(r.breakdown.weights).toBe(70e9);
    expect(r.breakdown.kvCache).toBe((KV_PER_TOKEN / 2) * 8192 * 4);
    expect(r.serving.tp).toBe(8);
  });

  it("mode=train reads ZeRO and recompute (they fix the layout), as before", () => {
    const line =
      "cards 70B gpu=A100 mode=train layers=80 hidden=8192 heads=64 context=4k zero=1 recompute=selective";
    expect(unused(line)).toEqual([]);
    expect(result(line).layout).toMatchObject({ zero: 1, recompute: "selective" });
  });

  it("an option named as not used is not in the reading of any command (LoRA rank with full training)", () => {
    const train = "cards 70B gpu=H100 mode=train rank=4";
    expect(unused(train)).toEqual(["rank=4"]);
    expect(readNames(train)).not.toContain("rank");
    expect(readLine(train)).not.toContain("rank");
    // gpus= and price= without a GPU are not "not used": a warning says a GPU is needed
    // (numbersRound2.test.ts, misreadings.test.ts).
    expect(unused("175B 300B price=$2/h")).toEqual([]);
    expect(unused("175B 300B gpus=1024")).toEqual([]);
    // 6 · 175e9 · 300e9 = 3.15e23 FLOP (Kaplan et al. 2020; GPT-3's 3.14e23 in Brown et al. 2020).
    expect(result("175B 300B gpus=1024").flops).toBe(3.15e23);
  });
});

describe("serve and cards: the serving options that count only in some questions", () => {
  it("generate= counts with or without a request rate: a request's decode steps, and with a shape its cache", () => {
    expect(unused("serve 8B gpu=H100 generate=256")).toEqual([]);
    // Without a rate the request's time is its prefill and then G decode steps.
    const t = result("serve 8B gpu=H100 generate=256").throughput;
    expect(t.requestSeconds).toBeCloseTo(t.prefillSeconds + 256 * t.decodeStepSeconds, 12);
    const withRate = "serve 8B gpu=H100 rate=2 generate=256";
    expect(unused(withRate)).toEqual([]);
    expect(result(withRate).throughput.generatedTokens).toBe(256);
  });

  it("experts= and top-k= count together (Mixtral 8x7B: 8 experts, 2 active)", () => {
    expect(unused("serve 47B gpu=H100 active=13B experts=8")).toEqual(["experts=8"]);
    expect(unused("serve 47B gpu=H100 active=13B top-k=2")).toEqual(["top-k=2"]);
    expect(unused("serve 47B gpu=H100 active=13B experts=8 top-k=2")).toEqual([]);
    expect(said("serve 47B gpu=H100 active=13B experts=8 top-k=2")).toContain("8 experts");
  });

  it("hidden= gives the head dimension only when head-dim= is missing and there are layers and heads", () => {
    const line = `serve 70B gpu=H100 ${SHAPE} hidden=8192`;
    expect(unused(line)).toEqual(["hidden=8192"]);
    expect(result(line)).toEqual(result(`serve 70B gpu=H100 ${SHAPE}`));
    expect(unused("cards 70B gpu=H100 hidden=8192")).toEqual(["hidden=8192"]);
    // Llama 2 70B: hidden 8192 / 64 heads = head dim 128, the same cache as head-dim=128.
    const derived = "cards 70B gpu=H100 layers=80 heads=64 kv-heads=8 hidden=8192";
    expect(unused(derived)).toEqual([]);
    expect(result(derived).serving.kvBytesPerToken).toBe(KV_PER_TOKEN);
  });

  it("with a rate and a prompt, the sequence is prompt + generate: context= is not used, and none is assumed", () => {
    const base = `serve 70B gpu=H100 ${SHAPE} rate=20 prompt=1k generate=256`;
    const r = result(base);
    expect(r.throughput.context).toBe(1024 + 256);
    expect(ask(base).notes.map((n) => n.key)).not.toContain("note.contextAssumed");
    expect(unused(`${base} context=8k`)).toEqual(["context=8k"]);
    expect(result(`${base} context=8k`)).toEqual(r);
    // Without a prompt, a typed context is the request's prompt length (said in a note), not unused.
    const typed = `serve 70B gpu=H100 ${SHAPE} rate=20 generate=256 context=8k`;
    expect(unused(typed)).toEqual([]);
    expect(result(typed).throughput.promptTokens).toBe(8192);
  });

  it("without the attention shape, context= and batch= change nothing in cards (the KV cache is not counted, and said so)", () => {
    const line = "cards 70B gpu=H100 context=8k batch=4";
    expect(unused(line)).toEqual(["context=8k", "batch=4"]);
    expect(ask(line).warnings.map((w) => w.key)).toContain("note.kvNeedsShape");
    expect(result(line)).toEqual(result("cards 70B gpu=H100"));
    // serve's decode and prefill use both even then: tokens/s is batch / step time; the prompt is the context.
    expect(unused("serve 8B gpu=H100 context=8k batch=4")).toEqual([]);
  });
});

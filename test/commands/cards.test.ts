import { describe, expect, it } from "vitest";
import { ask, json, result, said } from "./helpers.ts";

const GB = 1e9;

describe("/flops cards mode=train: a layout, not a quotient", () => {
  const llama70 = "cards 70B gpu=A100 mode=train layers=80 hidden=8192 heads=64 context=4k";

  it("answers with a layout whose every card holds its share, and says so in JSON (result.layout, base units)", () => {
    const r = result(llama70);
    expect(r.layout.gpus).toBe(r.cards);
    expect(r.layout.tp * r.layout.pp * r.layout.dp).toBe(r.cards);
    expect(r.layout.bytesPerGpu).toBeLessThanOrEqual(r.usableBytesPerCard);
    expect(r.usableBytesPerCard).toBe(72e9);
    expect(r.bytesPerCard).toBe(r.layout.bytesPerGpu);
    // 70B at 4k on 17 A100 was the old quotient: 16 B × 70e9 / 72 GB. It is no longer said to fit.
    expect(r.cards).not.toBe(17);
    expect(said(llama70)).toMatch(/TP \d+ × PP \d+ × DP \d+, ZeRO-\d, (none|selective|full) recompute/);
    expect(said(llama70)).toMatch(/= \d+ nodes of 8|in one node of 8/);
  });

  it("user-given tp, pp, zero and recompute fix those parts of the search", () => {
    const r = result(`${llama70} tp=8 pp=4 zero=1 recompute=selective`);
    expect(r.layout).toMatchObject({ tp: 8, pp: 4, zero: 1, recompute: "selective" });
    expect(r.layout.bytesPerGpu).toBeLessThanOrEqual(72e9);
  });

  it("never says a card count and 'one card cannot hold its share' together: a layout that cannot fit gets no count, and what would fit", () => {
    const reply = ask(`${llama70} tp=1 pp=1 dp=17`);
    expect(reply.ok).toBe(true);
    expect(reply.result?.cards).toBeNull();
    expect(reply.result?.fits).toBe(false);
    expect(reply.warnings.map((w) => w.key)).toContain("note.noLayoutFits");
    expect(reply.notes.map((n) => n.key).some((k) => k.startsWith("note.wouldFit"))).toBe(true);
    for (const line of [
      llama70,
      "cards 7.5B gpu=A100 mode=train zero=3 dp=64",
      "cards 175B gpu=A100 mode=train layers=96 hidden=12288 heads=96 context=2k",
      "cards 7B gpu=RTX4090 mode=train layers=32 hidden=4096 heads=32 context=2k",
    ]) {
      const r = ask(line);
      const count = r.result?.cards as number | null;
      const warned = r.warnings.some((w) => w.key === "note.noLayoutFits");
      expect(count !== null && warned, line).toBe(false);
      if (count !== null)
        expect(r.result?.bytesPerCard as number, line).toBeLessThanOrEqual(
          r.result?.usableBytesPerCard as number,
        );
    }
  });

  it("when nothing fits, names what would: 70B at 128k on 80 GB needs a bigger card or a shorter sequence", () => {
    const reply = ask("cards 70B gpu=H100 mode=train layers=80 hidden=8192 heads=64 context=128k");
    expect(reply.result?.cards).toBeNull();
    const keys = reply.notes.map((n) => n.key);
    expect(keys.some((k) => k === "note.wouldFitGpu" || k === "note.wouldFitNothing")).toBe(true);
  });

  it("keeps the seed's rule of thumb beside it, labelled", () => {
    expect(result(llama70).ruleOfThumbBytes).toBe(4 * 70e9 * 2);
    expect(said(llama70)).toContain("Rule of thumb (seed article)");
  });

  it("says why the rule's count is below the cards needed: 8 B a parameter against Adam's 16 (ZeRO §3.1)", () => {
    const shown = said(llama70);
    expect(shown).toContain("4 × the weights");
    expect(shown).toContain("8 B a parameter in bf16");
    expect(shown).toContain("mixed-precision Adam alone keeps 16 B a parameter");
    expect(said(llama70, "zh-TW")).toContain("每個參數 16 B");
    // Serving's 2.5 × weights stands alone: no training note there.
    expect(ask("cards 70B gpu=H100").notes.map((n) => n.key)).not.toContain("note.ruleOfThumbTrain");
  });

  it("a published run's architecture fills the layout search (BLOOM: 112 heads allow t = 1, 2, 4, 8 and 70 layers p | 70)", () => {
    const r = result("cards bloom-176b gpu=A100 mode=train");
    expect([1, 2, 4, 8]).toContain(r.layout.tp);
    expect(70 % r.layout.pp).toBe(0);
  });

  it("a tp that no engine runs is refused with an example", () => {
    expect(ask(`${llama70} tp=3`).error?.key).toBe("cards.badTp");
    expect(ask(`${llama70} pp=81`).error?.key).toBe("cards.badPp");
    expect(ask(`${llama70} tp=0`).error).toBeDefined();
  });
});

describe("/flops cards fine-tuning modes (Hu et al. 2021; Dettmers et al. 2023)", () => {
  it("7B on one 24 GB card: full fine-tuning no, LoRA in bf16 depends on context and batch, QLoRA yes", () => {
    const short = result("cards llama-2-7b gpu=rtx-4090 mode=lora context=2k");
    expect(short.oneCard.full.fits).toBe(false);
    // Full: 16 B × 6.74B = 108 GB of states before any activation.
    expect(short.oneCard.full.bytes).toBeGreaterThan(108 * GB);
    expect(short.oneCard.lora.fits).toBe(true);
    expect(short.oneCard.qlora.fits).toBe(true);
    const long = result("cards llama-2-7b gpu=rtx-4090 mode=lora context=4k batch=4");
    expect(long.oneCard.lora.fits).toBe(false);
    expect(long.oneCard.qlora.fits).toBe(true);
    expect(said("cards llama-2-7b gpu=rtx-4090 mode=qlora")).toContain("QLoRA on one card");
  });

  it("QLoRA fits LLaMA-65B on one 48 GB card (Dettmers et al. 2023, abstract)", () => {
    const r = result("cards llama-65b gpu=L40S mode=qlora context=512");
    expect(r.cards).toBe(1);
    expect(r.layout.bytesPerGpu).toBeLessThanOrEqual(0.9 * 48 * GB);
    expect(r.oneCard.qlora.fits).toBe(true);
    expect(r.oneCard.lora.fits).toBe(false);
  });

  it("13B: QLoRA fits a 24 GB card, LoRA in bf16 does not (26 GB of frozen weights alone)", () => {
    const r = result("cards llama-2-13b gpu=rtx-4090 mode=qlora context=2k");
    expect(r.oneCard.qlora.fits).toBe(true);
    expect(r.oneCard.lora.fits).toBe(false);
    expect(r.breakdown.weights).toBeCloseTo((13.0e9 * 4.127) / 8 + 2 * r.adapterParams, -9);
  });

  it("70B: QLoRA fits one 48 GB card; LoRA in bf16 needs more than one 80 GB card; full fine-tuning is a training layout", () => {
    expect(result("cards llama-2-70b gpu=L40S mode=qlora context=1k").cards).toBe(1);
    const lora = result("cards llama-2-70b gpu=H100 mode=lora context=1k");
    expect(lora.oneCard.lora.fits).toBe(false);
    expect(lora.cards).toBeGreaterThan(1);
    const full = result("cards llama-2-70b gpu=H100 mode=full context=4k");
    expect(full.cards).toBeGreaterThanOrEqual(Math.ceil((16 * 69e9) / 72e9));
  });

  it("rank and targets change the adapters: rank 64 on all projections is 4× rank 16 plus the MLP", () => {
    const base = result("cards llama-2-7b gpu=A100 mode=lora").adapterParams;
    const all = result("cards llama-2-7b gpu=A100 mode=lora rank=64 lora-targets=all").adapterParams;
    expect(all).toBe(4 * base + 32 * 64 * 3 * (4096 + 11008));
  });
});

describe("/flops cards serving", () => {
  it("counts the KV cache for a named run, in its own precision: fp8 weights keep a bf16 cache", () => {
    const r = result("cards llama-3-70b gpu=H100 precision=fp8");
    expect(r.serving.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
    expect(r.serving.kvPrecision).toBe("bf16");
    const fp8 = result("cards llama-3-70b gpu=H100 precision=fp8 kv-precision=fp8");
    expect(fp8.serving.kvBytesPerToken).toBe(2 * 80 * 8 * 128);
  });

  it("a named MoE's KV cache is counted: Mixtral's GQA, and DeepSeek-V3's MLA latent (61 × (512 + 64) × 2 B = 70,272 B per token; DeepSeek-V2 §2.1, V3 config.json), not 2·L·n_kv·d_head", () => {
    expect(result("cards mixtral-8x7b gpu=H100").breakdown.kvCache).toBeGreaterThan(0);
    const deepseek = ask("cards deepseek-v3 gpu=H100 precision=fp8");
    expect(deepseek.warnings.map((w) => w.key)).not.toContain("note.kvNeedsShape");
    const r = result("cards deepseek-v3 gpu=H100 precision=fp8");
    expect(r.serving.kvBytesPerToken).toBe(61 * (512 + 64) * 2);
    expect(result("cards deepseek-v3 gpu=H100 precision=fp8 kv-precision=fp8").serving.kvBytesPerToken).toBe(
      61 * (512 + 64),
    );
    expect(said("cards deepseek-v3 gpu=H100 precision=fp8")).toContain(
      "L · (d_c + d_R) · bytes = 61 × 576 × 2",
    );
  });

  it("serving counts are tensor-parallel sizes an engine runs, with nodes of 8 and pipeline stages when needed", () => {
    for (const params of ["13B", "34B", "70B", "110B", "180B"]) {
      const r = result(`cards ${params} gpu=H100 layers=80 heads=64 kv-heads=8 head-dim=128 context=8k`);
      expect([1, 2, 4, 8, 16, 24, 32]).toContain(r.cards);
      expect(r.serving.tp * r.serving.pp).toBe(r.cards);
    }
    const r405 = result("cards llama-3-405b gpu=H100 context=8k");
    expect(r405.serving).toMatchObject({ tp: 8, pp: 2, gpus: 16, nodes: 2 });
    expect(said("cards llama-3-405b gpu=H100 context=8k")).toContain(
      "16 NVIDIA H100 SXM5 80GB = 2 nodes of 8",
    );
  });

  it("throughput per replica and per GPU in result.throughput (tokens/s, seconds)", () => {
    const r = result("serve llama-3-8b gpu=H100 context=8k");
    // 2 × (8,030,261,248 − 128,256 × 4,096) B + 2^30 B of cache per step at 3.35 TB/s: every weight
    // but the untied embedding table, of which the step gathers one row.
    expect(r.throughput.decodeTokensPerSecondPerReplica).toBeCloseTo(
      3.35e12 / (2 * (8_030_261_248 - 128_256 * 4096) + 2 ** 30),
      6,
    );
    expect(r.throughput.decodeBound).toBe("memory");
    expect(r.throughput.prefillSeconds).toBeGreaterThan(0);
    expect(r.throughput.decodeTokensPerSecondPerGpu).toBe(
      r.throughput.decodeTokensPerSecondPerReplica / r.serving.gpus,
    );
    // Inference FLOP per token: 2N + 4·L·ctx·d_attn (PaLM Appendix B).
    expect(r.inferenceFlopsPerToken).toBe(2 * 8_030_261_248 + 4 * 32 * 8192 * 4096);
  });

  it("how many GPUs for N requests/s of P + G tokens: replicas × cards", () => {
    const r = result("serve llama-3-70b gpu=H100 rate=20 prompt=1k generate=256");
    expect(r.throughput.replicas).toBeGreaterThanOrEqual(1);
    expect(r.throughput.gpus).toBe(r.throughput.replicas * r.serving.gpus);
    expect(r.cards).toBe(r.throughput.gpus);
    expect(r.throughput.replicas).toBe(Math.ceil(20 / r.throughput.requestsPerSecondPerReplica));
  });

  it("states GB as 10⁹ bytes and the card's figure as the vendor states it", () => {
    expect(said("cards 7B gpu=H100")).toContain("GB = 10⁹ bytes");
  });
});

describe("/flops cards in every rendering", () => {
  it("zh-TW renders the layout, the fine-tuning rows and the throughput", () => {
    const zh = said("cards 70B gpu=A100 mode=train layers=80 hidden=8192 heads=64 context=4k", "zh-TW");
    expect(zh).toContain("平行佈局");
    expect(zh).toContain("重算");
    expect(said("cards llama-2-7b gpu=rtx-4090 mode=qlora", "zh-TW")).toContain("單卡 QLoRA");
    expect(said("serve llama-3-8b gpu=H100", "zh-TW")).toContain("每秒 decode 的 token 數");
  });

  it("help cards and help serve list the new options", () => {
    const help = said("help cards");
    for (const option of ["tp", "pp", "kv-precision", "rank", "lora-targets", "attention", "qlora"]) {
      expect(help, option).toContain(option);
    }
    const serve = said("help serve");
    for (const option of ["rate", "prompt", "generate", "batch", "experts", "top-k", "mfu"]) {
      expect(serve, option).toContain(option);
    }
    expect(said("help")).toContain("serve");
  });

  it("the JSON contract keeps its fields and adds layout, serving and throughput", () => {
    const j = json("cards llama-3-8b gpu=H100");
    expect(j.ok).toBe(true);
    for (const key of [
      "mode",
      "cards",
      "bytesTotal",
      "bytesPerCard",
      "usableBytesPerCard",
      "breakdown",
      "layout",
    ]) {
      expect(j.result, key).toHaveProperty(key);
    }
    const s = json("serve llama-3-8b gpu=H100");
    for (const key of ["cards", "layout", "serving", "throughput", "inferenceFlopsPerToken"]) {
      expect(s.result, key).toHaveProperty(key);
    }
  });
});

describe("/flops cards: LoRA options typed with full training are named as not used", () => {
  const shape = "gpu=H100 layers=80 hidden=8192 heads=64 context=4k";
  const unused = (line: string) =>
    ask(line)
      .notes.filter((note) => note.key === "read.unused")
      .map((note) => note.params?.option);

  it.each(["train", "full"])(
    "mode=%s rank=16 lora-targets=all: both named, the answer as without them",
    (mode) => {
      const plain = `cards 70B ${shape} mode=${mode}`;
      expect(unused(`${plain} rank=16 lora-targets=all`)).toEqual(["rank=16", "lora-targets=all"]);
      expect(result(`${plain} rank=16 lora-targets=all`)).toEqual(result(plain));
      expect(said(`${plain} rank=16`)).toContain("Not used: rank=16");
    },
  );

  it("mode=qlora reads them: rank 64 on every projection of Llama 2 7B's shape", () => {
    const line =
      "cards 7B gpu=4090 mode=qlora layers=32 hidden=4096 heads=32 context=2k rank=64 lora-targets=attention";
    expect(unused(line)).toEqual([]);
    // LoRA (Hu et al. 2021, §4.1): r·(d_in + d_out) per adapted d×d matrix; q, k, v and o in each
    // of 32 layers at d = 4096: 32 · 4 · 64 · 8192 = 67,108,864.
    expect(result(line).adapterParams).toBe(32 * 4 * 64 * (4096 + 4096));
  });
});

describe("cards mode=qlora: the embedding and output head stay in bf16", () => {
  it("Llama 3 8B (untied, vocab 128,256): 5.73 GB of weights, not 4.17 GB as if all of it were NF4", () => {
    const r = result("cards llama-3-8b gpu=rtx-4090 mode=qlora");
    // (8.03B − 2·V·h) × 4.127 bit + 2·V·h × 2 B + 13.6M adapters × 2 B (Dettmers et al. 2023 §3; 2·V·h = 1.05B).
    expect(r.layout.perGpu.weights / GB).toBeCloseTo(5.73, 2);
    expect(said("cards llama-3-8b gpu=rtx-4090 mode=qlora")).toContain("N_16 = 1.05B");
    expect(ask("cards llama-3-8b gpu=rtx-4090 mode=qlora").notes.map((n) => n.key)).toContain(
      "note.qloraKeptUntied",
    );
  });

  it("Llama 3.2 1B ties them (tie_word_embeddings true): V·h = 263M kept once", () => {
    const reply = ask("cards llama-3.2-1b gpu=rtx-4090 mode=qlora");
    expect(reply.notes.map((n) => n.key)).toContain("note.qloraKeptTied");
    expect(said("cards llama-3.2-1b gpu=rtx-4090 mode=qlora")).toContain("N_16 = 263M");
  });

  it("typed numbers without vocab= say the embedding is counted in NF4 (an undercount)", () => {
    const reply = ask("cards 7B gpu=RTX4090 mode=qlora layers=32 hidden=4096 heads=32 context=2k");
    expect(reply.notes.map((n) => n.key)).toContain("note.qloraKeptUnknown");
  });
});

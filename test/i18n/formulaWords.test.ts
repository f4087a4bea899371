import { describe, expect, it } from "vitest";
import { renderForTerminal } from "../../src/adapters/cli/render.ts";
import { registry } from "../../src/commands/registry.ts";
import { type FormulaId, formulaById } from "../../src/core/formulas/index.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { en } from "../../src/i18n/en.ts";
import type { Lang } from "../../src/i18n/lang.ts";

const shown = (line: string, lang: Lang) =>
  renderForTerminal(respondToText(registry, line, { lang }), lang, false, 400);

/**
 * Formulas whose templates hold words read in the reader's language; their symbols stay.
 * DeepSeek-V3: 37.6B active by the recount vs 37B published (DeepSeek-AI 2024, abstract): +1.5%.
 * GPT-3's MFU 21.3% is published in PaLM Table 3.
 */
describe("formula words in zh-TW replies", () => {
  it("model deepseek-v3: the active-parameter recount and the forward pass read in Chinese", () => {
    const zh = shown("model deepseek-v3", "zh-TW");
    expect(zh).toContain("共享 + top-8 路由專家 + attention + 嵌入層與輸出層 = 37.6B (比公開值 +1.5%");
    expect(zh).toContain("各元件加總，T = 4,096；每個權重 2 FLOP");
    expect(zh).not.toMatch(/vs published|routed experts|Σ components/);
    const english = shown("model deepseek-v3", "en");
    expect(english).toContain(
      "shared + top-8 routed experts + attention + embedding and head = 37.6B (+1.5% vs published",
    );
  });

  it("cards mode=qlora: Σ over all cards is 所有卡加總", () => {
    const zh = shown("cards 70B gpu=H100 mode=qlora", "zh-TW");
    expect(zh).toContain("Σ 所有卡加總");
    expect(zh).not.toContain("over all cards");
    expect(shown("cards 70B gpu=H100 mode=qlora", "en")).toContain("Σ over all cards");
  });

  it("compare gpt-3 chinchilla: GPT-3's published 21.3% (PaLM Table 3) reads 公開值 21.3%", () => {
    const zh = shown("compare gpt-3 chinchilla", "zh-TW");
    expect(zh).toContain("公開值 21.3%");
    expect(zh).toContain("GPU 秒數 × fp16 dense 峰值");
    expect(zh).not.toMatch(/published 21\.3%|GPU-seconds/);
  });

  it("chinchilla budget=1e24: Hoffmann Eq. 4's parameters read 式 4 (it was 'Eq. 4 …' in zh-TW)", () => {
    const zh = shown("chinchilla budget=1e24", "zh-TW");
    // Approach 3's constants (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28; Hoffmann et al. 2022 Eq. 10).
    expect(zh).toContain("式 4 (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28)：N = G·(C/6)^a；D");
    expect(zh).not.toContain("Eq. 4");
    expect(shown("chinchilla budget=1e24", "en")).toContain(
      "Eq. 4 (E 1.69, A 406.4, B 410.7, α 0.34, β 0.28): N",
    );
  });

  it("cards 70B mode=full and serve's cost rows read optimizer/activation and 每生成 1M 個 token, no 優化器, 激活值 or 'generate token'", () => {
    const full = shown("cards 70B gpu=H100 mode=full", "zh-TW");
    expect(full).toContain("權重 + 梯度 + optimizer 狀態，所有卡加總");
    expect(full).toContain("optimizer 狀態與 activation");
    expect(full).not.toMatch(/優化器|激活值|種子文章/);
    const serve = shown("serve llama-3-8b gpu=H100 rate=10 price=$2/h", "zh-TW");
    expect(serve).toContain("每生成 1M 個 token 的成本");
    expect(serve).not.toMatch(/generate token|decode token/);
  });

  it("the English catalog reads as the formula files do (one text, two places)", () => {
    const catalog = en as Record<string, string>;
    const ids: FormulaId[] = [
      "memory.summedOverCards",
      "memory.totalOverCards",
      "model.activeExact",
      "run.vsPublished",
      "compare.mfu",
      "compare.published",
      "forward.perToken",
      "serve.replicas",
      "params.nonEmbedding",
      "arch.nonEmbedding",
      "chinchilla.eq4Params",
      "serve.maxBatch",
    ];
    for (const id of ids) {
      const formula = formulaById(id);
      if (formula.symbolicKey) expect(catalog[formula.symbolicKey], id).toBe(formula.symbolic);
      if (formula.substitutedKey) expect(catalog[formula.substitutedKey], id).toBe(formula.substituted);
    }
  });

  it("serve's replicas and the non-embedding count read in Chinese; one replica is not `1 replicas`", () => {
    const line = "serve llama-3-8b gpu=H100 rate=5";
    const zh = shown(line, "zh-TW");
    expect(zh).toMatch(/= 1 × \(每個 replica 1 張 NVIDIA H100/);
    expect(shown(line, "en")).toMatch(/= 1 × \(1 NVIDIA H100 SXM5 80GB a replica\)/);
    expect(shown(line, "en")).not.toContain("1 replicas");
    expect(shown("params llama-3-8b", "zh-TW")).toContain("總數 − embedding");
    expect(shown("params llama-3-8b", "zh-TW")).not.toContain("total − embeddings");
  });

  it("serve's max batch says its context in Chinese (it read `at ctx 8,192` in zh-TW)", () => {
    // Llama 3 70B (80 layers, 8 KV heads × 128) at 8,192 tokens in bf16: 2·80·8·128·2 B·8,192 = 2.68 GB a
    // sequence, a quarter of it on each of TP 4's cards: 0.671 GB.
    const zh = shown("serve llama-3-70b gpu=H100", "zh-TW");
    expect(zh).toContain("/ 0.671 GB⌋，ctx 為 8,192 時");
    expect(zh).not.toContain("at ctx");
    expect(shown("serve llama-3-70b gpu=H100", "en")).toContain("/ 0.671 GB⌋ at ctx 8,192");
  });

  it("help shows no reading line (`解讀為：topic 為 cards`)", () => {
    expect(shown("help cards", "zh-TW")).not.toContain("解讀為");
    expect(shown("help cards", "en")).not.toContain("Read as");
  });
});

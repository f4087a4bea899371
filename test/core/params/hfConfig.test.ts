import { describe, expect, it } from "vitest";
import { isUserError } from "../../../src/core/errors.ts";
import { architectureParams } from "../../../src/core/params/architecture.ts";
import { MAX_CONFIG_CHARS, parseConfigText, readHfConfig } from "../../../src/core/params/hfConfig.ts";
import { fixture } from "./hfFixture.ts";

const count = (name: string) => architectureParams(readHfConfig(fixture(name)).architecture);

describe("real config.json files counted exactly (the Hub's safetensors parameter count)", () => {
  // Each expected value is the parameter count Hugging Face shows for the checkpoint (safetensors
  // metadata), or the model card's exact figure where it prints one.
  it.each([
    ["meta-llama__Meta-Llama-3-8B", 8_030_261_248], // Meta-Llama-3-8B: 8.03B
    ["mistralai__Mixtral-8x7B-v0.1", 46_702_792_704], // Mixtral-8x7B-v0.1: 46.7B
    ["Qwen__Qwen2.5-7B", 7_615_616_512], // Qwen2.5-7B: 7.62B (q, k, v biases)
    ["Qwen__Qwen3-8B", 8_190_735_360], // Qwen3-8B: 8.19B (per-head q/k RMSNorm)
    ["Qwen__Qwen3-30B-A3B", 30_532_122_624], // Qwen3-30B-A3B: 30.5B
    ["google__gemma-2-2b-it", 2_614_341_888], // gemma-2-2b-it: 2.61B (four norms per layer, tied)
    ["allenai__OLMo-2-1124-7B", 7_298_617_344], // OLMo-2-1124-7B: 7.30B (full q/k norms)
    ["microsoft__Phi-3-mini-4k-instruct", 3_821_079_552], // Phi-3-mini-4k-instruct: 3.82B (fused qkv, gate_up)
    ["deepseek-ai__DeepSeek-R1", 671_026_419_200], // DeepSeek-V3 architecture: 671B main model (abstract)
    ["deepseek-ai__DeepSeek-Coder-V2-Lite-Instruct", 15_706_484_224], // DeepSeek-Coder-V2-Lite: 15.7B
  ])("%s has %d parameters", (name, expected) => {
    expect(count(name).total).toBe(expected);
  });

  it("MoE active parameters: Mixtral 12.9B, Qwen3-30B-A3B 3.3B, DeepSeek-V3 37B", () => {
    // Mixtral blog: "12.9B active"; Qwen3 card: 3.3B activated; DeepSeek-V3 abstract: 37B activated.
    expect(count("mistralai__Mixtral-8x7B-v0.1").active).toBe(12_879_925_248);
    expect(count("Qwen__Qwen3-30B-A3B").active / 1e9).toBeCloseTo(3.35, 2);
    // DeepSeek's weights README: 36.6B activated including the 0.9B head, i.e. without the embedding.
    const v3 = count("deepseek-ai__DeepSeek-R1");
    expect((v3.active - 129_280 * 7168) / 1e9).toBeCloseTo(36.6, 1);
  });

  it("DeepSeek-V3's MTP module: 11.5B unique parameters (DeepSeek's README_WEIGHTS), counted apart", () => {
    const v3 = count("deepseek-ai__DeepSeek-R1");
    expect(v3.mtp?.unique).toBe(11_610_068_224);
    expect(v3.mtp?.storedCopies).toBe(2 * 129_280 * 7168);
  });

  it("says which fields it used, which do not matter and which it does not understand", () => {
    const read = readHfConfig({ ...(fixture("Qwen__Qwen3-8B") as object), new_gizmo_size: 7 });
    expect(read.used).toEqual(
      expect.arrayContaining([
        "head_dim",
        "hidden_size",
        "intermediate_size",
        "num_key_value_heads",
        "vocab_size",
      ]),
    );
    expect(read.ignored).toEqual(expect.arrayContaining(["rope_theta", "torch_dtype", "bos_token_id"]));
    expect(read.unknown).toEqual(["new_gizmo_size"]);
  });

  it("reads a multimodal config's text_config", () => {
    const read = readHfConfig({ architectures: ["X"], text_config: fixture("Qwen__Qwen3-8B") });
    expect(architectureParams(read.architecture).total).toBe(8_190_735_360);
  });

  it("Gemma 2 alternates sliding-window (4096) and global layers; Mistral-style configs slide everywhere", () => {
    const gemma = readHfConfig(fixture("google__gemma-2-2b-it")).architecture;
    expect(gemma.slidingWindow).toBe(4096);
    expect(gemma.slidingLayers).toHaveLength(13);
    expect(gemma.slidingLayers.slice(0, 3)).toEqual([0, 2, 4]);
    // Qwen2.5 declares a window but use_sliding_window is false: no layer slides.
    expect(readHfConfig(fixture("Qwen__Qwen2.5-7B")).architecture.slidingWindow).toBeUndefined();
  });

  it("refuses what it cannot count exactly, with the reason", () => {
    const reason = (json: unknown) => {
      try {
        readHfConfig(json);
      } catch (error) {
        return isUserError(error) ? error.id : String(error);
      }
      return "counted";
    };
    expect(reason({ model_type: "mamba", hidden_size: 1 })).toBe("hf.unsupportedType");
    expect(reason([1, 2])).toBe("hf.configNotObject");
    // zod's English never reaches the user: a missing field and a wrong type have their own messages.
    expect(reason({ model_type: "llama", hidden_size: "big" })).toBe("hf.configNeeds");
    const llama2 = {
      model_type: "llama",
      num_hidden_layers: 32,
      hidden_size: "big",
      num_attention_heads: 32,
      intermediate_size: 11008,
      vocab_size: 32000,
    };
    expect(reason(llama2)).toBe("hf.configNotNumber");
    const mixtral = { ...(fixture("mistralai__Mixtral-8x7B-v0.1") as object), num_local_experts: undefined };
    expect(reason(mixtral)).toBe("hf.configMissing");
    expect(() => parseConfigText("{nope")).toThrow(expect.objectContaining({ id: "hf.configNotJson" }));
    expect(() => parseConfigText(" ".repeat(MAX_CONFIG_CHARS + 1))).toThrow(
      expect.objectContaining({ id: "hf.configTooLarge" }),
    );
  });
});

import type { ArchitectureInput } from "./params/architecture.ts";

/**
 * Published runs whose architecture the catalog's GPT/decoder shapes cannot express (MLA, MTP),
 * by run id (src/core/runs/entries.ts), each with the config it was read from. `params <run>`,
 * `mfu <run>` and `model <run>` count and compute from these exactly.
 */
export interface RunArchitecture {
  architecture: ArchitectureInput;
  source: { title: string; url: string };
  /** The parameter count the Hub shows for the checkpoint (safetensors), when it differs from the paper's. */
  hubCount?: { value: number; source: { title: string; url: string } };
  /** FP8 block scales stored beside the weights (weight_scale_inv, one fp32 per 128×128 block). */
  fp8BlockSize?: number;
}

const DEEPSEEK_V3_CONFIG = {
  title:
    "deepseek-ai/DeepSeek-V3 config.json (61 layers, d 7168, 128 heads; MLA q_lora_rank 1536, kv_lora_rank 512, qk 128+64, v 128; 3 dense layers then 256 routed + 1 shared experts of 2048, top-8; 1 MTP module)",
  url: "https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json",
};

/** DeepSeek-V3's shape: DeepSeek-R1 is trained from DeepSeek-V3-Base and ships the same config.json. */
const DEEPSEEK_V3_SHAPE: ArchitectureInput = {
  layers: 61,
  hidden: 7168,
  heads: 128,
  kvHeads: 128,
  headDim: 128,
  vocab: 129_280,
  ffn: 18_432,
  mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  moe: {
    experts: 256,
    topK: 8,
    expertFfn: 2048,
    sharedExperts: 1,
    firstDenseLayers: 3,
    routerBias: true,
  },
  mtpModules: 1,
};

/**
 * DeepSeek-V2 (arXiv 2405.04434 §3.1.2; deepseek-ai/DeepSeek-V2 config.json, the same values as
 * deepseek-ai/DeepSeek-V3's inference/configs/config_236B.json): MLA with d_c 512, d'_c 1536, RoPE 64;
 * the first layer dense (12,288), then 160 routed + 2 shared experts of 1,536, top-6; no MTP.
 */
const DEEPSEEK_V2_SHAPE: ArchitectureInput = {
  layers: 60,
  hidden: 5120,
  heads: 128,
  kvHeads: 128,
  headDim: 128,
  vocab: 102_400,
  ffn: 12_288,
  mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  moe: { experts: 160, topK: 6, expertFfn: 1536, sharedExperts: 2, firstDenseLayers: 1 },
};

/**
 * DeepSeek-V2-Lite (arXiv 2405.04434 Appendix B; deepseek-ai/DeepSeek-V2-Lite config.json): MLA with
 * d_c 512 and no query compression (q_lora_rank null), RoPE 64; the first layer dense (10,944), then
 * 64 routed + 2 shared experts of 1,408, top-6; no MTP.
 */
const DEEPSEEK_V2_LITE_SHAPE: ArchitectureInput = {
  layers: 27,
  hidden: 2048,
  heads: 16,
  kvHeads: 16,
  headDim: 128,
  vocab: 102_400,
  ffn: 10_944,
  mla: { kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  moe: { experts: 64, topK: 6, expertFfn: 1408, sharedExperts: 2, firstDenseLayers: 1 },
};

/**
 * gpt-oss (OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card; openai/gpt-oss-120b and -20b config.json,
 * model_type gpt_oss): d 2880, 64 query and 8 KV heads of 64, q/k/v/o with biases (attention_bias), a
 * learned attention sink per head, every layer MoE (num_local_experts, top-4, intermediate_size 2880,
 * router and expert projections with biases), layer_types alternating sliding_attention (window 128) and
 * full_attention from layer 0, vocabulary 201,088, untied head.
 */
const gptOssShape = (layers: number, experts: number): ArchitectureInput => ({
  layers,
  hidden: 2880,
  heads: 64,
  kvHeads: 8,
  headDim: 64,
  vocab: 201_088,
  attentionBias: "all",
  attentionSinks: true,
  slidingWindow: 128,
  slidingLayers: [...Array(layers).keys()].filter((i) => i % 2 === 0),
  moe: { experts, topK: 4, expertFfn: 2880, routerBias: true, expertBias: true },
});

export const RUN_ARCHITECTURES: Readonly<Record<string, RunArchitecture>> = {
  "deepseek-v3": {
    architecture: DEEPSEEK_V3_SHAPE,
    source: DEEPSEEK_V3_CONFIG,
    hubCount: {
      value: 684_531_386_000,
      source: {
        title:
          "Hugging Face deepseek-ai/DeepSeek-V3: safetensors count 684,531,386,000 (“685B”: the 671B main model, the MTP module with its stored copies of the embedding and head, and the FP8 block scales)",
        url: "https://huggingface.co/deepseek-ai/DeepSeek-V3",
      },
    },
    fp8BlockSize: 128,
  },
  "deepseek-v2": {
    architecture: DEEPSEEK_V2_SHAPE,
    source: {
      title:
        "deepseek-ai/DeepSeek-V2 config.json (60 layers, d 5120, 128 heads; MLA q_lora_rank 1536, kv_lora_rank 512, qk 128+64, v 128; 1 dense layer of 12,288, then 160 routed + 2 shared experts of 1,536, top-6; V 102,400)",
      url: "https://huggingface.co/deepseek-ai/DeepSeek-V2/blob/main/config.json",
    },
  },
  "deepseek-v2-lite": {
    architecture: DEEPSEEK_V2_LITE_SHAPE,
    source: {
      title:
        "deepseek-ai/DeepSeek-V2-Lite config.json (27 layers, d 2048, 16 heads; MLA q_lora_rank null, kv_lora_rank 512, qk 128+64, v 128; 1 dense layer of 10,944, then 64 routed + 2 shared experts of 1,408, top-6; V 102,400)",
      url: "https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite/blob/main/config.json",
    },
  },
  "deepseek-r1": {
    architecture: DEEPSEEK_V3_SHAPE,
    source: {
      title:
        "deepseek-ai/DeepSeek-R1 config.json (DeepseekV3ForCausalLM: the same 61 layers, d 7168, 128 heads, MLA, 256 routed + 1 shared experts of 2048, top-8, 1 MTP module as DeepSeek-V3)",
      url: "https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json",
    },
    fp8BlockSize: 128,
  },
  "gpt-oss-120b": {
    architecture: gptOssShape(36, 128),
    source: {
      title:
        "openai/gpt-oss-120b config.json (gpt_oss: 36 layers, d 2880, 64/8 heads × 64 with q/k/v/o biases and sinks; 128 experts of 2880 with biases, top-4; sliding window 128 on alternate layers; V 201,088; initial_context_length 4096, max_position_embeddings 131,072)",
      url: "https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json",
    },
  },
  "gpt-oss-20b": {
    architecture: gptOssShape(24, 32),
    source: {
      title:
        "openai/gpt-oss-20b config.json (gpt_oss: 24 layers, d 2880, 64/8 heads × 64 with q/k/v/o biases and sinks; 32 experts of 2880 with biases, top-4; sliding window 128 on alternate layers; V 201,088; initial_context_length 4096, max_position_embeddings 131,072)",
      url: "https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json",
    },
  },
};

export function runArchitecture(id: string): RunArchitecture | undefined {
  return Object.hasOwn(RUN_ARCHITECTURES, id) ? RUN_ARCHITECTURES[id] : undefined;
}

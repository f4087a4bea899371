import { findGpu } from "../gpus.ts";
import type { Figure, Model, ModelSource } from "./schema.ts";

/**
 * Published training runs, as data: one entry per run, no code per entry. Each entry holds
 * the architecture (enough for gptParams / decoderParams to recompute the parameter count),
 * the training context, the hardware (a GPU catalog id when the accelerator is in the catalog)
 * and the figures the authors published, each with the paper/table or model card it comes from.
 *
 * Conventions (read before adding an entry):
 * - A figure that is not published is left out, never estimated; the replies say "not published".
 * - `params` is the most exact published total: a Hugging Face safetensors count or config-derived
 *   count when the weights are public, the paper's figure otherwise (the source says which).
 * - A figure derived from published ones by plain arithmetic (PaLM's chip-hours over two phases)
 *   says so in its source title.
 * - `notes` and `architecture.reason` are message keys (src/i18n/en.ts, block "Models").
 */

// ---------------------------------------------------------------------------------- sources

const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;
const source = (title: string, url: string): ModelSource => ({ title, url });
const fig = (value: number, from: ModelSource, upTo?: number): Figure =>
  upTo === undefined ? { value, source: from } : { value, upTo, source: from };
/**
 * A whole count with every digit, grouped as `toLocaleString("en-US")` writes it, without Intl:
 * the first Intl call loads ICU's number data, a tenth of a cold start (README, Performance).
 */
const digits = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ",");

/**
 * Llama 3, 3.1 and 3.3 70B share one shape (Meta's llama-models arguments and each config.json);
 * each entry's architectureSource says where it was read.
 */
const LLAMA_3_70B_SHAPE = {
  kind: "decoder",
  layers: 80,
  hidden: 8192,
  heads: 64,
  kvHeads: 8,
  ffn: 28_672,
  vocab: 128_256,
} as const;

/** Qwen2 72B and Qwen2.5 72B share one shape (each config.json); each entry's architectureSource says where it was read. */
const QWEN_72B_SHAPE = {
  kind: "decoder",
  layers: 80,
  hidden: 8192,
  heads: 64,
  kvHeads: 8,
  ffn: 29_568,
  vocab: 152_064,
} as const;

const GPT2_PAPER = source(
  "Radford et al. 2019, Language Models are Unsupervised Multitask Learners, Table 2 (48 layers, d 1600)",
  "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
);
const GPT2_RELEASE = source(
  "OpenAI gpt-2 repository: the released checkpoint is 1558M (the paper's Table 2 says 1542M)",
  "https://github.com/openai/gpt-2",
);
const GPT3_ARCH = source(
  "Brown et al. 2020, GPT-3, Table 2.1 (175.0B, 96 layers, d 12288)",
  arxiv("2005.14165"),
);
const GPT3_COMPUTE = source(
  "Brown et al. 2020, GPT-3, Table D.1 (3.14e23 FLOP, 300B tokens)",
  arxiv("2005.14165"),
);
const PATTERSON_GPT3 = source(
  "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training, Table 4 (GPT-3: 10,000 V100 for 14.8 days; the GPU count is NVIDIA's estimate)",
  arxiv("2104.10350"),
);
const PATTERSON_GPT3_ENERGY = source(
  "Patterson et al. 2021, Carbon Emissions and Large Neural Network Training, Table 4 (GPT-3: 330 W average system power per processor, PUE 1.1, 0.429 kg CO2e/kWh; 1,287 MWh, 552 tCO2e)",
  arxiv("2104.10350"),
);
// §4.1: "The MFU number for GPT-3 is 21.3% based on 24.6 non-attention model TFLOP/s per GPU, reported by
// OpenAI via Patterson et al. (2021)"; 24.6 over the V100's 125 is 19.7%, the 6ND figure computed here.
const PALM_TABLE3 = source(
  "Chowdhery et al. 2022, PaLM, Table 3 and §4.1 (GPT-3: MFU 21.3%, based on 24.6 non-attention model TFLOP/s per GPU reported by OpenAI via Patterson et al. 2021)",
  arxiv("2204.02311"),
);
const PALM_TABLE3_GOPHER = source(
  "Chowdhery et al. 2022, PaLM, Table 3 in the revised arXiv version: Gopher MFU 32.5%; the first version (v1) printed 30.8%",
  arxiv("2204.02311"),
);
const GOPHER_ARCH = source(
  "Rae et al. 2021, Gopher, Table 1 (80 layers, 128 heads, d 16384) and §2 (relative positions)",
  arxiv("2112.11446"),
);
const MT_NLG_PAPER = source(
  "Smith et al. 2022, Megatron-Turing NLG 530B: 530B parameters, 105 layers, hidden 20480, 128 heads, sequence 2048, GPT-2 vocabulary; 270B training tokens; A100 80GB DGX nodes of Selene",
  arxiv("2201.11990"),
);
const GOPHER_COMPUTE = source(
  "Rae et al. 2021, Gopher, Appendix F: 6.31e23 train FLOPs (rematerialization included), 4096 TPUv3 chips (Table A27), 920 hours",
  arxiv("2112.11446"),
);
const CHINCHILLA_ARCH = source(
  "Hoffmann et al. 2022, Chinchilla, Table 4 (80 layers, 64 heads, d 8192); Gopher's architecture (relative positions)",
  arxiv("2203.15556"),
);
const CHINCHILLA_RUN = source(
  "Hoffmann et al. 2022, Chinchilla, §4.1 (70B on 1.4T tokens, Gopher's compute budget)",
  arxiv("2203.15556"),
);
const CHINCHILLA_BUDGET = source(
  "Hoffmann et al. 2022, Chinchilla, Table 3 (the Gopher budget, 5.76e23 FLOP, which Chinchilla matches)",
  arxiv("2203.15556"),
);
const PALM_ARCH = source(
  "Chowdhery et al. 2022, PaLM, Table 1 (540.35B; 118 layers, 48 heads × 256, d 18432, MQA, SwiGLU, 256k vocabulary)",
  arxiv("2204.02311"),
);
const PALM_RUN = source(
  "Chowdhery et al. 2022, PaLM, §3 and §4 (780B tokens on 6144 TPU v4 chips)",
  arxiv("2204.02311"),
);
const PALM_COMPUTE = source(
  "Chowdhery et al. 2022, PaLM, Appendix B, Table 22: 2.56e24 training FLOPs (model FLOPs: rematerialization excluded)",
  arxiv("2204.02311"),
);
const PALM_CHIP_HOURS = source(
  "Chowdhery et al. 2022, PaLM, §4 and Appendix B: 6144 TPU v4 chips for 1200 h plus 3072 for 336 h (sum: 8,404,992 chip-hours, downtime included)",
  arxiv("2204.02311"),
);
// §4.1 and Appendix B give two MFU figures: 45.7% without the self-attention FLOPs, 46.2% with them
// (Table 3's); the catalog keeps 46.2% and says so.
const PALM_APPENDIX_B = source(
  "Chowdhery et al. 2022, PaLM, §4.1 and Appendix B (238.3K tokens/s; MFU 46.2% with self-attention, 45.7% without; HFU 57.8%)",
  arxiv("2204.02311"),
);
// The same for MT-NLG 530B: 29.7% without self-attention, 30.2% with it (Table 3's), from Smith et al.'s
// 65.43K tokens/s (1920 × 2048 / 60.1 s) on 2240 A100.
const PALM_TABLE3_MT_NLG = source(
  "Chowdhery et al. 2022, PaLM, Table 3, §4.1 and Appendix B (MT-NLG 530B: MFU 30.2% with self-attention, 29.7% without; 65.43K tokens/s on 2240 A100)",
  arxiv("2204.02311"),
);
const OPT_ARCH = source(
  "Zhang et al. 2022, OPT, Table 1 (96 layers, 96 heads, d 12288)",
  arxiv("2205.01068"),
);
const OPT_RUN = source(
  "Zhang et al. 2022, OPT, §2.3 (corpus of 180B tokens) and §2.4 (992 A100 80GB, FP16 weights, up to 147 TFLOP/s per GPU)",
  arxiv("2205.01068"),
);
const OPT_HOURS_LLAMA_TABLE15 = source(
  "Touvron et al. 2023, LLaMA, Table 15 (OPT-175B: 992 A100-80GB, 809,472 GPU-hours; the OPT paper itself states no GPU time)",
  arxiv("2302.13971"),
);
const BLOOM_CARD = source(
  "BigScience, bigscience/bloom model card (176,247,271,424 parameters; 70 layers, 112 heads, d 14336)",
  "https://huggingface.co/bigscience/bloom",
);
const BLOOM_PAPER = source(
  "BigScience 2022, BLOOM, §3.4.1 (384 A100 80GB, 1,082,990 compute hours) and Table 3 (366B tokens)",
  arxiv("2211.05100"),
);
const LLAMA1 = source("Touvron et al. 2023, LLaMA, Table 2 (65.2B, 1.4T tokens)", arxiv("2302.13971"));
const LLAMA1_RUN = source(
  "Touvron et al. 2023, LLaMA, §2.4 (2048 A100 80GB, about 21 days) and Table 15 (1,022,362 GPU-hours)",
  arxiv("2302.13971"),
);
const LLAMA1_CONFIG = source(
  "Touvron et al. 2023, LLaMA, Table 2 (80 layers, 64 heads, d 8192) and released params.json (ffn 22016)",
  arxiv("2302.13971"),
);
const LLAMA2_TABLE1 = source(
  "Touvron et al. 2023, Llama 2, Table 1 (2.0T tokens, 4k context)",
  arxiv("2307.09288"),
);
const LLAMA2_TABLE2 = source(
  "Touvron et al. 2023, Llama 2, Table 2 (A100-80GB GPU-hours)",
  arxiv("2307.09288"),
);
/** A Hugging Face repository's config.json and its safetensors count (the same number, written once). */
const hfCount = (repo: string, params: number, note?: string) =>
  source(
    `Hugging Face ${repo}: config.json and safetensors parameter count (${digits(params)}${note ? ` ${note}` : ""})`,
    `https://huggingface.co/${repo}`,
  );
const OLMO_2_1124_7B_HF = hfCount("allenai/OLMo-2-1124-7B", 7_298_617_344);
const LLAMA_2_13B_HF = hfCount("meta-llama/Llama-2-13b-hf", 13_015_866_880, "with the rotary buffers");
const LLAMA_2_70B_HF = hfCount("meta-llama/Llama-2-70b-hf", 68_976_653_312, "with the rotary buffers");
const LLAMA_2_7B_HF = hfCount("meta-llama/Llama-2-7b-hf", 6_738_417_664, "with the rotary buffers");
const LLAMA_3_1_405B_HF = hfCount("meta-llama/Llama-3.1-405B", 405_853_388_800);
const META_LLAMA_3_70B_HF = hfCount("meta-llama/Meta-Llama-3-70B", 70_553_706_496);
const META_LLAMA_3_8B_HF = hfCount("meta-llama/Meta-Llama-3-8B", 8_030_261_248);
const FALCON_180B_HF = hfCount("tiiuae/falcon-180B", 179_522_565_120);
const LLAMA3_CARD = source(
  "Meta Llama 3 model card (15T+ tokens; 1.3M / 6.4M H100-80GB GPU-hours for 8B / 70B)",
  "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md",
);
const LLAMA31_CARD = source(
  "Meta Llama 3.1 model card (~15T tokens; 1.46M / 7.0M / 30.84M H100-80GB GPU-hours for 8B / 70B / 405B)",
  "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
);
const LLAMA3_PAPER = source(
  "Llama Team 2024, The Llama 3 Herd of Models: 405B on 15.6T tokens (§1, §2) with 3.8e25 FLOPs (§3.2.1), Table 3 (architecture)",
  arxiv("2407.21783"),
);
const LLAMA3_TABLE4 = source(
  "Llama Team 2024, The Llama 3 Herd of Models, §3.3 and Table 4 (up to 16K H100; BF16 MFU 38–43%)",
  arxiv("2407.21783"),
);
const MIXTRAL_BLOG = source(
  "Mistral AI, Mixtral of experts (46.7B total, 12.9B per token)",
  "https://mistral.ai/news/mixtral-of-experts",
);
const MIXTRAL_CONFIG = source(
  "mistralai/Mixtral-8x7B-v0.1 config.json (32 layers, d 4096, 32/8 heads, 8 experts top-2, ffn 14336, 32k context)",
  "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1",
);
const MIXTRAL_8X22B_BLOG = source(
  "Mistral AI, Cheaper, Better, Faster, Stronger (Mixtral 8x22B: 141B total, 39B active, 64K-token context window)",
  "https://mistral.ai/news/mixtral-8x22b",
);
const MIXTRAL_8X22B_CONFIG = source(
  "mistralai/Mixtral-8x22B-v0.1 config.json (56 layers, d 6144, 48/8 heads, 8 experts top-2, ffn 16384, V 32,000, max_position_embeddings 65,536; count derived from it: 140,620,634,112)",
  "https://huggingface.co/mistralai/Mixtral-8x22B-v0.1",
);
const DEEPSEEK_V3 = source(
  "DeepSeek-AI 2024, DeepSeek-V3 Technical Report: 671B total, 37B activated (abstract), 14.8T tokens (§4.2)",
  arxiv("2412.19437"),
);
const DEEPSEEK_V3_HOURS = source(
  "DeepSeek-AI 2024, DeepSeek-V3, Table 1 (2,664K H800 GPU-hours of pre-training; 2,788K in total) and §3.1 (2048 H800)",
  arxiv("2412.19437"),
);
const DEEPSEEK_V3_COST = source(
  "DeepSeek-AI 2024, DeepSeek-V3, Table 1 (at $2 per H800 GPU-hour: $5.328M pre-training, $0.238M context extension, $0.01M post-training, $5.576M in total)",
  arxiv("2412.19437"),
);
const DEEPSEEK_V3_CONFIG = source(
  "DeepSeek-AI 2024, DeepSeek-V3, §4.2 hyper-parameters and config.json (61 layers, d 7168, 128 heads, MLA, 256+1 experts, top-8)",
  "https://huggingface.co/deepseek-ai/DeepSeek-V3",
);
const FALCON_PAPER = source(
  "Almazrouei et al. 2023, The Falcon Series of Open Language Models, Table 1 (3,500B tokens; 4,096 A100 40GB)",
  arxiv("2311.16867"),
);
const FALCON_BLOG = source(
  "Hugging Face blog, Spread Your Wings: Falcon 180B is here (~7,000,000 GPU hours)",
  "https://huggingface.co/blog/falcon-180b",
);
const FALCON_40B_HF = hfCount("tiiuae/falcon-40b", 41_835_970_560);
const FALCON_40B_CARD = source(
  "tiiuae/falcon-40b model card: 1,000B tokens of RefinedWeb and curated corpora; 384 A100 40GB (AWS P4d), bfloat16; 60 layers, d_model 8192, head_dim 64, vocabulary 65024, sequence length 2048",
  "https://huggingface.co/tiiuae/falcon-40b",
);
const OLMO2_PAPER = source(
  "OLMo Team 2025, 2 OLMo 2 Furious, §2.3 (OLMo 2 7B on 4.05T tokens in all: 3.90T of pre-training, then mid-training; H100)",
  arxiv("2501.00656"),
);

// ---------------------------------------------------------------------------------- sources, late-2026 runs

/** A count derived from a Hugging Face config.json by the architecture formula (no safetensors total checked). */
const hfConfigCount = (repo: string, params: number, note?: string) =>
  source(
    `Hugging Face ${repo}: config.json (count derived from it: ${digits(params)}${note ? ` ${note}` : ""})`,
    `https://huggingface.co/${repo}`,
  );
const LLAMA_3_1_8B_HF = hfCount("meta-llama/Llama-3.1-8B", 8_030_261_248);
const LLAMA_3_1_70B_HF = hfCount("meta-llama/Llama-3.1-70B", 70_553_706_496);
const LLAMA_3_2_1B_HF = hfCount("meta-llama/Llama-3.2-1B", 1_235_814_400);
const LLAMA_3_2_3B_HF = hfCount("meta-llama/Llama-3.2-3B", 3_212_749_824);
const LLAMA33_CARD = source(
  "Meta Llama 3.3 model card: 70B, 15T+ tokens of pre-training data (~15T in Training Data), 128k context; its table gives Llama 3.3 70B 7.0M H100-80GB GPU-hours (the text's cumulative 39.3M is the sum of the Llama 3.1 card's 1.46M + 7.0M + 30.84M)",
  "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md",
);
/** Meta's own shape of Llama 3.3 70B Instruct (the only Llama 3.3 release): the same arch_args as Llama 3.1 70B. */
const LLAMA_3_3_70B_ARGS = source(
  "meta-llama/llama-models models/sku_list.py, Llama 3.3 70B Instruct (Hugging Face meta-llama/Llama-3.3-70B-Instruct): dim 8192, 80 layers, 64 heads, 8 KV heads, vocabulary 128,256, ffn_dim_multiplier 1.3 and multiple_of 4096 (FFN 28,672), scaled RoPE; count derived from it: 70,553,706,496",
  "https://github.com/meta-llama/llama-models/blob/c908f5b7bd2c2fbdd89a48f6bc252efd4ebc293f/models/sku_list.py",
);
const LLAMA32_CARD = source(
  "Meta Llama 3.2 model card (up to 9T tokens; 370K / 460K H100-80GB GPU-hours for 1B / 3B)",
  "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md",
);
const LLAMA4_CARD = source(
  "Meta Llama 4 model card (Scout: 17B active / 109B total, ~40T tokens, 5.0M H100-80GB GPU-hours; Maverick: 17B / 400B, ~22T tokens, 2.38M)",
  "https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md",
);
const LLAMA4_SCOUT_CONFIG = source(
  "meta-llama/Llama-4-Scout-17B-16E config.json (text model: 48 layers, d 5120, 40/8 heads, 16 experts top-1 + 1 shared in every layer, V 202,048)",
  "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E",
);
const LLAMA4_MAVERICK_CONFIG = source(
  "meta-llama/Llama-4-Maverick-17B-128E config.json (text model: 48 layers, d 5120, 40/8 heads, 128 experts top-1 + 1 shared on every other layer, V 202,048)",
  "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E",
);
const DEEPSEEK_R1 = source(
  "DeepSeek-AI 2025, DeepSeek-R1: trained from DeepSeek-V3-Base (671B total, 37B activated), §2",
  arxiv("2501.12948"),
);
const DEEPSEEK_R1_HOURS = source(
  "DeepSeek-AI 2025, DeepSeek-R1 (Nature 645), Supplementary: 147K H800 GPU-hours of RL and data (R1-Zero 101K, SFT data 5K, R1 41K)",
  "https://www.nature.com/articles/s41586-025-09422-z",
);
const DEEPSEEK_R1_CONFIG = source(
  "deepseek-ai/DeepSeek-R1 config.json: DeepSeek-V3's architecture (61 layers, d 7168, 128 heads, MLA, 256+1 experts, top-8)",
  "https://huggingface.co/deepseek-ai/DeepSeek-R1",
);
const DEEPSEEK_V2 = source(
  "DeepSeek-AI 2024, DeepSeek-V2 Technical Report: 236B total, 21B activated (abstract, §3.1.2), 8.1T tokens at a 4K sequence length (§3.1.1–3.1.2), H800 cluster (§3.1.3)",
  arxiv("2405.04434"),
);
const DEEPSEEK_V2_HOURS = source(
  "Derived from the DeepSeek-V2 Technical Report, §3.2.3, by plain arithmetic: 172.8K H800 GPU-hours per trillion tokens × 8.1T tokens = 1,399,680 GPU-hours (the paper states no total and no GPU count)",
  arxiv("2405.04434"),
);
const DEEPSEEK_V2_CONFIG = source(
  "DeepSeek-AI 2024, DeepSeek-V2, §3.1.2 hyper-parameters and deepseek-ai/DeepSeek-V2 config.json (60 layers, d 5120, 128 heads, MLA d_c 512, d'_c 1536, RoPE 64; first layer dense, then 160 routed + 2 shared experts of 1536, top-6; V 102,400)",
  "https://huggingface.co/deepseek-ai/DeepSeek-V2",
);
const DEEPSEEK_V2_LITE = source(
  "DeepSeek-AI 2024, DeepSeek-V2 Technical Report, Appendix B (DeepSeek-V2-Lite: 15.7B total, 2.4B activated, 5.7T tokens at a 4K sequence length)",
  arxiv("2405.04434"),
);
const DEEPSEEK_V2_LITE_CONFIG = source(
  "DeepSeek-AI 2024, DeepSeek-V2, Appendix B and deepseek-ai/DeepSeek-V2-Lite config.json (27 layers, d 2048, 16 heads; MLA d_c 512 without query compression, RoPE 64; first layer dense of 10,944, then 64 routed + 2 shared experts of 1,408, top-6; V 102,400)",
  "https://huggingface.co/deepseek-ai/DeepSeek-V2-Lite",
);
const QWEN2_REPORT = source(
  "Qwen Team 2024, Qwen2 Technical Report, Table 1 (72B: 80 layers, d 8192, 64 query and 8 KV heads, intermediate 29,568; 7T pre-training tokens) and §3.2 (a 4,096-token pre-training context, extended to 32,768 at the end); hardware and GPU time not published",
  arxiv("2407.10671"),
);
const QWEN_2_72B_HF = hfConfigCount("Qwen/Qwen2-72B", 72_706_203_648, "with the q/k/v biases");
const QWEN25_REPORT = source(
  "Qwen Team 2024, Qwen2.5 Technical Report, §3.1 (pre-training data grown from 7T to 18T tokens; hardware and GPU time not published)",
  arxiv("2412.15115"),
);
const QWEN_2_5_7B_HF = hfCount("Qwen/Qwen2.5-7B", 7_615_616_512);
const QWEN_2_5_32B_HF = hfConfigCount("Qwen/Qwen2.5-32B", 32_763_876_352, "with the q/k/v biases");
const QWEN_2_5_14B_HF = source(
  "Qwen/Qwen2.5-14B config.json values, read from Hub copies (a duplicate of Qwen/Qwen2.5-14B-Instruct and a 4-bit copy of Qwen/Qwen2.5-14B): 48 layers, d 5120, 40/8 heads, ffn 13,824, V 152,064, untied (count derived from it: 14,770,033,664 with the q/k/v biases)",
  "https://huggingface.co/Qwen/Qwen2.5-14B",
);
const QWEN_2_5_72B_HF = hfConfigCount("Qwen/Qwen2.5-72B", 72_706_203_648);
const QWEN3_REPORT = source(
  "Qwen Team 2025, Qwen3 Technical Report, §3 (about 36T tokens; Qwen3-235B-A22B: 235B total, 22B activated; hardware and GPU time not published)",
  arxiv("2505.09388"),
);
const QWEN_3_8B_HF = hfCount("Qwen/Qwen3-8B", 8_190_735_360);
const QWEN_3_32B_HF = source(
  "Hugging Face Qwen/Qwen3-32B: config.json (64 layers, d 5120, 64/8 heads × 128, ffn 25,600, V 151,936, untied, max_position_embeddings 40,960) and safetensors parameter count (32,762,123,264; the model card: 32.8B, 31.2B non-embedding)",
  "https://huggingface.co/Qwen/Qwen3-32B",
);
const QWEN_3_30B_A3B_HF = source(
  "Hugging Face Qwen/Qwen3-30B-A3B: config.json (48 layers, d 2048, 32/4 heads × 128, 128 experts top-8 × moe_intermediate_size 768, V 151,936, untied, max_position_embeddings 40,960) and safetensors parameter count (30,532,122,624; the model card: 30.5B in total)",
  "https://huggingface.co/Qwen/Qwen3-30B-A3B",
);
const QWEN_3_30B_A3B_ACTIVE = source(
  'Qwen/Qwen3-30B-A3B config.json, active count derived from it: 3,353,032,704 (attention, router, 8 of 128 experts, norms, embedding and head; the model card: "30.5B in total and 3.3B activated")',
  "https://huggingface.co/Qwen/Qwen3-30B-A3B",
);
const QWEN3_235B_CONFIG = source(
  "Qwen/Qwen3-235B-A22B config.json (94 layers, d 4096, 64/4 heads × 128, 128 experts top-8 × ffn 1536, V 151,936, q/k norms)",
  "https://huggingface.co/Qwen/Qwen3-235B-A22B",
);
const GEMMA2_PAPER = source(
  "Gemma Team 2024, Gemma 2, §3.1 (2B on 2T, 9B on 8T, 27B on 13T tokens) and Table 3 (512 TPUv5e / 4096 TPUv4 / 6144 TPUv5p)",
  arxiv("2408.00118"),
);
const GEMMA2_WINDOW = source(
  "Gemma Team 2024, Gemma 2, §2 (local sliding-window attention over 4096 tokens and global attention over 8192, in alternating layers; config.json sliding_window 4096)",
  arxiv("2408.00118"),
);
const GEMMA_2_2B_HF = hfConfigCount("google/gemma-2-2b", 2_614_341_888);
const GEMMA_2_9B_HF = hfCount("google/gemma-2-9b", 9_241_705_984);
const GEMMA_2_27B_HF = hfConfigCount("google/gemma-2-27b", 27_227_128_320);
const PHI3_REPORT = source(
  "Abdin et al. 2024, Phi-3 Technical Report, §1–2 (phi-3-mini 3.8B on 3.3T tokens; phi-3-medium 14B on 4.8T tokens)",
  arxiv("2404.14219"),
);
const PHI_3_MINI_HF = hfCount("microsoft/Phi-3-mini-4k-instruct", 3_821_079_552);
// The config.json the architecture is read from (PHI_3_MINI_HF) sets sliding_window 2047, and
// transformers' Phi3Model builds a sliding-window causal mask for every layer whenever it is set;
// the Hub path (readHfConfig) reads the same value, so `phi-3-mini` and its hf: repository agree.
const PHI_3_MINI_WINDOW = source(
  "Hugging Face microsoft/Phi-3-mini-4k-instruct config.json: sliding_window 2047 on every layer (transformers Phi3Model: a sliding-window causal mask when sliding_window is set)",
  "https://huggingface.co/microsoft/Phi-3-mini-4k-instruct",
);
const PHI_3_MEDIUM_HF = hfConfigCount("microsoft/Phi-3-medium-4k-instruct", 13_960_238_080);
const PHI_4_HF = source(
  "Hugging Face microsoft/phi-4: config.json (Phi3ForCausalLM: 40 layers, d 5120, 40/10 heads, ffn 17,920, V 100,352, untied, max_position_embeddings 16,384, sliding_window null) and safetensors parameter count (14,659,507,200; the card: 14B)",
  "https://huggingface.co/microsoft/phi-4",
);
const PHI_4_CARD = source(
  "microsoft/phi-4 model card, Model Summary (GPUs: 1920 H100-80G; training time: 21 days; training data: 9.8T tokens; context length 16K)",
  "https://huggingface.co/microsoft/phi-4",
);
const OLMO_2_13B_HF = hfConfigCount("allenai/OLMo-2-1124-13B", 13_716_198_400);
const OLMO_2_32B_HF = hfConfigCount("allenai/OLMo-2-0325-32B", 32_234_279_936);
// The cards' tokens are the pre-training stage; the report (§2.3) gives 13B 5.6T and 32B 6.6T in all,
// with mid-training (6.06T of pre-training for the 32B). model.note.olmo2Tokens says which is used.
const OLMO2_13B_CARD = source(
  "allenai/OLMo-2-1124-13B model card (5 trillion training tokens; 40 layers, d 5120, 40 heads)",
  "https://huggingface.co/allenai/OLMo-2-1124-13B",
);
const OLMO2_32B_CARD = source(
  "allenai/OLMo-2-0325-32B model card (6 trillion training tokens; 64 layers, d 5120, 40 heads)",
  "https://huggingface.co/allenai/OLMo-2-0325-32B",
);
const PYTHIA_PAPER = source(
  "Biderman et al. 2023, Pythia, §2 and Table 1 (143,000 steps × 2,097,152 tokens = 299,892,736,000 tokens of the Pile; A100 40GB)",
  arxiv("2304.01373"),
);
const PYTHIA_TABLE5 = source(
  "Biderman et al. 2023, Pythia, Appendix C, Table 5 (Pythia-12B: 256 A100 40GB, 72,300 GPU-hours; fp16 but for the 1B)",
  arxiv("2304.01373"),
);
const PYTHIA_12B_COUNT = source(
  "EleutherAI pythia repository, model table (Pythia-12B: 11,846,072,320 parameters; 36 layers, d 5120, 40 heads)",
  "https://github.com/EleutherAI/pythia",
);
const MISTRAL_7B_PAPER = source(
  "Jiang et al. 2023, Mistral 7B, Table 1 (32 layers, d 4096, 32/8 heads, ffn 14336, context 8192, window 4096)",
  arxiv("2310.06825"),
);
const MISTRAL_7B_HF = hfCount("mistralai/Mistral-7B-v0.1", 7_241_732_096);
const MISTRAL_7B_WINDOW = source(
  "Jiang et al. 2023, Mistral 7B, §2 (sliding window attention, W = 4096; rolling buffer cache of W tokens per layer; mistralai/Mistral-7B-v0.1 config.json sliding_window 4096)",
  arxiv("2310.06825"),
);

const NEMOTRON4_ARCH = source(
  "NVIDIA 2024, Nemotron-4 340B Technical Report, Table 1 (96 layers, hidden 18432, 96 heads, 8 KV heads, sequence 4096, vocabulary 256,000) and the architecture text (squared-ReLU MLP, untied embeddings, no biases; 9.4B embedding + 331.6B non-embedding parameters)",
  arxiv("2406.11704"),
);
const NEMOTRON4_TRAINING = source(
  "NVIDIA 2024, Nemotron-4 340B Technical Report, training details (768 DGX H100 nodes: 6,144 H100 80GB SXM5) and Table 2 (batch-size ramp over 1,536, 3,072 and 6,144 GPUs at MFU 42.4%, 42.3% and 41.0%; the last stage, 7.6T tokens, at batch 2,304 and 8.0 s per iteration)",
  arxiv("2406.11704"),
);
const NEMOTRON4_THROUGHPUT = source(
  "Derived from the Nemotron-4 340B Technical Report, Table 2, by plain arithmetic: 2,304 sequences × 4,096 tokens per 8.0 s iteration = 1,179,648 tokens/s on 6,144 H100",
  arxiv("2406.11704"),
);
const NEMOTRON4_CARD = source(
  "nvidia/Nemotron-4-340B-Base model card: 9 trillion tokens (8T, then 1T of continued pre-training), global batch 2,304, sequence length 4,096",
  "https://huggingface.co/nvidia/Nemotron-4-340B-Base",
);

const MPT_7B_HF = hfConfigCount(
  "mosaicml/mpt-7b",
  6_649_286_656,
  "= 32 × (4·4096² + 2·4096·16384 + 2·4096) + 4096 + 50432·4096: no biases, weight-only LayerNorms, ALiBi, tied head",
);
const MPT_7B_CARD = source(
  "mosaicml/mpt-7b model card: 1T tokens; trained on 440 A100-40GBs for about 9.5 days; 6.7B parameters, 32 layers, 32 heads, d_model 4096, vocabulary 50432, sequence length 2048",
  "https://huggingface.co/mosaicml/mpt-7b",
);

// ---------------------------------------------------------------------------------- sources, gpt-oss

const GPT_OSS_CARD = source(
  "OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card, Table 1 (gpt-oss-120b: 36 layers, 116.83B total, 5.13B active; gpt-oss-20b: 24 layers, 20.91B total, 3.61B active; the active counts leave out the embedding) and Pretraining (trained on H100; the token count is not given)",
  arxiv("2508.10925"),
);
const GPT_OSS_120B_HOURS = source(
  "OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card, Pretraining: the training run for gpt-oss-120b required 2.1 million H100-hours (gpt-oss-20b: almost 10x fewer, no figure)",
  arxiv("2508.10925"),
);
const GPT_OSS_120B_CONFIG = source(
  "openai/gpt-oss-120b config.json (gpt_oss: 36 layers, d 2880, 64/8 heads × 64, q/k/v/o biases, attention sinks, 128 experts of 2880 top-4 with biases, sliding window 128 on alternate layers, V 201,088, untied; initial_context_length 4096, max_position_embeddings 131,072; MoE weights in MXFP4; count derived from it: 116,829,156,672)",
  "https://huggingface.co/openai/gpt-oss-120b",
);
const GPT_OSS_20B_CONFIG = source(
  "openai/gpt-oss-20b config.json (gpt_oss: 24 layers, d 2880, 64/8 heads × 64, q/k/v/o biases, attention sinks, 32 experts of 2880 top-4 with biases, sliding window 128 on alternate layers, V 201,088, untied; initial_context_length 4096, max_position_embeddings 131,072; MoE weights in MXFP4; count derived from it: 20,914,757,184)",
  "https://huggingface.co/openai/gpt-oss-20b",
);

// ---------------------------------------------------------------------------------- entries

const RAW_MODELS: Model[] = [
  {
    id: "gpt-2-1.5b",
    name: "GPT-2 1.5B",
    aliases: ["gpt-2", "gpt2", "gpt2-xl", "gpt-2-xl"],
    architecture: { kind: "gpt", layers: 48, width: 1600, heads: 25, vocab: 50_257, positions: 1024 },
    architectureSource: GPT2_PAPER,
    context: 1024,
    precision: "bf16",
    published: { params: fig(1_558e6, GPT2_RELEASE) },
  },
  {
    id: "gpt-3-175b",
    name: "GPT-3 175B",
    aliases: ["gpt-3", "gpt3", "davinci"],
    architecture: { kind: "gpt", layers: 96, width: 12_288, heads: 96, vocab: 50_257, positions: 2048 },
    architectureSource: GPT3_ARCH,
    context: 2048,
    hardware: { gpu: "v100-sxm2", name: "V100" },
    precision: "fp16",
    published: {
      params: fig(175e9, GPT3_ARCH),
      tokens: fig(300e9, GPT3_COMPUTE),
      flops: fig(3.14e23, GPT3_COMPUTE),
      gpus: fig(10_000, PATTERSON_GPT3),
      days: fig(14.8, PATTERSON_GPT3),
      mfu: fig(0.213, PALM_TABLE3),
      power: fig(330, PATTERSON_GPT3_ENERGY),
      pue: fig(1.1, PATTERSON_GPT3_ENERGY),
      grid: fig(0.429, PATTERSON_GPT3_ENERGY),
    },
    notes: ["model.note.gpt3Gpus"],
  },
  {
    id: "mt-nlg-530b",
    name: "MT-NLG 530B",
    aliases: ["mt-nlg", "megatron-turing-nlg", "megatron-turing", "mtnlg"],
    architecture: { kind: "gpt", layers: 105, width: 20_480, heads: 128, vocab: 50_257, positions: 2048 },
    architectureSource: MT_NLG_PAPER,
    context: 2048,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(530e9, MT_NLG_PAPER),
      tokens: fig(270e9, MT_NLG_PAPER),
      mfu: fig(0.302, PALM_TABLE3_MT_NLG),
    },
  },
  {
    id: "gopher-280b",
    name: "Gopher 280B",
    aliases: ["gopher"],
    architecture: {
      kind: "gpt",
      layers: 80,
      width: 16_384,
      heads: 128,
      vocab: 32_000,
      relativePositions: true,
    },
    architectureSource: GOPHER_ARCH,
    context: 2048,
    hardware: { gpu: "tpu-v3", name: "TPU v3" },
    precision: "bf16",
    published: {
      params: fig(280e9, GOPHER_ARCH),
      tokens: fig(300e9, GOPHER_ARCH),
      flops: fig(6.31e23, GOPHER_COMPUTE),
      gpus: fig(4096, GOPHER_COMPUTE),
      days: fig(920 / 24, GOPHER_COMPUTE),
      mfu: fig(0.325, PALM_TABLE3_GOPHER),
    },
    notes: ["model.note.gopherRemat", "model.note.relativePositions", "model.note.gopherMfuVersions"],
  },
  {
    id: "chinchilla-70b",
    name: "Chinchilla 70B",
    aliases: ["chinchilla"],
    architecture: {
      kind: "gpt",
      layers: 80,
      width: 8192,
      heads: 64,
      vocab: 32_000,
      relativePositions: true,
    },
    architectureSource: CHINCHILLA_ARCH,
    context: 2048,
    hardware: { name: "TPU v3 / TPU v4" },
    precision: "bf16",
    published: {
      params: fig(70e9, CHINCHILLA_RUN),
      tokens: fig(1.4e12, CHINCHILLA_RUN),
      flops: fig(5.76e23, CHINCHILLA_BUDGET),
    },
    notes: ["model.note.relativePositions", "model.note.notInCatalog"],
  },
  {
    id: "palm-540b",
    name: "PaLM 540B",
    aliases: ["palm"],
    architecture: {
      kind: "decoder",
      layers: 118,
      hidden: 18_432,
      heads: 48,
      kvHeads: 1,
      headDim: 256,
      ffn: 73_728,
      vocab: 256_000,
      tiedEmbeddings: true,
    },
    architectureSource: PALM_ARCH,
    context: 2048,
    hardware: { gpu: "tpu-v4", name: "TPU v4" },
    precision: "bf16",
    published: {
      params: fig(540.35e9, PALM_ARCH),
      tokens: fig(780e9, PALM_RUN),
      flops: fig(2.56e24, PALM_COMPUTE),
      gpus: fig(6144, PALM_RUN),
      gpuHours: fig(8_404_992, PALM_CHIP_HOURS),
      tokensPerSecond: fig(238.3e3, PALM_APPENDIX_B),
      mfu: fig(0.462, PALM_APPENDIX_B),
      hfu: fig(0.578, PALM_APPENDIX_B),
    },
    notes: ["model.note.palmDowntime"],
  },
  {
    id: "opt-175b",
    name: "OPT-175B",
    aliases: ["opt"],
    architecture: { kind: "gpt", layers: 96, width: 12_288, heads: 96, vocab: 50_272, positions: 2050 },
    architectureSource: OPT_ARCH,
    context: 2048,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "fp16",
    published: {
      params: fig(175e9, OPT_ARCH),
      tokens: fig(180e9, OPT_RUN),
      gpus: fig(992, OPT_RUN),
      gpuHours: fig(809_472, OPT_HOURS_LLAMA_TABLE15),
      achievedFlopsPerGpu: fig(147e12, OPT_RUN),
    },
    notes: ["model.note.optTokens"],
  },
  {
    id: "bloom-176b",
    name: "BLOOM 176B",
    aliases: ["bloom"],
    architecture: {
      kind: "gpt",
      layers: 70,
      width: 14_336,
      heads: 112,
      vocab: 250_880,
      embeddingNorm: true,
    },
    architectureSource: BLOOM_CARD,
    context: 2048,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(176_247_271_424, BLOOM_CARD),
      tokens: fig(366e9, BLOOM_PAPER),
      gpus: fig(384, BLOOM_PAPER),
      gpuHours: fig(1_082_990, BLOOM_PAPER),
    },
  },
  {
    id: "llama-65b",
    name: "LLaMA-65B",
    aliases: ["llama-1-65b", "llama1"],
    architecture: { kind: "decoder", layers: 80, hidden: 8192, heads: 64, ffn: 22_016, vocab: 32_000 },
    architectureSource: LLAMA1_CONFIG,
    context: 2048,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(65.2e9, LLAMA1),
      tokens: fig(1.4e12, LLAMA1),
      gpus: fig(2048, LLAMA1_RUN),
      days: fig(21, LLAMA1_RUN),
      gpuHours: fig(1_022_362, LLAMA1_RUN),
    },
  },
  {
    id: "llama-2-7b",
    name: "Llama 2 7B",
    aliases: [],
    architecture: { kind: "decoder", layers: 32, hidden: 4096, heads: 32, ffn: 11_008, vocab: 32_000 },
    architectureSource: LLAMA_2_7B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(6_738_417_664, LLAMA_2_7B_HF),
      tokens: fig(2e12, LLAMA2_TABLE1),
      gpuHours: fig(184_320, LLAMA2_TABLE2),
    },
    notes: ["model.note.rotaryBuffers"],
  },
  {
    id: "llama-2-13b",
    name: "Llama 2 13B",
    aliases: [],
    architecture: { kind: "decoder", layers: 40, hidden: 5120, heads: 40, ffn: 13_824, vocab: 32_000 },
    architectureSource: LLAMA_2_13B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(13_015_866_880, LLAMA_2_13B_HF),
      tokens: fig(2e12, LLAMA2_TABLE1),
      gpuHours: fig(368_640, LLAMA2_TABLE2),
    },
    notes: ["model.note.rotaryBuffers"],
  },
  {
    id: "llama-2-70b",
    name: "Llama 2 70B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 80,
      hidden: 8192,
      heads: 64,
      kvHeads: 8,
      ffn: 28_672,
      vocab: 32_000,
    },
    architectureSource: LLAMA_2_70B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "a100-80gb-sxm", name: "A100 80GB" },
    precision: "bf16",
    published: {
      params: fig(68_976_653_312, LLAMA_2_70B_HF),
      tokens: fig(2e12, LLAMA2_TABLE1),
      gpuHours: fig(1_720_320, LLAMA2_TABLE2),
    },
    notes: ["model.note.rotaryBuffers"],
  },
  {
    id: "llama-3-8b",
    name: "Llama 3 8B",
    aliases: ["meta-llama-3-8b"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      ffn: 14_336,
      vocab: 128_256,
    },
    architectureSource: META_LLAMA_3_8B_HF,
    context: 8192,
    maxContext: 8192,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(8_030_261_248, META_LLAMA_3_8B_HF),
      tokens: fig(15e12, LLAMA3_CARD),
      gpuHours: fig(1.3e6, LLAMA3_CARD),
    },
    notes: ["model.note.llama3Tokens"],
  },
  {
    id: "llama-3-70b",
    name: "Llama 3 70B",
    aliases: ["meta-llama-3-70b"],
    architecture: LLAMA_3_70B_SHAPE,
    architectureSource: META_LLAMA_3_70B_HF,
    context: 8192,
    maxContext: 8192,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(70_553_706_496, META_LLAMA_3_70B_HF),
      tokens: fig(15e12, LLAMA3_CARD),
      gpuHours: fig(6.4e6, LLAMA3_CARD),
    },
    notes: ["model.note.llama3Tokens"],
  },
  {
    id: "llama-3-405b",
    name: "Llama 3 405B",
    aliases: ["llama-3.1-405b", "llama-405b"],
    architecture: {
      kind: "decoder",
      layers: 126,
      hidden: 16_384,
      heads: 128,
      kvHeads: 8,
      ffn: 53_248,
      vocab: 128_256,
    },
    architectureSource: LLAMA3_PAPER,
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(405_853_388_800, LLAMA_3_1_405B_HF),
      tokens: fig(15.6e12, LLAMA3_PAPER),
      flops: fig(3.8e25, LLAMA3_PAPER),
      gpus: fig(16_384, LLAMA3_TABLE4),
      gpuHours: fig(30.84e6, LLAMA31_CARD),
      mfu: fig(0.38, LLAMA3_TABLE4, 0.43),
    },
    notes: ["model.note.llama3Hours"],
  },
  {
    id: "llama-3.1-8b",
    name: "Llama 3.1 8B",
    aliases: ["meta-llama-3.1-8b"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      ffn: 14_336,
      vocab: 128_256,
    },
    architectureSource: LLAMA_3_1_8B_HF,
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(8_030_261_248, LLAMA_3_1_8B_HF),
      tokens: fig(15e12, LLAMA31_CARD),
      gpuHours: fig(1.46e6, LLAMA31_CARD),
    },
    notes: ["model.note.llama31Tokens"],
  },
  {
    id: "llama-3.1-70b",
    name: "Llama 3.1 70B",
    aliases: ["meta-llama-3.1-70b"],
    architecture: LLAMA_3_70B_SHAPE,
    architectureSource: LLAMA_3_1_70B_HF,
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(70_553_706_496, LLAMA_3_1_70B_HF),
      tokens: fig(15e12, LLAMA31_CARD),
      gpuHours: fig(7.0e6, LLAMA31_CARD),
    },
    notes: ["model.note.llama31Tokens"],
  },
  {
    id: "llama-3.3-70b",
    name: "Llama 3.3 70B",
    aliases: ["meta-llama-3.3-70b", "llama-3.3-70b-instruct"],
    architecture: LLAMA_3_70B_SHAPE,
    architectureSource: LLAMA_3_3_70B_ARGS,
    // Not stated in the 3.3 card, which lists only the 128k context: Llama 3.1's 8K pre-training context (model.note.llama33 says so).
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(70_553_706_496, LLAMA_3_3_70B_ARGS),
      tokens: fig(15e12, LLAMA33_CARD),
      gpuHours: fig(7.0e6, LLAMA33_CARD),
    },
    notes: ["model.note.llama33"],
  },
  {
    id: "llama-3.2-1b",
    name: "Llama 3.2 1B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 16,
      hidden: 2048,
      heads: 32,
      kvHeads: 8,
      ffn: 8192,
      vocab: 128_256,
      tiedEmbeddings: true,
    },
    architectureSource: LLAMA_3_2_1B_HF,
    // Llama 3.1's 8K pre-training context; the card lists only the final 128K (model.note.llama32 says so).
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(1_235_814_400, LLAMA_3_2_1B_HF),
      tokens: fig(9e12, LLAMA32_CARD),
      gpuHours: fig(370e3, LLAMA32_CARD),
    },
    notes: ["model.note.llama32"],
  },
  {
    id: "llama-3.2-3b",
    name: "Llama 3.2 3B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 28,
      hidden: 3072,
      heads: 24,
      kvHeads: 8,
      headDim: 128,
      ffn: 8192,
      vocab: 128_256,
      tiedEmbeddings: true,
    },
    architectureSource: LLAMA_3_2_3B_HF,
    // Llama 3.1's 8K pre-training context; the card lists only the final 128K (model.note.llama32 says so).
    context: 8192,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(3_212_749_824, LLAMA_3_2_3B_HF),
      tokens: fig(9e12, LLAMA32_CARD),
      gpuHours: fig(460e3, LLAMA32_CARD),
    },
    notes: ["model.note.llama32"],
  },
  {
    id: "llama-4-scout",
    name: "Llama 4 Scout (17B active, 16 experts)",
    aliases: ["llama-4-scout-17b-16e", "scout"],
    architecture: {
      kind: "unmodelled",
      layers: 48,
      hidden: 5120,
      heads: 40,
      vocab: 202_048,
      reason: "model.note.llama4Arch",
    },
    architectureSource: LLAMA4_SCOUT_CONFIG,
    // Not stated in the card; unused for an unmodelled architecture (no attention term, no preset shape).
    context: 8192,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(109e9, LLAMA4_CARD),
      activeParams: fig(17e9, LLAMA4_CARD),
      tokens: fig(40e12, LLAMA4_CARD),
      gpuHours: fig(5.0e6, LLAMA4_CARD),
    },
    notes: ["model.note.llama4Tokens"],
  },
  {
    id: "llama-4-maverick",
    name: "Llama 4 Maverick (17B active, 128 experts)",
    aliases: ["llama-4-maverick-17b-128e", "maverick"],
    architecture: {
      kind: "unmodelled",
      layers: 48,
      hidden: 5120,
      heads: 40,
      vocab: 202_048,
      reason: "model.note.llama4Arch",
    },
    architectureSource: LLAMA4_MAVERICK_CONFIG,
    // Not stated in the card; unused for an unmodelled architecture (no attention term, no preset shape).
    context: 8192,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(400e9, LLAMA4_CARD),
      activeParams: fig(17e9, LLAMA4_CARD),
      tokens: fig(22e12, LLAMA4_CARD),
      gpuHours: fig(2.38e6, LLAMA4_CARD),
    },
    notes: ["model.note.llama4Tokens"],
  },
  {
    id: "mixtral-8x7b",
    name: "Mixtral 8x7B",
    aliases: ["mixtral"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      vocab: 32_000,
      moe: { experts: 8, topK: 2, expertFfn: 14_336 },
    },
    architectureSource: MIXTRAL_CONFIG,
    context: 32_768,
    maxContext: 32_768,
    precision: "bf16",
    published: {
      params: fig(46.7e9, MIXTRAL_BLOG),
      activeParams: fig(12.9e9, MIXTRAL_BLOG),
    },
    notes: ["model.note.mixtralContext"],
  },
  {
    id: "mixtral-8x22b",
    name: "Mixtral 8x22B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 56,
      hidden: 6144,
      heads: 48,
      kvHeads: 8,
      vocab: 32_000,
      moe: { experts: 8, topK: 2, expertFfn: 16_384 },
    },
    architectureSource: MIXTRAL_8X22B_CONFIG,
    // The training length is not published: the 64K-token window of the blog and of the config's
    // max_position_embeddings, as Mixtral 8x7B's entry takes its 32K.
    context: 65_536,
    maxContext: 65_536,
    precision: "bf16",
    published: {
      params: fig(141e9, MIXTRAL_8X22B_BLOG),
      activeParams: fig(39e9, MIXTRAL_8X22B_BLOG),
    },
    notes: ["model.note.mixtralContext"],
  },
  {
    id: "deepseek-v3",
    name: "DeepSeek-V3",
    aliases: ["deepseek", "dsv3"],
    architecture: {
      kind: "unmodelled",
      layers: 61,
      hidden: 7168,
      heads: 128,
      vocab: 129_280,
      reason: "model.note.mla",
    },
    architectureSource: DEEPSEEK_V3_CONFIG,
    context: 4096,
    maxContext: 163_840,
    hardware: { gpu: "h800-sxm", name: "H800" },
    precision: "bf16",
    // config.json quantization_config: fp8 (e4m3), weight_block_size [128, 128]; embedding and head bf16.
    releasedPrecision: "fp8",
    published: {
      params: fig(671e9, DEEPSEEK_V3),
      activeParams: fig(37e9, DEEPSEEK_V3),
      tokens: fig(14.8e12, DEEPSEEK_V3),
      gpus: fig(2048, DEEPSEEK_V3_HOURS),
      gpuHours: fig(2.664e6, DEEPSEEK_V3_HOURS),
      // Table 1's other stages: 119K of context extension and 5K of post-training, 2,788K in all.
      contextExtensionGpuHours: fig(119e3, DEEPSEEK_V3_HOURS),
      postTrainingGpuHours: fig(5e3, DEEPSEEK_V3_HOURS),
      costUsd: fig(5.576e6, DEEPSEEK_V3_COST),
    },
    notes: ["model.note.deepseekFp8"],
  },
  {
    id: "deepseek-v2",
    name: "DeepSeek-V2",
    aliases: ["dsv2"],
    architecture: {
      kind: "unmodelled",
      layers: 60,
      hidden: 5120,
      heads: 128,
      vocab: 102_400,
      reason: "model.note.mlaV2",
    },
    architectureSource: DEEPSEEK_V2_CONFIG,
    context: 4096,
    maxContext: 163_840,
    hardware: { gpu: "h800-sxm", name: "H800" },
    precision: "bf16",
    published: {
      params: fig(236e9, DEEPSEEK_V2),
      activeParams: fig(21e9, DEEPSEEK_V2),
      tokens: fig(8.1e12, DEEPSEEK_V2),
      gpuHours: fig(1_399_680, DEEPSEEK_V2_HOURS),
    },
    notes: ["model.note.deepseekV2Hours"],
  },
  {
    id: "deepseek-v2-lite",
    name: "DeepSeek-V2-Lite",
    aliases: ["dsv2-lite"],
    architecture: {
      kind: "unmodelled",
      layers: 27,
      hidden: 2048,
      heads: 16,
      vocab: 102_400,
      reason: "model.note.mlaV2Lite",
    },
    architectureSource: DEEPSEEK_V2_LITE_CONFIG,
    context: 4096,
    maxContext: 163_840,
    precision: "bf16",
    published: {
      params: fig(15.7e9, DEEPSEEK_V2_LITE),
      activeParams: fig(2.4e9, DEEPSEEK_V2_LITE),
      tokens: fig(5.7e12, DEEPSEEK_V2_LITE),
    },
    notes: ["model.note.deepseekV2LiteHours"],
  },
  {
    id: "deepseek-r1",
    name: "DeepSeek-R1",
    aliases: ["r1"],
    architecture: {
      kind: "unmodelled",
      layers: 61,
      hidden: 7168,
      heads: 128,
      vocab: 129_280,
      reason: "model.note.mla",
    },
    architectureSource: DEEPSEEK_R1_CONFIG,
    context: 4096,
    maxContext: 163_840,
    hardware: { gpu: "h800-sxm", name: "H800" },
    precision: "bf16",
    // config.json quantization_config: fp8 (e4m3), weight_block_size [128, 128], as DeepSeek-V3's.
    releasedPrecision: "fp8",
    published: {
      params: fig(671e9, DEEPSEEK_R1),
      activeParams: fig(37e9, DEEPSEEK_R1),
      tokens: fig(14.8e12, DEEPSEEK_V3),
      gpus: fig(2048, DEEPSEEK_V3_HOURS),
      gpuHours: fig(2.664e6, DEEPSEEK_V3_HOURS),
      postTrainingGpuHours: fig(147e3, DEEPSEEK_R1_HOURS),
    },
    notes: ["model.note.r1Base", "model.note.deepseekFp8"],
  },
  {
    id: "falcon-180b",
    name: "Falcon-180B",
    aliases: ["falcon"],
    architecture: {
      kind: "decoder",
      layers: 80,
      hidden: 14_848,
      heads: 232,
      kvHeads: 8,
      headDim: 64,
      ffn: 59_392,
      vocab: 65_024,
      mlp: "plain",
      normBias: true,
    },
    architectureSource: FALCON_180B_HF,
    context: 2048,
    hardware: { gpu: "a100-40gb-sxm", name: "A100 40GB" },
    precision: "bf16",
    published: {
      params: fig(179_522_565_120, FALCON_180B_HF),
      tokens: fig(3.5e12, FALCON_PAPER),
      gpus: fig(4096, FALCON_PAPER),
      gpuHours: fig(7e6, FALCON_BLOG),
    },
  },
  {
    // config.json: 128 query heads, num_kv_heads 8, new_decoder_architecture (two LayerNorms with
    // biases per layer, as Falcon-180B), plain GELU MLP of 4·d = 32,768; head untied (safetensors count).
    id: "falcon-40b",
    name: "Falcon-40B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 60,
      hidden: 8192,
      heads: 128,
      kvHeads: 8,
      headDim: 64,
      ffn: 32_768,
      vocab: 65_024,
      mlp: "plain",
      normBias: true,
    },
    architectureSource: FALCON_40B_HF,
    context: 2048,
    hardware: { gpu: "a100-40gb-sxm", name: "A100 40GB" },
    precision: "bf16",
    published: {
      params: fig(41_835_970_560, FALCON_40B_HF),
      tokens: fig(1e12, FALCON_40B_CARD),
      gpus: fig(384, FALCON_40B_CARD),
    },
  },
  {
    // config.json: d_model 4096, n_layers 32, n_heads 32, expansion_ratio 4, vocab_size 50432,
    // max_seq_len 2048, no_bias, alibi; the checkpoint's tensors are wte, per block norm_1, Wqkv,
    // out_proj, norm_2, up_proj, down_proj (weights only), and norm_f: the decoder shape below.
    id: "mpt-7b",
    name: "MPT-7B",
    aliases: ["mpt"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      ffn: 16_384,
      vocab: 50_432,
      tiedEmbeddings: true,
      mlp: "plain",
    },
    architectureSource: MPT_7B_HF,
    context: 2048,
    hardware: { gpu: "a100-40gb-sxm", name: "A100 40GB" },
    precision: "bf16",
    published: {
      params: fig(6_649_286_656, MPT_7B_HF),
      tokens: fig(1e12, MPT_7B_CARD),
      gpus: fig(440, MPT_7B_CARD),
      days: fig(9.5, MPT_7B_CARD),
    },
    notes: ["model.note.mptArch"],
  },
  {
    id: "olmo-2-7b",
    name: "OLMo 2 7B",
    aliases: ["olmo-2", "olmo", "olmo-2-1124-7b"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      ffn: 11_008,
      vocab: 100_352,
      qkNorm: true,
    },
    architectureSource: OLMO_2_1124_7B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(7_298_617_344, OLMO_2_1124_7B_HF),
      // §2.3: "OLMo 2 7B is trained on 4.05 trillion tokens (3.90 trillion for pretraining stage)".
      tokens: fig(4.05e12, OLMO2_PAPER),
    },
    notes: ["model.note.olmo2_7bTokens"],
  },
  {
    id: "olmo-2-13b",
    name: "OLMo 2 13B",
    aliases: ["olmo-2-1124-13b"],
    architecture: {
      kind: "decoder",
      layers: 40,
      hidden: 5120,
      heads: 40,
      ffn: 13_824,
      vocab: 100_352,
      qkNorm: true,
    },
    architectureSource: OLMO_2_13B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(13_716_198_400, OLMO_2_13B_HF),
      tokens: fig(5e12, OLMO2_13B_CARD),
    },
    notes: ["model.note.olmo2Tokens"],
  },
  {
    id: "olmo-2-32b",
    name: "OLMo 2 32B",
    aliases: ["olmo-2-0325-32b"],
    architecture: {
      kind: "decoder",
      layers: 64,
      hidden: 5120,
      heads: 40,
      kvHeads: 8,
      ffn: 27_648,
      vocab: 100_352,
      qkNorm: true,
    },
    architectureSource: OLMO_2_32B_HF,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "h100-sxm", name: "H100 80GB" },
    precision: "bf16",
    published: {
      params: fig(32_234_279_936, OLMO_2_32B_HF),
      tokens: fig(6e12, OLMO2_32B_CARD),
    },
    notes: ["model.note.olmo2Tokens"],
  },
  {
    id: "qwen2-72b",
    name: "Qwen2 72B",
    aliases: ["qwen-2-72b"],
    architecture: QWEN_72B_SHAPE,
    architectureSource: QWEN_2_72B_HF,
    context: 4096,
    maxContext: 131_072,
    precision: "bf16",
    published: {
      params: fig(72_706_203_648, QWEN_2_72B_HF),
      tokens: fig(7e12, QWEN2_REPORT),
    },
    notes: ["model.note.qkvBias", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen2.5-7b",
    name: "Qwen2.5 7B",
    aliases: ["qwen-2.5-7b"],
    architecture: {
      kind: "decoder",
      layers: 28,
      hidden: 3584,
      heads: 28,
      kvHeads: 4,
      ffn: 18_944,
      vocab: 152_064,
    },
    architectureSource: QWEN_2_5_7B_HF,
    context: 4096,
    maxContext: 131_072,
    precision: "bf16",
    published: {
      params: fig(7_615_616_512, QWEN_2_5_7B_HF),
      tokens: fig(18e12, QWEN25_REPORT),
    },
    notes: ["model.note.qkvBias", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen2.5-14b",
    name: "Qwen2.5 14B",
    aliases: ["qwen-2.5-14b"],
    architecture: {
      kind: "decoder",
      layers: 48,
      hidden: 5120,
      heads: 40,
      kvHeads: 8,
      ffn: 13_824,
      vocab: 152_064,
    },
    architectureSource: QWEN_2_5_14B_HF,
    context: 4096,
    maxContext: 131_072,
    precision: "bf16",
    published: {
      params: fig(14_770_033_664, QWEN_2_5_14B_HF),
      tokens: fig(18e12, QWEN25_REPORT),
    },
    notes: ["model.note.qkvBias", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen2.5-32b",
    name: "Qwen2.5 32B",
    aliases: ["qwen-2.5-32b"],
    architecture: {
      kind: "decoder",
      layers: 64,
      hidden: 5120,
      heads: 40,
      kvHeads: 8,
      ffn: 27_648,
      vocab: 152_064,
    },
    architectureSource: QWEN_2_5_32B_HF,
    context: 4096,
    maxContext: 131_072,
    precision: "bf16",
    published: {
      params: fig(32_763_876_352, QWEN_2_5_32B_HF),
      tokens: fig(18e12, QWEN25_REPORT),
    },
    notes: ["model.note.qkvBias", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen2.5-72b",
    name: "Qwen2.5 72B",
    aliases: ["qwen-2.5-72b"],
    architecture: QWEN_72B_SHAPE,
    architectureSource: QWEN_2_5_72B_HF,
    context: 4096,
    maxContext: 131_072,
    precision: "bf16",
    published: {
      params: fig(72_706_203_648, QWEN_2_5_72B_HF),
      tokens: fig(18e12, QWEN25_REPORT),
    },
    notes: ["model.note.qkvBias", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen3-8b",
    name: "Qwen3 8B",
    aliases: ["qwen-3-8b"],
    architecture: {
      kind: "decoder",
      layers: 36,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      headDim: 128,
      ffn: 12_288,
      vocab: 151_936,
    },
    architectureSource: QWEN_3_8B_HF,
    context: 4096,
    maxContext: 40_960,
    precision: "bf16",
    published: {
      params: fig(8_190_735_360, QWEN_3_8B_HF),
      tokens: fig(36e12, QWEN3_REPORT),
    },
    notes: ["model.note.headQkNorm", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen3-32b",
    name: "Qwen3 32B",
    aliases: ["qwen-3-32b"],
    architecture: {
      kind: "decoder",
      layers: 64,
      hidden: 5120,
      heads: 64,
      kvHeads: 8,
      headDim: 128,
      ffn: 25_600,
      vocab: 151_936,
    },
    architectureSource: QWEN_3_32B_HF,
    context: 4096,
    maxContext: 40_960,
    precision: "bf16",
    published: {
      params: fig(32_762_123_264, QWEN_3_32B_HF),
      tokens: fig(36e12, QWEN3_REPORT),
    },
    notes: ["model.note.headQkNorm", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen3-30b-a3b",
    name: "Qwen3 30B-A3B",
    aliases: ["qwen-3-30b-a3b", "qwen3-30b"],
    architecture: {
      kind: "decoder",
      layers: 48,
      hidden: 2048,
      heads: 32,
      kvHeads: 4,
      headDim: 128,
      vocab: 151_936,
      moe: { experts: 128, topK: 8, expertFfn: 768 },
    },
    architectureSource: QWEN_3_30B_A3B_HF,
    context: 4096,
    maxContext: 40_960,
    precision: "bf16",
    published: {
      params: fig(30_532_122_624, QWEN_3_30B_A3B_HF),
      activeParams: fig(3_353_032_704, QWEN_3_30B_A3B_ACTIVE),
      tokens: fig(36e12, QWEN3_REPORT),
    },
    notes: ["model.note.headQkNorm", "model.note.qwenUnpublished"],
  },
  {
    id: "qwen3-235b-a22b",
    name: "Qwen3 235B-A22B",
    aliases: ["qwen-3-235b", "qwen3-235b"],
    architecture: {
      kind: "decoder",
      layers: 94,
      hidden: 4096,
      heads: 64,
      kvHeads: 4,
      headDim: 128,
      vocab: 151_936,
      moe: { experts: 128, topK: 8, expertFfn: 1536 },
    },
    architectureSource: QWEN3_235B_CONFIG,
    context: 4096,
    maxContext: 40_960,
    precision: "bf16",
    published: {
      params: fig(235e9, QWEN3_REPORT),
      activeParams: fig(22e9, QWEN3_REPORT),
      tokens: fig(36e12, QWEN3_REPORT),
    },
    notes: ["model.note.headQkNorm", "model.note.qwenUnpublished"],
  },
  {
    id: "gemma-2-2b",
    name: "Gemma 2 2B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 26,
      hidden: 2304,
      heads: 8,
      kvHeads: 4,
      headDim: 256,
      ffn: 9216,
      vocab: 256_000,
      tiedEmbeddings: true,
      slidingWindow: { width: 4096, layers: "even", source: GEMMA2_WINDOW },
    },
    architectureSource: GEMMA_2_2B_HF,
    context: 8192,
    maxContext: 8192,
    hardware: { gpu: "tpu-v5e", name: "TPUv5e" },
    precision: "bf16",
    published: {
      params: fig(2_614_341_888, GEMMA_2_2B_HF),
      tokens: fig(2e12, GEMMA2_PAPER),
      gpus: fig(512, GEMMA2_PAPER),
    },
    notes: ["model.note.gemma2Norms", "model.note.gemma2Hours"],
  },
  {
    id: "gemma-2-9b",
    name: "Gemma 2 9B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 42,
      hidden: 3584,
      heads: 16,
      kvHeads: 8,
      headDim: 256,
      ffn: 14_336,
      vocab: 256_000,
      tiedEmbeddings: true,
      slidingWindow: { width: 4096, layers: "even", source: GEMMA2_WINDOW },
    },
    architectureSource: GEMMA_2_9B_HF,
    context: 8192,
    maxContext: 8192,
    hardware: { gpu: "tpu-v4", name: "TPUv4" },
    precision: "bf16",
    published: {
      params: fig(9_241_705_984, GEMMA_2_9B_HF),
      tokens: fig(8e12, GEMMA2_PAPER),
      gpus: fig(4096, GEMMA2_PAPER),
    },
    notes: ["model.note.gemma2Norms", "model.note.gemma2Hours"],
  },
  {
    id: "gemma-2-27b",
    name: "Gemma 2 27B",
    aliases: [],
    architecture: {
      kind: "decoder",
      layers: 46,
      hidden: 4608,
      heads: 32,
      kvHeads: 16,
      headDim: 128,
      ffn: 36_864,
      vocab: 256_000,
      tiedEmbeddings: true,
      slidingWindow: { width: 4096, layers: "even", source: GEMMA2_WINDOW },
    },
    architectureSource: GEMMA_2_27B_HF,
    context: 8192,
    maxContext: 8192,
    hardware: { gpu: "tpu-v5p", name: "TPUv5p" },
    precision: "bf16",
    published: {
      params: fig(27_227_128_320, GEMMA_2_27B_HF),
      tokens: fig(13e12, GEMMA2_PAPER),
      gpus: fig(6144, GEMMA2_PAPER),
    },
    notes: ["model.note.gemma2Norms", "model.note.gemma2Hours"],
  },
  {
    id: "phi-3-mini",
    name: "Phi-3-mini 3.8B",
    aliases: ["phi-3-mini-4k", "phi3-mini"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 3072,
      heads: 32,
      ffn: 8192,
      vocab: 32_064,
      slidingWindow: { width: 2047, layers: "all", source: PHI_3_MINI_WINDOW },
    },
    architectureSource: PHI_3_MINI_HF,
    context: 4096,
    maxContext: 4096,
    precision: "bf16",
    published: {
      params: fig(3_821_079_552, PHI_3_MINI_HF),
      tokens: fig(3.3e12, PHI3_REPORT),
    },
    notes: ["model.note.phi3Unpublished"],
  },
  {
    id: "phi-3-medium",
    name: "Phi-3-medium 14B",
    aliases: ["phi-3-medium-4k", "phi3-medium"],
    architecture: {
      kind: "decoder",
      layers: 40,
      hidden: 5120,
      heads: 40,
      kvHeads: 10,
      ffn: 17_920,
      vocab: 32_064,
    },
    architectureSource: PHI_3_MEDIUM_HF,
    context: 4096,
    maxContext: 4096,
    precision: "bf16",
    published: {
      params: fig(13_960_238_080, PHI_3_MEDIUM_HF),
      tokens: fig(4.8e12, PHI3_REPORT),
    },
    notes: ["model.note.phi3Unpublished"],
  },
  // context: the Phi-4 technical report (Abdin et al. 2024, arXiv 2412.08905) pre-trains at a 4K
  // context and extends it to 16K in midtraining; the released config.json takes 16,384.
  {
    id: "phi-4",
    name: "Phi-4 14B",
    aliases: ["phi4"],
    architecture: {
      kind: "decoder",
      layers: 40,
      hidden: 5120,
      heads: 40,
      kvHeads: 10,
      ffn: 17_920,
      vocab: 100_352,
    },
    architectureSource: PHI_4_HF,
    context: 4096,
    maxContext: 16_384,
    hardware: { gpu: "h100-sxm", name: "H100-80G" },
    precision: "bf16",
    published: {
      params: fig(14_659_507_200, PHI_4_HF),
      tokens: fig(9.8e12, PHI_4_CARD),
      gpus: fig(1920, PHI_4_CARD),
      days: fig(21, PHI_4_CARD),
    },
  },
  {
    id: "pythia-12b",
    name: "Pythia 12B",
    aliases: ["pythia"],
    architecture: { kind: "gpt", layers: 36, width: 5120, heads: 40, vocab: 50_688, tiedHead: false },
    architectureSource: PYTHIA_12B_COUNT,
    context: 2048,
    hardware: { gpu: "a100-40gb-sxm", name: "A100 40GB" },
    precision: "fp16",
    published: {
      params: fig(11_846_072_320, PYTHIA_12B_COUNT),
      tokens: fig(299_892_736_000, PYTHIA_PAPER),
      gpus: fig(256, PYTHIA_TABLE5),
      gpuHours: fig(72_300, PYTHIA_TABLE5),
    },
    notes: ["model.note.pythia"],
  },
  {
    // Table 1 and model_config.yaml: 96 heads over hidden 18432 (head dim 192), 8 KV heads, squared-ReLU
    // MLP of 73,728 (two matrices), untied embeddings, no linear biases; LayerNorm (weight and bias).
    // 96 × (736,100,352 attention + 2,717,908,992 MLP) = 331.6B non-embedding, + 2 × 256,000 × 18,432
    // = 9.4B embedding and head: the report's split.
    id: "nemotron-4-340b",
    name: "Nemotron-4 340B",
    aliases: ["nemotron-4", "nemotron", "nemotron-4-340b-base", "nemotron-340b"],
    architecture: {
      kind: "decoder",
      layers: 96,
      hidden: 18_432,
      heads: 96,
      kvHeads: 8,
      ffn: 73_728,
      vocab: 256_000,
      mlp: "plain",
      normBias: true,
    },
    architectureSource: NEMOTRON4_ARCH,
    context: 4096,
    maxContext: 4096,
    hardware: { gpu: "h100-sxm", name: "H100 80GB SXM5" },
    precision: "bf16",
    published: {
      params: fig(341e9, NEMOTRON4_ARCH),
      tokens: fig(9e12, NEMOTRON4_CARD),
      gpus: fig(6144, NEMOTRON4_TRAINING),
      tokensPerSecond: fig(1_179_648, NEMOTRON4_THROUGHPUT),
      // Table 2 prints 42.4% (1,536 GPUs), 42.3% (3,072) and 41.0% (6,144): the range is 41.0–42.4%.
      mfu: fig(0.41, NEMOTRON4_TRAINING, 0.424),
    },
    notes: ["model.note.nemotron4"],
  },
  {
    id: "mistral-7b",
    name: "Mistral 7B",
    aliases: ["mistral", "mistral-7b-v0.1"],
    architecture: {
      kind: "decoder",
      layers: 32,
      hidden: 4096,
      heads: 32,
      kvHeads: 8,
      ffn: 14_336,
      vocab: 32_000,
      slidingWindow: { width: 4096, layers: "all", source: MISTRAL_7B_WINDOW },
    },
    architectureSource: MISTRAL_7B_PAPER,
    context: 8192,
    maxContext: 32_768,
    precision: "bf16",
    published: { params: fig(7_241_732_096, MISTRAL_7B_HF) },
    notes: ["model.note.mistralParamsOnly"],
  },
  {
    id: "gpt-oss-120b",
    name: "gpt-oss-120b",
    aliases: ["gpt-oss"],
    architecture: {
      kind: "unmodelled",
      layers: 36,
      hidden: 2880,
      heads: 64,
      vocab: 201_088,
      reason: "model.note.gptOssArch",
    },
    architectureSource: GPT_OSS_120B_CONFIG,
    // config.json initial_context_length (YaRN's original_max_position_embeddings); the card extends it to 131,072.
    context: 4096,
    maxContext: 131_072,
    // The card says H100 without the form factor; the SXM entry as for the other H100 runs.
    hardware: { gpu: "h100-sxm", name: "H100" },
    precision: "bf16",
    // config.json quantization_config: mxfp4 on the MoE weights (attention, router, embedding and head bf16).
    releasedPrecision: "fp4",
    published: {
      params: fig(116.83e9, GPT_OSS_CARD),
      activeParams: fig(5.13e9, GPT_OSS_CARD),
      gpuHours: fig(2.1e6, GPT_OSS_120B_HOURS),
    },
    notes: ["model.note.gptOssTokens"],
  },
  {
    id: "gpt-oss-20b",
    name: "gpt-oss-20b",
    aliases: [],
    architecture: {
      kind: "unmodelled",
      layers: 24,
      hidden: 2880,
      heads: 64,
      vocab: 201_088,
      reason: "model.note.gptOssArch",
    },
    architectureSource: GPT_OSS_20B_CONFIG,
    // config.json initial_context_length (YaRN's original_max_position_embeddings); the card extends it to 131,072.
    context: 4096,
    maxContext: 131_072,
    hardware: { gpu: "h100-sxm", name: "H100" },
    precision: "bf16",
    // config.json quantization_config: mxfp4 on the MoE weights (attention, router, embedding and head bf16).
    releasedPrecision: "fp4",
    published: {
      params: fig(20.91e9, GPT_OSS_CARD),
      activeParams: fig(3.61e9, GPT_OSS_CARD),
    },
    notes: ["model.note.gptOss20bHours"],
  },
];

/**
 * Every entry, in display order. Typed as modelSchema's output; the tests parse every entry with
 * modelSchema (test/core/models.test.ts), as GPUS. Each hardware GPU id must be in the GPU
 * catalog: checked here, a lookup per entry.
 */
export const MODELS: readonly Model[] = Object.freeze(
  RAW_MODELS.map((model) => {
    if (model.hardware?.gpu !== undefined) findGpu(model.hardware.gpu);
    return model;
  }),
);

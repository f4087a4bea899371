/** The papers and datasheets a reply can cite. */
export const SOURCES = {
  kaplan2020: {
    title: "Kaplan et al. 2020, Scaling Laws for Neural Language Models, §2.1",
    url: "https://arxiv.org/abs/2001.08361",
  },
  hoffmann2022: {
    title: "Hoffmann et al. 2022, Training Compute-Optimal Large Language Models (Chinchilla)",
    url: "https://arxiv.org/abs/2203.15556",
  },
  palm2022: {
    title: "Chowdhery et al. 2022, PaLM, Appendix B (MFU)",
    url: "https://arxiv.org/abs/2204.02311",
  },
  gpt3: {
    title: "Brown et al. 2020, Language Models are Few-Shot Learners, Table D.1",
    url: "https://arxiv.org/abs/2005.14165",
  },
  zero2020: { title: "Rajbhandari et al. 2020, ZeRO, §3.1 and §5", url: "https://arxiv.org/abs/1910.02054" },
  korthikanti2022: {
    title: "Korthikanti et al. 2022, Reducing Activation Recomputation in Large Transformer Models, §4",
    url: "https://arxiv.org/abs/2205.05198",
  },
  deepseekV3: {
    title: "DeepSeek-AI 2024, DeepSeek-V3 Technical Report, Table 1",
    url: "https://arxiv.org/abs/2412.19437",
  },
  llama3: { title: "Llama Team 2024, The Llama 3 Herd of Models", url: "https://arxiv.org/abs/2407.21783" },
  vllm: {
    title: "vLLM engine arguments (gpu_memory_utilization = 0.9)",
    url: "https://docs.vllm.ai/en/latest/configuration/engine_args.html",
  },
  besiroglu2024: {
    title: "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt (corrected Approach 3 fit)",
    url: "https://arxiv.org/abs/2404.10102",
  },
  fujii2024: {
    title:
      "Fujii et al. 2024, Balancing Speed and Stability: FP8 vs. BF16 Training in LLMs (415 → 570 TFLOP/s)",
    url: "https://arxiv.org/abs/2411.08719",
  },
  llama1: {
    title: "Touvron et al. 2023, LLaMA, §6 and Table 15 (GPU-h × power × PUE 1.1; 0.385 kg CO2eq/kWh)",
    url: "https://arxiv.org/abs/2302.13971",
  },
  // Layouts, fine-tuning and serving (cards)
  narayanan2021: {
    title:
      "Narayanan et al. 2021, Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM",
    url: "https://arxiv.org/abs/2104.04473",
  },
  flashAttention: {
    title: "Dao et al. 2022, FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    url: "https://arxiv.org/abs/2205.14135",
  },
  lora2021: {
    title: "Hu et al. 2021, LoRA: Low-Rank Adaptation of Large Language Models",
    url: "https://arxiv.org/abs/2106.09685",
  },
  qlora2023: {
    title: "Dettmers et al. 2023, QLoRA: Efficient Finetuning of Quantized LLMs, §3",
    url: "https://arxiv.org/abs/2305.14314",
  },
  mistral2023: {
    title: "Jiang et al. 2023, Mistral 7B, §2 (sliding window attention; rolling buffer cache of W tokens)",
    url: "https://arxiv.org/abs/2310.06825",
  },
  pope2022: {
    title: "Pope et al. 2022, Efficiently Scaling Transformer Inference",
    url: "https://arxiv.org/abs/2211.05102",
  },
  kwon2023: {
    title: "Kwon et al. 2023, Efficient Memory Management for LLM Serving with PagedAttention, §4",
    url: "https://arxiv.org/abs/2309.06180",
  },
} as const;

/**
 * Each source once per url, as it was first cited: replies show a source by its short title and
 * url only, so a paper cited for two sections (PaLM's Table 1 and its Appendix B) is one footnote.
 */
export function distinctSources<T extends { url: string }>(sources: Iterable<T>): T[] {
  // A scan, not a Set: a reply cites a handful of sources.
  const distinct: T[] = [];
  for (const source of sources) if (!distinct.some((s) => s.url === source.url)) distinct.push(source);
  return distinct;
}

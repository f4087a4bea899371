/**
 * A fixed mix of realistic questions, as people type them after /flops: the first 20 in the
 * bot's own dialect, then phrasings, planning, layouts and serving as those commands landed, then
 * the questions the round of fit, max batch, TTFT and shapes in words made answerable, then GPUs
 * named alone (the catalog's lines) and a model size from hardware said in words, then a published
 * run's MFU asked in words and an MFU from a run's published FLOP count, then serving's cost per
 * million tokens, then a serving engine named and a GPU's peak at a precision, then a layout as papers
 * write it, a mixture of experts' sizes labelled in words and a budget of GPU time.
 */
export const MIX: readonly string[] = [
  "175B 300B",
  "70B 1.4T gpu=H100 gpus=1024 price=$2.5/h",
  "mfu 671B 14.8T active=37B gpu=H800 gpu-hours=2.664M precision=fp8",
  "mfu 175B 300B gpu=A100 gpus=1024 days=34",
  "chinchilla 70B",
  "chinchilla budget=3.14e23",
  "cards 70B gpu=H100",
  "cards 70B gpu=H100 mode=train",
  "cards 8B gpu=A100 precision=int4 context=8k batch=4",
  "params transformer layers=96 d=12288 vocab=50257 ctx=2048",
  "params dense 784->128, dense 128->10",
  "gpus h100",
  "help mfu",
  "405B 15T gpu=H100 days=54",
  "7B 2T gpu=A100 mfu=45%",
  "1.3B 26B explain",
  "chinchilla 405B tokens=15T",
  "13B 1T gpu=MI300X gpus=512",
  "175BB 300B",
  "mfu 70B",
  "how long to train a 13B model on 3T tokens with 128 H100s",
  "訓練 130億 參數 3兆 token 需要 128 張 H100 多久",
  "how many H100s to serve 70B",
  "compare llama-3-70b deepseek-v3",
  "cards 405B gpu=H100 mode=train tp=8 pp=16",
  "cards 7B gpu=4090 mode=qlora",
  "compute flops=1e25 gpu=H100 gpus=4096",
  "compute gpu=H100 gpus=1000 days=90",
  "serve 8B gpu=H100 rate=20",
  "70B 2T gpu=h100,a100,mi300x,tpu-v5p gpus=512",
  "does llama 3 70b fit on 2 H100",
  "what's the max batch size for llama 3 8b on an A100 80GB at 4k context",
  "time to first token for llama 3 70b on 4 H100 with 2k prompt",
  "how many params does a transformer with 32 layers, d_model 4096 and vocab 50257 have",
  "h100 vs a100",
  "i have 512 A100 for a month, what model size",
  "what MFU did llama 3 405b get",
  "mfu 3.8e25 FLOP 16384 H100 54 days",
  "cost per million tokens to serve llama 3 70b on H100 at $2/h",
  "llama 3 70B with vLLM on 8 H100 tokens/s",
  "b200 fp4 tflops",
  "train 70B with TP8 PP4 on 64 H100",
  "671B total params 37B active 14.8T tokens",
  "budget 100k H100-hours",
];

/**
 * One question per chart kind: the README's pictures (docs/charts/) and the tests' reference
 * images (test/charts/reference/) are drawn from these, by `npm run charts`.
 */
export const CHART_EXAMPLES = [
  {
    kind: "cards",
    text: "cards 70B gpu=H100 mode=infer context=8k layers=80 kv-heads=8 head-dim=128 batch=8",
  },
  { kind: "compute", text: "175B 300B gpu=A100 gpus=1024 price=$2/h" },
  { kind: "chinchilla", text: "chinchilla 175B tokens=300B" },
  { kind: "compare", text: "compare gpt-3 chinchilla palm llama-3-405b" },
] as const;

/** Compute-optimal tokens per parameter (Hoffmann et al. 2022, Table 3: ~20 tokens per parameter). */
export const CHINCHILLA_TOKENS_PER_PARAM = 20;

/** D* ≈ 20·N. */
export function chinchillaOptimalTokens(params: number): number {
  return CHINCHILLA_TOKENS_PER_PARAM * params;
}

/** For a budget C = 6·N·D with D = 20·N: N* = sqrt(C / 120), D* = 20·N*. */
export function computeOptimalSplit(flops: number): { params: number; tokens: number } {
  const params = Math.sqrt(flops / (6 * CHINCHILLA_TOKENS_PER_PARAM));
  return { params, tokens: chinchillaOptimalTokens(params) };
}

/** A run's tokens per parameter, and how it compares with the compute-optimal 20. */
export function tokensPerParam(params: number, tokens: number): { ratio: number; timesOptimal: number } {
  const ratio = tokens / params;
  return { ratio, timesOptimal: ratio / CHINCHILLA_TOKENS_PER_PARAM };
}

/** Fitted loss L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, Eq. 2 fitted by Approach 3, §3.3: E 1.69, A 406.4, B 410.7, α 0.34, β 0.28). */
export const CHINCHILLA_LOSS_FIT = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

export function chinchillaLoss(params: number, tokens: number): number {
  const { E, A, B, alpha, beta } = CHINCHILLA_LOSS_FIT;
  return E + A / params ** alpha + B / tokens ** beta;
}

import { oncePer } from "./oncePer.ts";

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

/** The fitted exponents N_opt ∝ C^a, D_opt ∝ C^b of each approach (Hoffmann et al. 2022, Table 2). */
export const CHINCHILLA_EXPONENTS = [
  { approach: 1, a: 0.5, b: 0.5 },
  { approach: 2, a: 0.49, b: 0.51 },
  { approach: 3, a: 0.46, b: 0.54 },
] as const;

/** Approach 1 projections: parameters, FLOP, tokens (Hoffmann et al. 2022, Table 3). */
export const CHINCHILLA_TABLE3: readonly (readonly [params: number, flops: number, tokens: number])[] = [
  [400e6, 1.92e19, 8.0e9],
  [1e9, 1.21e20, 20.2e9],
  [10e9, 1.23e22, 205.1e9],
  [67e9, 5.76e23, 1.5e12],
  [175e9, 3.85e24, 3.7e12],
  [280e9, 9.9e24, 5.9e12],
  [520e9, 3.43e25, 11.0e12],
  [1e12, 1.27e26, 21.2e12],
  [10e12, 1.3e28, 216.2e12],
];

export interface Table3Reading {
  params: number;
  flops: number;
  tokens: number;
  /** The size (or budget) is a row of the table, not interpolated between two. */
  exact: boolean;
}

/**
 * Each Table 3 row's logarithms and the log-steps to the next row, per column (the table is static:
 * worked out once, the same numbers `readTable3` would work out per question).
 */
const TABLE3_LOGS = CHINCHILLA_TABLE3.map((row, i) => {
  const next = CHINCHILLA_TABLE3[i + 1] ?? row;
  return {
    log: [Math.log(row[0]), Math.log(row[1]), Math.log(row[2])] as const,
    step: [Math.log(next[0] / row[0]), Math.log(next[1] / row[1]), Math.log(next[2] / row[2])] as const,
  };
});

/** Log-log interpolation between two Table 3 rows; a listed value reads its row exactly. */
function readTable3(column: 0 | 1, value: number): Table3Reading | undefined {
  const rows = CHINCHILLA_TABLE3;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || value < first[column] || value > last[column]) return undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as (typeof rows)[number];
    if (Math.abs(row[column] / value - 1) < 1e-9) {
      return { params: row[0], flops: row[1], tokens: row[2], exact: true };
    }
    const next = rows[i + 1];
    if (next && value > row[column] && value < next[column]) {
      // ln x = ln row + t·ln(next / row) in every column, t from the column read.
      const { log, step } = TABLE3_LOGS[i] as (typeof TABLE3_LOGS)[number];
      const t = Math.log(value / row[column]) / step[column];
      return {
        params: Math.exp(log[0] + t * step[0]),
        flops: Math.exp(log[1] + t * step[1]),
        tokens: Math.exp(log[2] + t * step[2]),
        exact: false,
      };
    }
  }
  return undefined;
}

/** Table 3's tokens for a model size (400M–10T), interpolated log-log between listed sizes. */
export const table3ForParams = (params: number) => readTable3(0, params);
/** Table 3's size and tokens for a budget (1.92e19–1.3e28 FLOP), interpolated log-log. */
export const table3ForBudget = (flops: number) => readTable3(1, flops);

/** A parametric loss fit L(N, D) = E + A/N^α + B/D^β. */
export interface LossFit {
  E: number;
  A: number;
  B: number;
  alpha: number;
  beta: number;
}

/**
 * The replication's corrected Approach 3 fit (Besiroglu et al. 2024, "Chinchilla Scaling: A
 * replication attempt", arXiv 2404.10102, Eq. 3: E 1.8172, A 482.01, B 2085.43, α 0.3478, β 0.3658).
 */
export const BESIROGLU_LOSS_FIT: LossFit = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 };

/** Eq. 4's constants of a fit (Hoffmann et al. 2022): G = (αA / βB)^(1/(α+β)), a = β/(α+β); once per fit. */
const eq4Constants = oncePer((fit: LossFit): { g: number; a: number } => ({
  g: ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta)),
  a: fit.beta / (fit.alpha + fit.beta),
}));

/**
 * Minimum of L(N, D) under C = 6ND (Hoffmann et al. 2022, Eq. 4): G = (αA / βB)^(1/(α+β)),
 * N_opt = G·(C/6)^a, D_opt = (C/6)/N_opt, a = β/(α+β).
 */
export function parametricOptimum(fit: LossFit, flops: number): { params: number; tokens: number } {
  const { g, a } = eq4Constants(fit);
  const params = g * (flops / 6) ** a;
  return { params, tokens: flops / 6 / params };
}

/** The budget for which N is the Eq. 4 optimum, and its tokens: C/6 = (N/G)^(1/a), D = (C/6)/N. */
export function parametricTokensFor(fit: LossFit, params: number): { flops: number; tokens: number } {
  const { g, a } = eq4Constants(fit);
  const perSix = (params / g) ** (1 / a);
  return { flops: 6 * perSix, tokens: perSix / params };
}

import type { ParamCount, ParamPart } from "./types.ts";
import { size } from "./validate.ts";

export type RecurrentCell = "rnn" | "lstm" | "gru";
export type RecurrentConvention = "keras" | "pytorch";

export interface RecurrentOptions {
  cell: RecurrentCell;
  inputs: number;
  hidden: number;
  convention: RecurrentConvention;
  /** Keras GRU only (default true, as in Keras 2.3+/3): a second bias vector per gate. PyTorch always has two. */
  resetAfter?: boolean;
}

/** Gate blocks per cell: SimpleRNN 1, LSTM 4 (input, forget, cell, output), GRU 3 (reset, update, new). */
export const GATES: Readonly<Record<RecurrentCell, number>> = { rnn: 1, lstm: 4, gru: 3 };

/**
 * Recurrent layer, per gate (in+h)·h weights plus h biases: Keras SimpleRNN (in+h)·h + h, LSTM 4×,
 * GRU 3·((in+h)·h + 2h) with reset_after=True (default) or 3·((in+h)·h + h) without (Keras docs);
 * PyTorch nn.RNN/LSTM/GRU keep b_ih and b_hh, so gates·((in+h)·h + 2h) (PyTorch docs).
 */
export function recurrentParams({
  cell,
  inputs,
  hidden,
  convention,
  resetAfter = true,
}: RecurrentOptions): ParamCount {
  size("inputs", inputs);
  size("hidden", hidden);
  const gates = GATES[cell];
  const biasVectors = convention === "pytorch" || (cell === "gru" && resetAfter) ? 2 : 1;
  const parts: ParamPart[] = [
    { id: "inputWeights", params: gates * inputs * hidden, count: gates },
    { id: "recurrentWeights", params: gates * hidden * hidden, count: gates },
    { id: "bias", params: gates * biasVectors * hidden, count: gates },
  ];
  const total = gates * ((inputs + hidden) * hidden + biasVectors * hidden);
  return { total, nonEmbedding: total, parts };
}

import type { ParamCount, ParamPart } from "./types.ts";
import { size } from "./validate.ts";

export interface DenseOptions {
  inputs: number;
  outputs: number;
  bias?: boolean;
}

/** Fully connected layer: in·out weights + out biases (Keras Dense / PyTorch nn.Linear docs). */
export function denseParams({ inputs, outputs, bias = true }: DenseOptions): ParamCount {
  size("inputs", inputs);
  size("outputs", outputs);
  const parts: ParamPart[] = [{ id: "weights", params: inputs * outputs }];
  if (bias) parts.push({ id: "bias", params: outputs });
  const total = inputs * outputs + (bias ? outputs : 0);
  return { total, nonEmbedding: total, parts };
}

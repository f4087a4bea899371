import type { ParamCount } from "./types.ts";
import { size } from "./validate.ts";

/** LayerNorm over dim features: 2·dim, a scale (weight) and a shift (bias) (PyTorch nn.LayerNorm, elementwise_affine=True). */
export function layerNormParams(dim: number, bias = true): ParamCount {
  size("dim", dim);
  const total = bias ? 2 * dim : dim;
  const parts = [{ id: "weights", params: dim }];
  if (bias) parts.push({ id: "bias", params: dim });
  return { total, nonEmbedding: total, parts };
}

/** RMSNorm over dim features: dim, a scale only (Zhang & Sennrich 2019; PyTorch nn.RMSNorm). */
export function rmsNormParams(dim: number): ParamCount {
  size("dim", dim);
  return { total: dim, nonEmbedding: dim, parts: [{ id: "weights", params: dim }] };
}

/**
 * BatchNorm over `channels`: 2·channels trainable (gamma, beta) (Ioffe & Szegedy 2015; Keras
 * BatchNormalization). The running mean and variance (2·channels more) are buffers, not
 * trainable, so they are not counted (Keras lists them as "non-trainable params").
 */
export function batchNormParams(channels: number): ParamCount {
  size("channels", channels);
  return {
    total: 2 * channels,
    nonEmbedding: 2 * channels,
    parts: [
      { id: "weights", params: channels },
      { id: "bias", params: channels },
    ],
  };
}

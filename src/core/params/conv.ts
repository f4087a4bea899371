import { UserError } from "../errors.ts";
import type { ParamCount, ParamPart } from "./types.ts";
import { size } from "./validate.ts";

export interface ConvOptions {
  /** Kernel shape: [k] for 1d, [kh, kw] for 2d, [kd, kh, kw] for 3d. */
  kernel: readonly number[];
  inChannels: number;
  outChannels: number;
  groups?: number;
  bias?: boolean;
}

/**
 * Convolution: prod(kernel)·(c_in/groups)·c_out weights + c_out biases (PyTorch nn.Conv2d docs:
 * weight shape (out, in/groups, kh, kw); Keras Conv2D). Throws UserError("params.groups") unless
 * groups divides both channel counts.
 */
export function convParams({
  kernel,
  inChannels,
  outChannels,
  groups = 1,
  bias = true,
}: ConvOptions): ParamCount {
  if (kernel.length < 1 || kernel.length > 3) {
    throw new UserError("params.kernel", { kernel: kernel.join("x") });
  }
  for (const k of kernel) size("kernel", k);
  size("inChannels", inChannels);
  size("outChannels", outChannels);
  size("groups", groups);
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    throw new UserError("params.groups", { groups, inChannels, outChannels });
  }
  const area = kernel.reduce((product, k) => product * k, 1);
  const weights = area * (inChannels / groups) * outChannels;
  const parts: ParamPart[] = [{ id: "weights", params: weights }];
  if (bias) parts.push({ id: "bias", params: outChannels });
  const total = weights + (bias ? outChannels : 0);
  return { total, nonEmbedding: total, parts };
}

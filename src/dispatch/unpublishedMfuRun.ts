import { UserError } from "../core/errors.ts";
import { GPU_CATALOG, peakFlops } from "../core/gpus.ts";
import { DEFAULT_MFU_SPAN } from "../core/planning.ts";

/** A Try line's stand-ins where the run published none: syntax to fill in, not figures of the run. */
const EXAMPLE_GPU = "h100-sxm";
const EXAMPLE_GPUS = 1024;
const EXAMPLE_TOKENS = 2e12;

/**
 * `mfu mixtral`: a run whose hardware is not published has no GPU time either, and perhaps no token
 * count. The refusal names everything the MFU lacks at once, with one Try line that gives it all,
 * instead of asking for gpu= and then refusing again for the time and again for the tokens. Its
 * days are what the FLOP takes at the plan's 40% MFU (a fixed 21 days read 18T tokens of a 72B model
 * at 214%), attention counted where the shape is known. Undefined when a GPU time is given: then the GPU is all that is missing.
 */
export function unpublishedMfuRun(
  run: { name: string; gpuExample?: string },
  word: string,
  raw: Record<string, string>,
  typed: Record<string, string>,
): UserError | undefined {
  if (raw["gpu-hours"] !== undefined || raw.days !== undefined || raw["tokens-per-second"] !== undefined)
    return undefined;
  const gpuId = run.gpuExample ?? EXAMPLE_GPU;
  const gpu = GPU_CATALOG.find(gpuId);
  const gpus = raw.gpus === undefined ? EXAMPLE_GPUS : Number(raw.gpus);
  const size = Number(raw.active ?? raw.params);
  const tokens = raw.tokens === undefined ? EXAMPLE_TOKENS : Number(raw.tokens);
  // PaLM App. B's 12·L·H·Q·T where the run's shape is known: Mixtral's 32k context adds 2/3 to its 6N.
  const attention = 12 * Number(raw.layers) * Number(raw.heads) * Number(raw["head-dim"]) * Number(raw.ctx);
  const perToken = 6 * size + (Number.isFinite(attention) ? attention : 0);
  const seconds =
    gpu === undefined
      ? Number.NaN
      : (perToken * tokens) / (gpus * peakFlops(gpu, "bf16") * DEFAULT_MFU_SPAN.point);
  const days = Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.round(seconds / 86_400)) : 30;
  const parts = ["mfu", word, `gpu=${gpuId}`];
  if (raw.gpus === undefined) parts.push(`gpus=${EXAMPLE_GPUS}`);
  parts.push(`days=${days}d`);
  if (raw.tokens === undefined) parts.push(`tokens=${EXAMPLE_TOKENS / 1e12}T`);
  for (const [option, value] of Object.entries(typed)) parts.push(`${option}=${value}`);
  return new UserError(raw.tokens === undefined ? "mfu.unpublishedRunTokens" : "mfu.unpublishedRun", {
    model: run.name,
    commandExample: parts.join(" "),
  });
}

import { GPUS_PER_NODE } from "../core/training.ts";
import { input, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/** A price per GPU-hour outside this span is likely a node's price (8 GPUs) or a slip. */
const PLAUSIBLE_PRICE = { low: 0.1, high: 20 } as const;
/** A warning for a price per GPU-hour outside $0.1–$20, suggesting the per-GPU price of a node's. */
export function implausiblePrice(price: number): Text | undefined {
  if (price > PLAUSIBLE_PRICE.high) {
    return text("compute.priceHigh", {
      price: input("price", price),
      perGpu: input("price", Number((price / GPUS_PER_NODE).toPrecision(3))),
      node: GPUS_PER_NODE,
    });
  }
  if (price < PLAUSIBLE_PRICE.low) return text("compute.priceLow", { price: input("price", price) });
  return undefined;
}

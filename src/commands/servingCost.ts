import { costPerMillionTokens, servingCostPerHour } from "../core/serving.ts";
import { formula, input, row, text } from "../reply/build.ts";
import type { Row, Text } from "../reply/reply.ts";

/** What serve's throughput rows found, as its result's `throughput` holds it. */
interface Throughput {
  decodeTokensPerSecondPerReplica: number;
  requestsPerSecondPerReplica?: number;
  generatedTokens?: number;
  replicas?: number;
  /** Decoding at the largest batch that fits, where the batch was nobody's choice (1). */
  atMaxBatch?: { batch: number; decodeTokensPerSecondPerReplica: number };
}

/**
 * serve's cost rows at a price per GPU-hour, every replica busy. With a request rate: a million
 * generated tokens with each request's prefill counted, and the GPUs for the rate by the hour.
 * Without one: a million tokens of decoding alone at the batch. The throughput is the roofline's
 * upper bound, so these costs are lower bounds (said in the note). Undefined when the answer has no
 * throughput (no layout fits).
 */
export function servingCost(
  price: number,
  gpusPerReplica: number,
  throughput: Throughput | undefined,
): { rows: Row[]; notes: Text[]; result: Record<string, number> } | undefined {
  if (!throughput) return undefined;
  const gpus = input("plain", gpusPerReplica);
  const priced = input("price", price);
  const perRequest = throughput.requestsPerSecondPerReplica;
  const generated = throughput.generatedTokens ?? 0;
  if (perRequest === undefined || generated <= 0) {
    const decoded = (tokensPerSecond: number) => ({
      dollars: costPerMillionTokens(price, gpusPerReplica, tokensPerSecond),
      formula: formula("serve.costPerMillionDecoded", {
        price: priced,
        gpus,
        perReplica: input("count", tokensPerSecond),
      }),
    });
    const atBatch = decoded(throughput.decodeTokensPerSecondPerReplica);
    const rows = [row("row.costPerMillionDecoded", "usd", atBatch.dollars, atBatch.formula)];
    const result: Record<string, number> = {
      costPerMillionDecodedTokens: atBatch.dollars,
      pricePerGpuHour: price,
    };
    const full = throughput.atMaxBatch;
    if (full) {
      const atFull = decoded(full.decodeTokensPerSecondPerReplica);
      rows.push(
        row("row.costPerMillionAtMaxBatch", "usd", atFull.dollars, atFull.formula, { batch: full.batch }),
      );
      result.costPerMillionDecodedTokensAtMaxBatch = atFull.dollars;
      result.maxBatch = full.batch;
    }
    return { rows, notes: [text("note.servingCostDecode", { price: priced })], result };
  }
  const perMillion = costPerMillionTokens(price, gpusPerReplica, perRequest * generated);
  const replicas = throughput.replicas ?? 1;
  const perHour = servingCostPerHour(price, replicas, gpusPerReplica);
  return {
    rows: [
      row(
        "row.costPerMillionGenerated",
        "usd",
        perMillion,
        formula("serve.costPerMillionGenerated", {
          price: priced,
          gpus,
          perReplica: input("ratio", perRequest),
          G: input("plain", generated),
        }),
      ),
      row(
        "row.costPerHourForRate",
        "usd",
        perHour,
        formula("serve.costPerHour", { replicas: input("plain", replicas), gpus, price: priced }),
      ),
    ],
    notes: [text("note.servingCost", { price: priced })],
    result: { costPerMillionGeneratedTokens: perMillion, costPerHour: perHour, pricePerGpuHour: price },
  };
}

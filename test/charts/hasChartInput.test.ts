/**
 * The Chart button's test (hasChartInput) answers exactly as the chart's own contract
 * (chartInput, zod's parse of the result): on real answers, and on those answers' results with
 * fields removed or replaced by values the schemas refuse.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptsOf } from "../../src/charts/accepts.ts";
import { chartInput, computeResultSchema, hasChartInput } from "../../src/charts/data.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Reply } from "../../src/reply/reply.ts";

const ask = (line: string) => respondToText(registry, line, { lang: "en" });

const LINES = [
  // GPT-3 on A100s (Brown et al. 2020, Table D.1: 175B parameters, 300B tokens).
  "175B 300B gpu=A100 gpus=1024 price=$2/h",
  "70B 2T gpu=h100,a100,mi300x,tpu-v5p gpus=512",
  // A hardware budget and QLoRA on a 24 GB card: answers with no chart.
  "compute gpu=H100 gpus=1000 days=90",
  "cards 7B gpu=4090 mode=qlora",
  "cards 70B gpu=H100 mode=train",
  "cards 8B gpu=A100 precision=int4 context=8k batch=4",
  // Chinchilla 70B (Hoffmann et al. 2022, Table 3: 1.4T tokens).
  "chinchilla 70B",
  "chinchilla budget=3.14e23",
  "compare llama-3-70b deepseek-v3 gpt-3",
  "mfu 175B 300B gpu=A100 gpus=1024 days=34",
  "params llama-3-8b",
  "175BB 300B",
];

const replies = LINES.map(ask);
const same = (reply: Reply) => hasChartInput(reply) === (chartInput(reply) !== undefined);

describe("hasChartInput", () => {
  it("agrees with chartInput on real answers, with and without a chart", () => {
    for (const reply of replies) expect(same(reply), reply.command).toBe(true);
    const charted = replies.map(hasChartInput);
    expect(charted).toEqual([true, true, false, false, true, true, true, true, true, false, false, false]);
  });

  it("agrees with chartInput on results with fields missing or out of the schema", () => {
    const withResult = replies.filter((r) => r.ok && r.result);
    const bad = fc.constantFrom(
      undefined,
      null,
      -1,
      -0,
      0,
      2.5,
      Number.NaN,
      Infinity,
      -Infinity,
      "5",
      "train",
      true,
      {},
      [],
    );
    const paths = (value: unknown, prefix: string[] = []): string[][] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, v]) => [[...prefix, key], ...paths(v, [...prefix, key])])
        : [];
    const mutated = fc
      .constantFrom(...withResult)
      .chain((reply) =>
        fc.tuple(
          fc.constant(reply),
          fc.array(fc.tuple(fc.constantFrom(...paths(reply.result)), bad), { maxLength: 3 }),
        ),
      )
      .map(([reply, changes]) => {
        const result = structuredClone(reply.result) as Record<string, unknown>;
        for (const [path, value] of changes) {
          let at: Record<string, unknown> | undefined = result;
          for (const key of path.slice(0, -1)) at = at?.[key] as Record<string, unknown> | undefined;
          if (at && typeof at === "object") at[path.at(-1) as string] = value;
        }
        return { ...reply, result } as Reply;
      });
    fc.assert(fc.property(mutated, same), { numRuns: 3000 });
  });

  it("reads a schema as zod does: finite non-negative numbers, optional fields, unknown keys kept out", () => {
    const accepts = acceptsOf(computeResultSchema);
    const base = { params: 70e9, tokens: 1.4e12, flops: 5.88e23 };
    expect(accepts(base)).toBe(true);
    expect(accepts({ ...base, extra: "ignored", gpus: undefined })).toBe(true);
    expect(accepts({ ...base, gpus: -1 })).toBe(false);
    expect(accepts({ ...base, flops: Infinity })).toBe(false);
    expect(accepts([base])).toBe(false);
    expect(accepts(Object.create(base))).toBe(computeResultSchema.safeParse(Object.create(base)).success);
  });
});

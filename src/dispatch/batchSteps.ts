import { extended } from "../core/extended.ts";
import { text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * A batch in tokens and a count of steps in one line (`175B batch 3.2M tokens 93750 steps`): the
 * tokens the run sees, D = B · S (Kaplan et al. 2020 §2.1 writes training compute as C = 6NBS).
 */

const STEP_WORDS: ReadonlySet<string> = new Set(["steps", "step", "iterations", "iters", "updates", "步"]);
const TOKEN_WORDS: ReadonlySet<string> = new Set(["token", "tokens"]);
const COUNT = /^\.?\d[\d.,]*[kmbt]?$/i;
const NUMBERISH = /^[$+]?\.?\d/;

export interface BatchSteps {
  /** First word of the batch (`batch` or `global`) and one past its token word. */
  batchStart: number;
  batchEnd: number;
  /** The batch's count and the steps' count, as typed. */
  batch: string;
  steps: string;
  /** Where the steps' count stands (its step word follows). */
  stepsAt: number;
}

/** The batch in tokens and the step count of a line, when it has both (each once), else undefined. */
function batchAndSteps(lowered: readonly string[], words: readonly string[]): BatchSteps | undefined {
  let found: Omit<BatchSteps, "steps" | "stepsAt"> | undefined;
  let stepsAt: number | undefined;
  for (let i = 0; i < lowered.length; i++) {
    const word = lowered[i] as string;
    if (word === "batch" || word === "global") {
      const at = tokensOfBatch(lowered, i);
      if (at === undefined) continue;
      if (found) return undefined;
      found = { batchStart: i, batchEnd: at + 2, batch: words[at] as string };
      i = at + 1;
    } else if (COUNT.test(word) && STEP_WORDS.has(lowered[i + 1] ?? "")) {
      if (stepsAt !== undefined) return undefined;
      stepsAt = i;
    }
  }
  if (!found || stepsAt === undefined) return undefined;
  return extended(found, { steps: words[stepsAt] as string, stepsAt });
}

/** The words with a batch in tokens and a step count made one `tokens=B*S`, said in a note. */
export function withBatchTimesSteps(
  words: readonly string[],
  lowered: readonly string[],
  notes: Text[],
): readonly string[] {
  // Most lines have no batch: no walk then.
  const found = lowered.includes("batch") ? batchAndSteps(lowered, words) : undefined;
  if (!found) return words;
  const batch = words.slice(found.batchStart, found.batchEnd).join(" ");
  const steps = words.slice(found.stepsAt, found.stepsAt + 2).join(" ");
  notes.push(text("read.batchTimesSteps", { batch, steps }));
  const product = `tokens=${found.batch}*${found.steps}`;
  return words.flatMap((word, i) => {
    if (i === found.batchStart) return [product];
    if (i > found.batchStart && i < found.batchEnd) return [];
    return i === found.stepsAt || i === found.stepsAt + 1 ? [] : [word];
  });
}

/**
 * Where the count of `batch 4M tokens`, `global batch of 4M tokens`, `global batch size 4M tokens`
 * starting at `i` is (a token word follows it), or undefined when the words there are no such batch.
 */
export function tokensOfBatch(lowered: readonly string[], i: number): number | undefined {
  let at = lowered[i] === "global" ? i + 1 : i;
  if (lowered[at] !== "batch") return undefined;
  at += 1;
  if (lowered[at] === "size") at += 1;
  if (lowered[at] === "of") at += 1;
  const count = lowered[at];
  return count !== undefined && NUMBERISH.test(count) && TOKEN_WORDS.has(lowered[at + 1] ?? "")
    ? at
    : undefined;
}

import { expect } from "vitest";
import { UserError } from "../../../src/core/errors.ts";
import type { ParamCount } from "../../../src/core/params/types.ts";

/** Parts must add up to the total. */
export function expectConsistent(count: ParamCount): void {
  expect(count.parts.reduce((sum, part) => sum + part.params, 0)).toBe(count.total);
  expect(count.nonEmbedding).toBeLessThanOrEqual(count.total);
  if (count.active !== undefined) expect(count.active).toBeLessThanOrEqual(count.total);
}

/** The UserError thrown by `run`. */
export function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

export const part = (count: ParamCount, id: string) => count.parts.find((p) => p.id === id);

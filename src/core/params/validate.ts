import { UserError } from "../errors.ts";

/**
 * Checks that a size (width, channels, layers, …) is a whole number in range; otherwise throws
 * UserError("params.invalidSize", { name, value, min }). `name` is the option's stable key.
 */
export function size(name: string, value: number, min = 1): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new UserError("params.invalidSize", { name, value: String(value), min });
  }
  return value;
}

/** The sum of the parts' parameters. */
export function sumParts(parts: readonly { params: number }[]): number {
  return parts.reduce((sum, part) => sum + part.params, 0);
}

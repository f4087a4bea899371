import { UserError } from "../core/errors.ts";
import type { AnyCommand } from "./command.ts";
import { findCommand, type Registry } from "./registry.ts";

/** `tokens per second`, `tok/s`, `每秒 token`: a serving throughput (the rate phrases of a question). */
const TOKENS_PER_SECOND = /\b(?:tokens?|toks?)\s*(?:per\s+(?:second|sec|s)\b|\/\s*s(?:ec)?\b)|每秒/i;

/** Errors that say a word was not understood (not "give me more", not a bad value of an option). */
const NOT_UNDERSTOOD = new Set([
  "read.unknownWord",
  "args.extra",
  "quantity.unknownWord",
  "quantity.syntax",
  "model.unknown",
]);

/**
 * A line the chosen command could not read that asks for what another command answers (tokens per
 * second is serving's throughput): the error names that command with its example instead of
 * blaming a word. Undefined when the line asks no such thing.
 */
export function askedForError(
  registry: Registry,
  text: string,
  error: UserError,
): { error: UserError; command: AnyCommand } | undefined {
  if (!NOT_UNDERSTOOD.has(error.id) || !TOKENS_PER_SECOND.test(text)) return undefined;
  const serve = findCommand(registry, "serve");
  if (!serve || error.params.command === serve.name) return undefined;
  const example = serve.examples[0] ?? "";
  return {
    error: new UserError("read.askedTokensPerSecond", { command: serve.name, example }),
    command: serve,
  };
}

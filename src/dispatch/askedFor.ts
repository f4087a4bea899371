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
  "quantity.wordFor",
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
  if (!serve) return undefined;
  const example = serve.examples[0] ?? "";
  return {
    error: new UserError("read.askedTokensPerSecond", { command: serve.name, example }),
    command: serve,
  };
}

/** The words that asked for tokens per second, left out when serve reads the question. */
const ASKING_WORDS = new Set(
  "每秒 產生 生成 輸出 per second seconds sec s tok/s toks/s tokens/s tokens/sec tok/sec generate generates produce output".split(
    " ",
  ),
);

/**
 * The question as serve reads it (`llama-3-70b 在 H100 上每秒可以產生多少 token` → `serve llama-3-70b
 * H100 token`): the command word first, the words that asked for the rate left out.
 */
export function asServeLine(text: string): string {
  // The tokens of the rate go with it (`batch size 32 每秒 token`: never a batch of 32 tokens).
  const typed = text.split(" ");
  const asking = typed.map((word) => ASKING_WORDS.has(word.toLowerCase().replace(/[?,!]+$/, "")));
  const words = typed.filter(
    (word, i) => !asking[i] && !(i > 0 && asking[i - 1] && /^tokens?[?,!]*$/i.test(word)),
  );
  // `tokens/s to serve llama-3-70b on 2 H100`: the command word typed already, not said twice.
  const at = words.findIndex((word) => word.toLowerCase() === "serve");
  if (at < 0) return `serve ${words.join(" ")}`;
  const before = words[at - 1]?.toLowerCase() === "to" ? at - 1 : at;
  return ["serve", ...words.slice(0, before), ...words.slice(at + 1)].join(" ");
}

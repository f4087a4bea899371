import { UserError } from "../core/errors.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { closeCommands, type Registry } from "./registry.ts";

/**
 * A word still standing where a number is expected, that names nothing: blame that word. A close
 * command name (for the first word) or a close run name (same numbers: `mistral-7b` is never
 * `mixtral-8x7b`) is offered; otherwise the command's example.
 */
export function blameUnknownWords(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
  first?: string,
) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.indexOf("=") > 0 || !/^[a-z][a-z0-9.-]*$/i.test(word)) continue;
    if (registry.acceptsWord?.(word) || findOption(command, word)?.[1].kind === "flag") continue;
    if (word === first && /^[a-z][a-z-]*$/i.test(word)) {
      const commands = closeCommands(registry, word);
      if (commands.length > 0) {
        throw new UserError("args.unknownCommand", { command: word, suggestions: commands.join(", ") });
      }
    }
    // A family then its size (`llama 70b`): runs of that size first.
    const next = words[i + 1];
    const sized =
      next !== undefined && SIZE.test(next) ? registry.presets?.suggest(`${word}-${next}`) : undefined;
    const models = sized?.length ? sized : (registry.presets?.suggest(word) ?? []);
    if (models.length > 0)
      throw new UserError("model.unknown", { query: word, suggestions: models.join(", ") });
    throw new UserError("read.unknownWord", {
      word,
      command: command.name,
      example: command.examples[0] ?? "",
    });
  }
}

/** A parameter count as run names end with one (`70b`, `8x7b` is not). */
const SIZE = /^\d+(?:\.\d+)?[bm]$/i;

import { UserError } from "../core/errors.ts";
import { isQuantityWord } from "../core/quantity.ts";
import { nearest } from "../core/suggest.ts";
import type { AnyCommand } from "./command.ts";
import type { OptionSpec } from "./options.ts";

/** Words that change how any reply is delivered, whatever the command. */
export interface GlobalFlags {
  private: boolean;
  explain: boolean;
  lang?: string;
}

export interface ParsedLine {
  command: AnyCommand;
  raw: Record<string, string>;
  flags: GlobalFlags;
}

const MAX_LINE_LENGTH = 2000;
const PRIVATE_WORDS = new Set(["private", "me", "--private"]);
const EXPLAIN_WORDS = new Set(["explain", "--explain"]);
const LEADING_SLASH_COMMAND = /^\/?flops\b/i;

export const normalizeKey = (key: string): string => key.trim().toLowerCase().replace(/_/g, "-");

/** Finds an option by its name or alias (case-, dash- and underscore-insensitive). */
export function findOption(command: AnyCommand, key: string): [string, OptionSpec] | undefined {
  const wanted = normalizeKey(key);
  const squash = (s: string) => s.toLowerCase().replace(/[-_]/g, "");
  return Object.entries(command.options as Record<string, OptionSpec>).find(
    ([name, spec]) =>
      squash(name) === squash(wanted) ||
      spec.aliases.some((alias) => alias === key || squash(alias) === squash(wanted)),
  );
}

/** Splits on whitespace, then glues unit and multiplier words to the number before them (`175 billion`, `21 days`). */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const previous = tokens.at(-1);
    const joinable = previous !== undefined && /[\d)]$/.test(previous) && isQuantityWord(word);
    const continuesExpression =
      previous !== undefined && (/^[*/+^)-]/.test(word) || /[*/+^(-]$/.test(previous)) && !word.includes("=");
    if (joinable || continuesExpression) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

export interface Registry {
  commands: readonly AnyCommand[];
  defaultCommand: AnyCommand;
  /** A word the default command takes in place of numbers (a model name), not a mistyped command. */
  acceptsWord?: (word: string) => boolean;
}

export function findCommand(registry: Registry, name: string): AnyCommand | undefined {
  const wanted = name.toLowerCase();
  return registry.commands.find((c) => c.name === wanted || c.aliases.includes(wanted));
}

const commandNames = (registry: Registry) => registry.commands.flatMap((c) => [c.name, ...c.aliases]);

/** The text grammar: `[/flops] [command] positional... key=value... [private] [explain] [lang=zh-TW]`. */
export function parseLine(registry: Registry, line: string): ParsedLine {
  if (line.length > MAX_LINE_LENGTH) throw new UserError("args.tooLong", { max: MAX_LINE_LENGTH });
  const text = line.trim().replace(LEADING_SLASH_COMMAND, "").trim();
  const flags: GlobalFlags = { private: false, explain: false };
  const words = tokenize(text).filter((word) => {
    const lower = word.toLowerCase();
    if (PRIVATE_WORDS.has(lower)) flags.private = true;
    else if (EXPLAIN_WORDS.has(lower)) flags.explain = true;
    else if (/^(--)?lang=/.test(lower)) flags.lang = word.slice(word.indexOf("=") + 1);
    else return true;
    return false;
  });

  const first = words[0];
  let command = first === undefined ? findCommand(registry, "help") : findCommand(registry, first);
  if (command) words.shift();
  else if (first !== undefined && /^[a-z][a-z-]*$/i.test(first) && !first.includes("=")) {
    const suggestions = nearest(first, commandNames(registry));
    if (suggestions.length > 0 && !registry.acceptsWord?.(first)) {
      throw new UserError("args.unknownCommand", { command: first, suggestions: suggestions.join(", ") });
    }
  }
  command ??= registry.defaultCommand;
  return { command, raw: parseArguments(command, words), flags };
}

/** Positional words fill positional options in declaration order; `key=value` sets any option. */
export function parseArguments(command: AnyCommand, words: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  const entries = Object.entries(command.options as Record<string, OptionSpec>);
  const positional = entries.filter(([, spec]) => spec.positional);
  let next = 0;
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals > 0) {
      const key = word.slice(0, equals);
      const value = word.slice(equals + 1).trim();
      const found = findOption(command, key);
      const rest = positional[next]?.[1].rest ? positional[next] : undefined;
      if (!found && rest) {
        raw[rest[0]] = raw[rest[0]] ? `${raw[rest[0]]} ${word}` : word;
        continue;
      }
      if (!found) {
        throw new UserError("args.unknownKey", {
          key,
          command: command.name,
          suggestions: nearest(
            normalizeKey(key),
            entries.flatMap(([name, spec]) => [name, ...spec.aliases]),
          ).join(", "),
        });
      }
      if (value === "")
        throw new UserError("args.emptyValue", { key: found[0], example: `${found[0]}=${found[1].example}` });
      raw[found[0]] = value;
      continue;
    }
    const flag = findOption(command, word);
    if (flag && flag[1].kind === "flag" && !positional[next]?.[1].rest) {
      raw[flag[0]] = "true";
      continue;
    }
    const slot = positional[next];
    if (!slot) throw new UserError("args.extra", { value: word, command: command.name });
    if (slot[1].rest) {
      raw[slot[0]] = raw[slot[0]] ? `${raw[slot[0]]} ${word}` : word;
      continue;
    }
    raw[slot[0]] = word;
    next++;
  }
  return raw;
}

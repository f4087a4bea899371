import type { AnyCommand } from "./command.ts";
import type { ParsedLine } from "./parseLine.ts";

/**
 * The asker's own reading with the missing option added, as a Try line: `lora 70B` (no GPU) →
 * `cards 70B gpu=H100 mode=lora`, never the command's first example (which may answer another
 * mode). Typed positional values first, then the option with its example value, then the other
 * typed options; a model's name stands for the values its preset filled in.
 */
export function withMissingOption(
  parsed: ParsedLine,
  option: string,
  reach: "positional too" | "named only" = "named only",
): string | undefined {
  const command: AnyCommand = parsed.command;
  const spec = command.options[option];
  // A missing positional value (`cards gpu=H100`: no model) is the command's example's to show,
  // unless the caller knows the rest of the line is a question (`mfu 405B … days=54` lacks only its
  // tokens, given as `tokens=` so no positional order is assumed).
  if (!spec || parsed.raw[option] !== undefined) return undefined;
  if (spec.positional && reach === "named only") return undefined;
  const filled = parsed.preset?.filled ?? {};
  const typed = Object.keys(parsed.raw).filter((name) => filled[name] === undefined);
  const positional = command.optionList
    .filter(([name, other]) => other.positional && typed.includes(name))
    .map(([name]) => parsed.raw[name] as string);
  const keyed = typed
    .filter((name) => !command.options[name]?.positional)
    // A value read with its unit as one word (`54 days`) is written as one (`days=54days`).
    .map((name) => `${name}=${(parsed.raw[name] as string).replace(SPACES, "")}`);
  const model = parsed.preset ? [parsed.preset.name] : [];
  return [command.name, ...model, ...positional, `${option}=${spec.example}`, ...keyed].join(" ");
}

const SPACES = /\s+/g;

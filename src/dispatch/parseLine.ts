import { isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import type { Text } from "../reply/reply.ts";
import { blameUnknownWords } from "./blame.ts";
import { type Choice, chooseCommand } from "./choose.ts";
import type { AnyCommand } from "./command.ts";
import { type GlobalFlags, readFlags } from "./flags.ts";
import { normalizeText } from "./normalize.ts";
import { type AppliedPreset, argumentsWithPreset } from "./presets.ts";
import { readChoice, servingLeftUnread, takesNumbers } from "./read.ts";
import { memoryBeforeGpuAfter, slashedGpusApart, spaceGroupedApart } from "./reader.ts";
import type { Registry } from "./registry.ts";
import { tokenizeNormalized } from "./tokenize.ts";

export interface ParsedLine {
  command: AnyCommand;
  raw: Record<string, string>;
  flags: GlobalFlags;
  /** A model name stood in for numbers: the options its preset filled in. */
  preset?: AppliedPreset;
  /** How the forgiving reader read words that were not plain `key=value` (reader.ts). */
  reading?: { notes: Text[]; unplaced: string[] };
}

/** The longest line the grammar reads. */
export const MAX_LINE_LENGTH = 2000;

/**
 * The first steps of the pipeline, each once: the prefix stripped and the text made plain
 * (normalize.ts), the delivery words taken out (flags.ts), the command chosen (choose.ts).
 * Never throws; `tooLong` says whether the line is over MAX_LINE_LENGTH (refused by `parseChoice`).
 */
export function prepareLine(
  registry: Registry,
  line: string,
): { text: string; flags: GlobalFlags; choice: Choice; tooLong: boolean } {
  const text = normalizeText(line.length > 2 * MAX_LINE_LENGTH ? line.slice(0, 2 * MAX_LINE_LENGTH) : line);
  const { flags, words } = readFlags(
    memoryBeforeGpuAfter(spaceGroupedApart(slashedGpusApart(tokenizeNormalized(text)))),
  );
  // A question mark set apart (`palm mfu ?`, `… 的 MFU 是多少？`) carries no word: the command is
  // chosen from the words before it (a command named last asks for what it computes).
  const said = words.some(isPunctuation) ? words.filter((word) => !isPunctuation(word)) : words;
  return { text, flags, choice: chooseCommand(registry, said), tooLong: line.length > MAX_LINE_LENGTH };
}

const PUNCTUATION_ONLY = /^[?!,]+$/;
const isPunctuation = (word: string) => PUNCTUATION_ONLY.test(word);

/** The command another reading chose, for a refusal raised while it parsed (only errors are kept). */
export const refusedBy = new WeakMap<UserError, AnyCommand>();

/** A serving word the default left unread: refused (read.ts), with serve's example. */
function refuseServingAsTraining(registry: Registry, command: AnyCommand, unplaced: readonly string[]): void {
  const serving = servingLeftUnread(registry, command, unplaced);
  if (!serving) return;
  const example = serving.serve.examples[0] ?? "";
  const error = new UserError("read.servingAsTraining", { word: serving.word, example });
  refusedBy.set(error, serving.serve);
  throw error;
}

/**
 * The parse step for the chosen command: the words read (reader.ts, another command when the
 * default cannot read them), a stray name blamed, a model name's preset applied, the rest split
 * into raw option text. Throws UserError.
 */
export function parseChoice(
  registry: Registry,
  prepared: { flags: GlobalFlags; choice: Choice; tooLong: boolean },
): ParsedLine {
  if (prepared.tooLong) throw new UserError("args.tooLong", { max: MAX_LINE_LENGTH });
  const { choice, flags } = prepared;
  const { command, reading } = readChoice(registry, choice);
  let withPreset: ReturnType<typeof argumentsWithPreset>;
  try {
    if (takesNumbers(command))
      blameUnknownWords(registry, command, reading.words, choice.explicit ? undefined : choice.first);
    refuseServingAsTraining(registry, command, reading.unplaced);
    withPreset = argumentsWithPreset(registry.presets, command, reading.words);
  } catch (error) {
    // The command that read the line answers its refusal, with its own example (not the default's).
    if (isUserError(error) && !refusedBy.has(error)) refusedBy.set(error, command);
    throw error;
  }
  const { raw, preset } = withPreset;
  const parsed: ParsedLine = {
    command,
    raw,
    flags,
    reading: { notes: reading.notes, unplaced: reading.unplaced },
  };
  return preset ? extended(parsed, { preset }) : parsed;
}

/** The text grammar: `[/flops] [command] positional... key=value... [private] [explain] [lang=zh-TW]`. */
export function parseLine(registry: Registry, line: string): ParsedLine {
  if (line.length > MAX_LINE_LENGTH) throw new UserError("args.tooLong", { max: MAX_LINE_LENGTH });
  return parseChoice(registry, prepareLine(registry, line));
}

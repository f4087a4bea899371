import { oncePer } from "../core/oncePer.ts";
import { GPUS_PER_NODE } from "../core/training.ts";
import { text } from "../reply/build.ts";
import { withoutEndPunctuation } from "./askedCommand.ts";
import type { Choice } from "./choose.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { LineLookups, type Reading, readsShapes, readWords, runServes, SERVING_ENGINES } from "./reader.ts";
import { findCommand, type Registry } from "./registry.ts";

/**
 * Reads the words for the chosen command. When the line named no command and the default
 * cannot place every word, the first other command that reads the whole line answers instead.
 */
export function readChoice(registry: Registry, choice: Choice): { command: AnyCommand; reading: Reading } {
  let command = choice.command;
  const lookups = new LineLookups();
  let reading = read(registry, command, choice.rest, lookups, false, choice.explicit);
  // `llama 3.1 8b 128k context on one H100`: read whole by the default (a training run on the
  // published tokens), but a context and GPUs with nothing of training said ask whether it fits.
  if (!choice.explicit && reading.unplaced.length === 0 && command === registry.defaultCommand) {
    const cards = contextOnGpus(choice.rest, lookups) ? findCommand(registry, "cards") : undefined;
    // When cards cannot read it whole, the default's reading stands.
    const fit = cards && wholeReading(registry, cards, choice.rest, lookups);
    if (cards && fit) return { command: cards, reading: fit };
  }
  // `qwen2.5 7b on a 3090`, `llama 3 8b on 2 4090`: a published model on at most a node of GPUs with
  // nothing of training said asks whether it fits (serving), never its training run on one card.
  if (!choice.explicit && reading.unplaced.length === 0 && command === registry.defaultCommand) {
    const few = modelOnFewGpus(registry, choice.rest, reading.words);
    const cards = few ? findCommand(registry, "cards") : undefined;
    const fit = few && cards && wholeReading(registry, cards, choice.rest, lookups);
    if (few && cards && fit) {
      fit.notes.push(text("read.modelOnGpusAsServing", { model: few.model, gpus: few.gpus }));
      return { command: cards, reading: fit };
    }
  }
  // `train 70B with zero-3, how many H100` (訓練 70B … ZeRO-3), `train 13B memory` (訓練 13B 需要多少顯存):
  // `train` names the default by an everyday word, which another command reads as what it says
  // (cards' mode=train) when the line asks for that command below.
  const trainFirst = choice.explicit && choice.first?.toLowerCase() === "train";
  const open = !choice.explicit || trainFirst;
  const words = trainFirst ? [choice.first as string, ...choice.rest] : choice.rest;
  // `70B training memory on 8 H100`: a word the default left unread that names another command
  // (cards' `memory`, `vram`) asks for that command's answer, when it reads the whole line.
  const named = open ? commandNamedIn(registry, command, reading.words) : undefined;
  const asked = named && wholeReading(registry, named, words, lookups);
  if (named && asked && positionalsFit(named, asked.words)) return { command: named, reading: asked };
  if (
    (open && shardsStates(command, reading.words)) ||
    (!choice.explicit && (reading.unplaced.length > 0 || hasUnknownKey(command, reading.words)))
  ) {
    for (const other of registry.commands) {
      if (other === command || !readsShapes(other)) continue;
      const alternative = wholeReading(registry, other, words, lookups);
      // Every word placed, and no more positional numbers than it has slots (`70B 1.4T int4`
      // is no cards question: cards has no slot for the tokens); a ZeRO stage read as a stage.
      if (
        alternative &&
        positionalsFit(other, alternative.words) &&
        !shardsStates(other, alternative.words)
      ) {
        command = other;
        reading = alternative;
        break;
      }
    }
  }
  return { command, reading };
}

/** `command`'s reading with every word placed, else undefined (a word unplaced, or the line refused). */
function wholeReading(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
  lookups: LineLookups,
): Reading | undefined {
  try {
    const reading = read(registry, command, words, lookups, true);
    return reading.unplaced.length === 0 ? reading : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the positional numbers (words with no `=` that start with a digit) fit the command's positional slots. */
function positionalsFit(command: AnyCommand, words: readonly string[]): boolean {
  let positional = 0;
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code >= 48 && code <= 57 && word.indexOf("=") <= 0) positional++;
  }
  return positional <= positionalSlots(command);
}
const positionalSlots = oncePer(
  (command: AnyCommand): number => command.optionList.filter(([, spec]) => spec.positional).length,
);

/** A `key=value` word whose key this command does not declare (`tokens/s=1M` in compute): another may. */
function hasUnknownKey(command: AnyCommand, words: readonly string[]): boolean {
  for (const word of words) {
    const equals = word.indexOf("=");
    if (equals > 0 && !findOption(command, word.slice(0, equals))) return true;
  }
  return false;
}

/**
 * A ZeRO stage in one word (`with zero-3`) or a parallel size (`TP8 PP4`) where the command has none
 * to set: how the states are sharded, which a command that counts cards may read (`how many H100 to
 * train 70B with zero-3`).
 */
function shardsStates(command: AnyCommand, words: readonly string[]): boolean {
  return (
    (!findOption(command, "zero") && words.some((word) => ZERO_STAGE_WORD.test(word))) ||
    (!findOption(command, "tp") && words.some((word) => PARALLEL_SIZE_WORD.test(word)))
  );
}
const ZERO_STAGE_WORD = /^zero-?[0-3][?,!]*$/i;
/** `TP8`, `PP16`, `DP-4`: a layout's parallel size in one word, which only cards reads. */
const PARALLEL_SIZE_WORD = /^(?:tp|pp|dp)-?\d{1,6}[?,!]*$/i;

/** A word left as typed that names another command that reads shapes (`memory`: cards), and no run. */
function commandNamedIn(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
): AnyCommand | undefined {
  for (const word of words) {
    if (word.includes("=") || !LETTERS_ONLY.test(word)) continue;
    const plain = withoutEndPunctuation(word);
    const named = findCommand(registry, plain);
    // `chinchilla` names a run too, which the reading holds.
    if (named && named !== command && readsShapes(named) && !registry.acceptsWord?.(plain)) return named;
  }
  return undefined;
}
const LETTERS_ONLY = /^[a-z]+[?,!]*$/i;

/**
 * A serving word the default command left unread (`inference cost for llama 3 8b on an L4`,
 * `inference … how long for 1T tokens`): its answer would be a training run's (6ND), another
 * question than the one asked, so the line is refused, pointed at serve. The word, and serve.
 */
export function servingLeftUnread(
  registry: Registry,
  command: AnyCommand,
  unplaced: readonly string[],
): { word: string; serve: AnyCommand } | undefined {
  if (command !== registry.defaultCommand) return undefined;
  const word = unplaced.find((typed) => SERVING_WORDS.has(withoutEndPunctuation(typed).toLowerCase()));
  const serve = word === undefined ? undefined : findCommand(registry, "serve");
  return word !== undefined && serve ? { word, serve } : undefined;
}
const SERVING_WORDS: ReadonlySet<string> = new Set([
  "inference",
  "infer",
  "serving",
  "serve",
  "deploy",
  "deployment",
  // `llama-3-70b 用 vllm 要幾張 H100`: a serving engine named (reader.ts).
  ...SERVING_ENGINES,
]);

/** Its positional options are all numbers (compute, mfu, chinchilla, cards), so a stray name is a mistake. */
export const takesNumbers = oncePer((command: AnyCommand): boolean => {
  const slots = command.optionList.filter(([, spec]) => spec.positional).map(([, spec]) => spec);
  return slots.length > 0 && slots.every((spec) => spec.kind === "count" || spec.kind === "integer");
});

function read(
  registry: Registry,
  command: AnyCommand,
  words: readonly string[],
  lookups: LineLookups,
  wholeLineOnly = false,
  named = false,
): Reading {
  const models = registry.acceptsWord;
  return readWords(
    command,
    words,
    models
      ? { isModel: models, mayStartModel: registry.mayStartWord, lookups, wholeLineOnly, named }
      : { lookups, wholeLineOnly, named },
  );
}

/**
 * A context length and GPUs with nothing of training said (`llama 3.1 8b 128k context on one H100`,
 * 128k 上下文 一張 H100): whether it fits and what its KV cache takes, which cards answers (serving,
 * its default mode, marked assumed in Read as), never a training run on the published tokens.
 * Asked only of a line the default read whole.
 */
function contextOnGpus(words: readonly string[], lookups: LineLookups): boolean {
  // Every context word starts with a c: any other word is not lower-cased.
  const at = words.findIndex(
    (word) => (word.charCodeAt(0) | 0x20) === 99 && CONTEXT_LABELS.has(contextLabel(word)),
  );
  if (at < 0) return false;
  const lowered = words.map((word) => withoutEndPunctuation(word).toLowerCase());
  // The context's own value (`128k context`, `context 128k`) is no model size.
  const rest = lowered.filter(
    (_, i) => i !== at && !(CONTEXT_VALUE.test(lowered[i] ?? "") && Math.abs(i - at) === 1),
  );
  if (!runServes(rest)) return false;
  const plain = words.map(withoutEndPunctuation);
  for (let i = 0; i < plain.length; i++) if (lookups.gpuAt(plain, i)) return true;
  return false;
}
/**
 * A published run named (its name a word of the default's reading) on a counted GPU, at most
 * FEW_GPUS of them (`on a 3090`, `on 2 4090`; a GPU with no count, `llama-2-70b gpu=A100`, is its
 * published run on that GPU), and nothing of training typed (runServes: no tokens, time,
 * MFU, price or training word): the run and the GPUs as typed, for the note. A cluster
 * (`llama 3 70b on 512 H100`) or a size alone (`70B on 8 H100`) stays a training plan.
 */
function modelOnFewGpus(
  registry: Registry,
  rest: readonly string[],
  words: readonly string[],
): { model: string; gpus: string } | undefined {
  let gpu: string | undefined;
  let count = Number.NaN;
  let model: string | undefined;
  for (const word of words) {
    if (word.startsWith("gpu=")) gpu = word.slice(4);
    else if (word.startsWith("gpus=")) count = Number(word.slice(5));
    else if (!word.includes("=") && registry.acceptsWord?.(word)) model = word;
  }
  if (gpu === undefined || model === undefined || !(count >= 1 && count <= FEW_GPUS)) return undefined;
  if (!runServes(rest.map((word) => withoutEndPunctuation(word).toLowerCase()))) return undefined;
  return { model, gpus: `${count} × ${gpu}` };
}
/** One node's GPUs: more is a cluster, a training plan. */
const FEW_GPUS = GPUS_PER_NODE;

/** `context`, `ctx`, or the key of `context=128k`. */
const contextLabel = (word: string): string => {
  const plain = withoutEndPunctuation(word).toLowerCase();
  const equals = plain.indexOf("=");
  return equals < 0 ? plain : plain.slice(0, equals);
};
const CONTEXT_LABELS: ReadonlySet<string> = new Set(["context", "ctx"]);
/** A context length as typed beside its label: `128k`, `8192`. */
const CONTEXT_VALUE = /^\d+k?$/;

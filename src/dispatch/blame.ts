import { isLetterCode } from "../core/chars.ts";
import { UserError } from "../core/errors.ts";
import { GPU_CATALOG, shortGpuName } from "../core/gpus.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { closeCommands, type Registry } from "./registry.ts";
import { LAYOUT_EXAMPLE } from "./unknownOption.ts";

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
    // `512xH1000`: a count glued to a GPU's name the catalog does not hold is an unknown GPU, as
    // `512 H1000` is (never an unknown word, whose Try line would answer on assumed GPUs).
    const glued = isLetterCode(word.charCodeAt(0)) ? undefined : GLUED_COUNT.exec(word)?.[1];
    if (
      glued !== undefined &&
      GPU_SHAPED.test(glued) &&
      findOption(command, "gpu") &&
      !GPU_CATALOG.find(glued)
    )
      unknownGpu(glued);
    // A name starts with a letter: a number (most words here) is passed over without the pattern.
    if (!isLetterCode(word.charCodeAt(0)) || word.indexOf("=") > 0 || !NAME.test(word)) continue;
    if (registry.acceptsWord?.(word) || findOption(command, word)?.[1].kind === "flag") continue;
    // `Q: how long …`, `note: 7B 2T`: a label with its colon opening the line is no run's name
    // (the colon ends it); it is named as typed, and the refusal's Try line is the line after it.
    if (
      first !== undefined &&
      first.length === word.length + 1 &&
      first.endsWith(":") &&
      first.startsWith(word)
    ) {
      throw new UserError("read.unknownWord", {
        word: first,
        command: command.name,
        example: command.examples[0] ?? "",
      });
    }
    if (word === first && /^[a-z][a-z-]*$/i.test(word)) {
      const commands = closeCommands(registry, word);
      if (commands.length > 0) {
        throw new UserError("args.unknownCommand", { command: word, suggestions: commands.join(", ") });
      }
    }
    // A letter O for a zero (`H1OO`): the GPU it spells with digits, the line corrected in the hint.
    const digits = word.includes("O") || word.includes("o") ? letterOAsZero(word) : undefined;
    if (digits !== undefined && GPU_CATALOG.find(digits)) {
      throw new UserError("read.gpuLetterO", { word, gpu: digits, typo: word, fix: digits });
    }
    // `TP8 PP16` (a layout as papers write it) where the command reads none: cards' layout, refused
    // as `tp=8` is (never "I don't know what TP8 means"); respond.ts asks the line of cards.
    if (PARALLEL_SIZE_WORD.test(word) && !findOption(command, "tp"))
      throw new UserError("read.layoutWord", { word, command: command.name, commandExample: LAYOUT_EXAMPLE });
    // `on A10G`, `8 H900`: a word shaped like a GPU's name that the catalog does not hold, where a
    // GPU is read: refused as an unknown GPU with the nearest the catalog has (never dropped from the
    // Try line, which would answer on an assumed GPU).
    if (GPU_SHAPED.test(word) && findOption(command, "gpu")) unknownGpu(word);
    // `using deepspeed`, `with fsdp`, `ZeRO-3`: how a run is parallelised, no run's name and no
    // figure of 6ND (its effect is the MFU), never offered DeepSeek-V3 for deepspeed. In cards the
    // ZeRO stage is an option the reader sets (`zero3` → zero=3).
    // A family then its size (`llama 70b`): runs of that size first.
    const next = words[i + 1];
    const sized =
      next !== undefined && SIZE.test(next) ? registry.presets?.suggest(`${word}-${next}`) : undefined;
    // `megatron 530b` names a run of that size (MT-NLG 530B), not a framework (`megatron 70B` is one);
    // a lower-case `zero` is ZeRO only with its stage (`zero 3`): `from zero`, `zero shot` and `zero
    // downtime` say nothing of how a run is parallelised.
    const lower = word.toLowerCase();
    const framework =
      FRAMEWORKS.has(lower) &&
      !(sized?.length || (next !== undefined && SIZE.test(next) && namesRunOfSize(registry, word, next))) &&
      (lower !== "zero" || word === "ZeRO" || /^[0-3]$/.test(next ?? ""));
    if (framework)
      throw new UserError(findOption(command, "zero") ? "read.frameworkMemory" : "read.framework", { word });
    // A family then its version (`what MFU did Llama 3 get`): that release's runs, named as typed.
    const release =
      !sized?.length && next !== undefined && RELEASE.test(next)
        ? registry.presets?.suggest(`${word} ${next}`)
        : undefined;
    if (release?.length)
      throw new UserError("model.unknown", { query: `${word} ${next}`, suggestions: release.join(", ") });
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

/** Refuses `word` as a GPU the catalog does not hold, with the nearest it has; returns when none is near. */
function unknownGpu(word: string): void {
  const near = GPU_CATALOG.suggest(word);
  const suggestions = near.map(shortGpuName).join(", ");
  // One card near (`A10G` → A10): the Try line is the line on it.
  const alias = near.length === 1 ? near[0]?.aliases[0] : undefined;
  // In the case typed (`A10G` → `A10`, `a10g` → `a10`).
  const one = alias !== undefined && word === word.toUpperCase() ? alias.toUpperCase() : alias;
  if (one !== undefined)
    throw new UserError("gpu.unknown", { query: word, suggestions, typo: word, fix: one });
  if (near.length > 0) throw new UserError("gpu.unknown", { query: word, suggestions });
}

/** A count glued to a name by `x` or `*` (`512xH1000`): the name. */
const GLUED_COUNT = /^\d+[x*×](.+)$/i;

/** Whether a run `word` suggests has the size typed after it (`megatron 530b`: mt-nlg-530b). */
function namesRunOfSize(registry: Registry, word: string, size: string): boolean {
  const suffix = `-${size.toLowerCase()}`;
  return (registry.presets?.suggest(word) ?? []).some((id) => id.toLowerCase().endsWith(suffix));
}

/** `H1OO` → `H100`: an O beside a digit or another such O read as zero; undefined when none is. */
function letterOAsZero(word: string): string | undefined {
  if (!/\d/.test(word)) return undefined;
  const fixed = word.replace(LETTER_O_NEAR_DIGIT, "0");
  return fixed === word ? undefined : fixed;
}
/** An O (either case) in a run of digits and O's that holds a digit: `1OO`, `O8`. */
const LETTER_O_NEAR_DIGIT = /(?<=\d[oO]*)[oO]|[oO](?=[oO]*\d)/g;

/** A GPU's name as vendors write one: a letter or three, then digits, then a letter or two (`A10G`, `H900`, `MI200`). */
/** `TP8`, `pp16`, `DP-4`: a parallel size in one word, which only cards reads (reader.ts). */
const PARALLEL_SIZE_WORD = /^(?:tp|pp|dp)-?\d{1,6}[?,!]*$/i;
const GPU_SHAPED = /^[a-z]{1,3}\d{2,4}[a-z]{0,2}$/i;

/** A word that may name something: a letter, then letters, digits, dots and dashes. */
const NAME = /^[a-z][a-z0-9.-]*$/i;

/** Training frameworks and sharding schemes, as typed in a plan (lower-cased). */
const FRAMEWORKS: ReadonlySet<string> = new Set(
  "deepspeed megatron megatron-lm megatron-core fsdp fsdp2 zero zero-1 zero-2 zero-3 zero1 zero2 zero3 torchtitan colossalai nanotron maxtext".split(
    " ",
  ),
);

/** A release's version after a family's name (`3`, `2.5`). */
const RELEASE = /^\d(?:\.\d)?$/;

/** A parameter count as run names end with one (`70b`, `8x7b` is not). */
const SIZE = /^\d+(?:\.\d+)?[bm]$/i;

import type { z } from "zod";
import { type ErrorId, isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import { oncePer } from "../core/oncePer.ts";
import type { AnyCommand } from "./command.ts";
import { isTrimmedText, parserOf, textThen } from "./options.ts";

/** A command's options by name, with their place in declaration order, and the required ones' places. */
export interface Layout {
  places: ReadonlyMap<string, number>;
  /** Bit `place` set for each required option (a command declares at most MAX_OPTIONS). */
  required: number;
  /** By place: the core parser inside the option's schema (parserOf), and whether it is trimmed text. */
  parsers: readonly (((text: string) => unknown) | undefined)[];
  texts: readonly boolean[];
  /** By place: what a trimmed text option's schema does to the trimmed text after its checks (textThen). */
  thens: readonly (((text: string) => string) | undefined)[];
  /** Options needed unless another is typed (OptionSpec.requiredUnless), in declaration order. */
  conditional: readonly (readonly [string, readonly string[]])[];
}

/**
 * A command's option places are bits of one 32-bit integer (`|` and `&` work on 32 bits): here, in
 * the Read as line (readAs.ts) and in the read flags of tracked.ts, which all number them by layoutOf.
 */
const MAX_OPTIONS = 32;

/** Derived once per command from its option list (static), not per question; refuses more than MAX_OPTIONS. */
export const layoutOf = oncePer((command: AnyCommand): Layout => {
  const list = command.optionList;
  if (list.length > MAX_OPTIONS)
    throw new Error(`${command.name} declares ${list.length} options; at most ${MAX_OPTIONS} are read`);
  return {
    places: new Map(list.map(([name], place) => [name, place])),
    required: list.reduce((bits, [, spec], place) => (spec.required ? bits | (1 << place) : bits), 0),
    parsers: list.map(([, spec]) => parserOf(spec.schema)),
    texts: list.map(([, spec]) => isTrimmedText(spec.schema)),
    thens: list.map(([, spec]) => textThen(spec.schema)),
    conditional: list.flatMap(([name, spec]) =>
      spec.requiredUnless ? [[name, spec.requiredUnless] as const] : [],
    ),
  };
});

/**
 * The validate step: raw option text through the command's zod schemas, typed values out. Throws
 * UserError. The same reading as `command.schema.safeParse(raw)` (a strict object of the option
 * schemas, optional unless required; a test holds the two together), but each option's schema
 * runs only for an option that was typed or is required: a command declares about twenty options
 * and a question types three or four, and the object schema runs all of them. The first issue in
 * declaration order is the one reported, then an unknown option, as the object schema orders them;
 * the values come out in declaration order too.
 */
export function validate(command: AnyCommand, raw: Record<string, string>): Record<string, unknown> {
  const { places, required, parsers, texts, thens, conditional } = layoutOf(command);
  // The places typed or required, as bits: walked from the lowest, they come in declaration order.
  let present = required;
  let unknown = false;
  for (const key in raw) {
    const place = places.get(key);
    if (place === undefined) unknown = true;
    else present |= 1 << place;
  }
  const list = command.optionList;
  const data: Record<string, unknown> = {};
  let failed: z.core.$ZodIssue | undefined;
  for (let bits = present; bits !== 0; bits &= bits - 1) {
    const place = lowestBit(bits);
    const [name, spec] = list[place] as (typeof list)[number];
    const value = raw[name];
    if (value === undefined && !spec.required) {
      data[name] = value;
      continue;
    }
    // A required option not typed, for a schema of text: zod's issue is that it is not text.
    const parser = parsers[place];
    const text = texts[place] === true;
    if (value === undefined && (parser || text)) {
      failed ??= { code: "invalid_type", expected: "string", input: value, path: [name], message: "" };
      continue;
    }
    if (typeof value === "string" && text) {
      const trimmed = value.trim();
      if (trimmed.length > 0) {
        const then = thens[place];
        data[name] = then ? then(trimmed) : trimmed;
      } else {
        failed ??= {
          code: "too_small",
          origin: "string",
          minimum: 1,
          input: trimmed,
          path: [name],
          message: "",
        };
      }
      continue;
    }
    // Text for a core parser's schema: the parser itself, without zod's issue and error objects.
    const parse = typeof value === "string" ? parser : undefined;
    if (parse) {
      try {
        data[name] = parse(value as string);
      } catch (error) {
        if (!isUserError(error)) throw error;
        if (!failed) {
          failed = { code: "custom", message: error.id, params: error.params, path: [name], input: value };
        }
      }
      continue;
    }
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) data[name] = parsed.data;
    else failed ??= extended(parsed.error.issues[0] as z.core.$ZodIssue, { path: [name] });
  }
  if (failed) throw toUserError(command, failed);
  if (unknown) throw toUserError(command, undefined);
  // Needed unless another is typed: after every other issue, as the schema's refinement runs last.
  for (const [name, unless] of conditional) {
    if (data[name] !== undefined || unless.some((other) => data[other] !== undefined)) continue;
    throw toUserError(command, {
      code: "invalid_type",
      expected: "string",
      input: undefined,
      path: [name],
      message: "",
    });
  }
  return data;
}

/**
 * The place of the lowest bit set in `bits` (a set of places, bit `place` for each): a set of
 * places walked from its lowest bit (`bits &= bits - 1` clears it) comes in declaration order,
 * without a list to keep sorted.
 */
export const lowestBit = (bits: number): number => 31 - Math.clz32(bits & -bits);

/** A core parser's range errors, as said of the option they were given to. */
const FOR_OPTION: Readonly<Record<string, ErrorId>> = {
  "quantity.negative": "quantity.notPositiveFor",
  "quantity.notPositive": "quantity.notPositiveFor",
  "quantity.notInteger": "quantity.notIntegerFor",
  "quantity.notFraction": "quantity.notFractionFor",
};

/** The error id a core parser's error `id` becomes when it is about a declared option. */
export const optionErrorId = (id: string): string => FOR_OPTION[id] ?? id;

/** An option that takes a count (GPUs, layers, parameters, a rate), not a time, price or share. */
const isCount = (spec: AnyCommand["options"][string] | undefined): boolean =>
  spec?.kind === "count" || spec?.kind === "integer";

/** What a core parser says of a word it cannot read as a number (`lots`, mathjs's syntax error for 很多). */
const WORD_ERRORS: ReadonlySet<string> = new Set(["quantity.unknownWord", "quantity.syntax"]);
/** Letters only, in any script: a word, not a number with a mistyped unit (`3 weks`). */
const WORD = /^\s*\p{L}+(?:[\s'-]+\p{L}+)*\s*$/u;

/**
 * A core parser's error (`id`, its `params`) for the text `input` given to an option: a number out
 * of range said of the option; a word given to a count (`gpus=lots`) told that it takes a number,
 * not offered units it is near.
 */
export function optionError(
  spec: AnyCommand["options"][string] | undefined,
  id: string,
  params: Readonly<Record<string, string | number>>,
  input: unknown,
): { id: string; params: Readonly<Record<string, string | number>> } {
  if (!spec) return { id, params };
  if (WORD_ERRORS.has(id) && isCount(spec) && typeof input === "string" && WORD.test(input)) {
    return { id: "quantity.wordFor", params: { text: input.trim() } };
  }
  return { id: optionErrorId(id), params };
}

function toUserError(command: AnyCommand, issue: z.core.$ZodIssue | undefined): UserError {
  const option = String(issue?.path[0] ?? "");
  const spec = command.options[option];
  const example = spec ? `${option}=${spec.example}` : (command.examples[0] ?? "");
  if (issue?.code === "custom") {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    // The id a core parser's UserError carried through zod (fromParser in options.ts); a number
    // out of range gets the option's own example (`rate=10`, not the parser's generic `175B`).
    const said = optionError(spec, issue.message, params, issue.input);
    return new UserError(said.id as ErrorId, extended(said.params, { option, example }));
  }
  if (issue?.code === "invalid_type" && issue.input === undefined) {
    return new UserError("args.missing", { option, example: command.examples[0] ?? "" });
  }
  return new UserError("args.invalid", { option, example });
}

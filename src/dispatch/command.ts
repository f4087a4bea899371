import * as z from "zod";
import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import type { ArgsOf, OptionSpec, Options } from "./options.ts";

export interface CommandContext {
  lang: Lang;
  /** Show the step-by-step derivation. */
  explain: boolean;
  /** A published run's name stood in for numbers: its name and the options it filled (not typed). */
  /** gpuDefault: the run names no GPU, and a serving question was answered on an assumed one. */
  preset?: { name: string; filled: Readonly<Record<string, string>>; gpuDefault?: true };
  /**
   * No GPU named and none a run gives: a memory or card count answered on an assumed GPU (SERVING_GPU);
   * `energy` when it was assumed for the energy and emissions a training plan was asked for.
   */
  gpuAssumed?: true | "energy";
}

export interface Command<O extends Options = Options> {
  name: string;
  aliases: readonly string[];
  options: O;
  /** Complete invocations after `/flops`, the first one shown in errors. */
  examples: readonly string[];
  /** Validation derived from the option declarations. */
  schema: z.ZodType<ArgsOf<O>, Record<string, string>>;
  /** The options as `[name, spec]` in declaration order (listed once, read on every line). */
  optionList: readonly [string, OptionSpec][];
  run(args: ArgsOf<O>, context: CommandContext): Reply;
}

export interface CommandDefinition<O extends Options> {
  name: string;
  aliases?: readonly string[];
  options: O;
  examples: readonly string[];
  run(args: ArgsOf<O>, context: CommandContext): Reply;
}

/** Builds a command's zod schema from its option declarations, so the two can never disagree. */
export function defineCommand<O extends Options>(definition: CommandDefinition<O>): Command<O> {
  const shape = Object.fromEntries(
    Object.entries(definition.options).map(([name, spec]) => [
      name,
      spec.required ? spec.schema : spec.schema.optional(),
    ]),
  );
  const object = z.object(shape).strict();
  // Options needed unless another is given (`params` unless `tflops`): checked once the object reads,
  // with the issue a required option gets when it is missing.
  const conditional = Object.entries(definition.options as Record<string, OptionSpec>).filter(
    ([, spec]) => spec.requiredUnless !== undefined,
  );
  const schema =
    conditional.length === 0
      ? object
      : object.superRefine((data, ctx) => {
          const values = data as Record<string, unknown>;
          for (const [name, spec] of conditional) {
            if (values[name] !== undefined) continue;
            if (spec.requiredUnless?.some((other) => values[other] !== undefined)) continue;
            ctx.addIssue({ code: "invalid_type", expected: "string", input: undefined, path: [name] });
          }
        });
  return {
    aliases: [],
    ...definition,
    schema: schema as unknown as z.ZodType<ArgsOf<O>, Record<string, string>>,
    optionList: Object.entries(definition.options as Record<string, OptionSpec>),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds commands of every option shape.
export type AnyCommand = Command<any>;

import type { z } from "zod";
import { isUserError, UserError } from "../core/errors.ts";
import type { Lang } from "../i18n/lang.ts";
import { resolveLang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import type { AnyCommand, CommandContext } from "./command.ts";
import { parseLine, type Registry } from "./grammar.ts";

export interface RespondOptions {
  lang: Lang;
  explain?: boolean;
}

/** Text in, Reply out; never throws for anything a user can type. */
export function respondToText(registry: Registry, line: string, options: RespondOptions): Reply {
  let command: AnyCommand = registry.defaultCommand;
  let lang = options.lang;
  try {
    const parsed = parseLine(registry, line);
    command = parsed.command;
    lang = resolveLang(parsed.flags.lang) ?? lang;
    if (parsed.flags.lang !== undefined && resolveLang(parsed.flags.lang) === undefined) {
      throw new UserError("args.badLang", { value: parsed.flags.lang });
    }
    const reply = runCommand(command, parsed.raw, {
      lang,
      explain: parsed.flags.explain || (options.explain ?? false),
    });
    return parsed.flags.private ? { ...reply, ephemeral: true, lang } : { ...reply, lang };
  } catch (error) {
    return { ...errorReply(command, error), lang };
  }
}

/** Validates raw option text with the command's zod schema, then runs it. Throws UserError. */
export function runCommand(command: AnyCommand, raw: Record<string, string>, context: CommandContext): Reply {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) throw toUserError(command, parsed.error);
  return command.run(parsed.data, context);
}

/** Runs and turns every failure into an error Reply (for adapters that pass typed options). */
export function respondToArguments(
  command: AnyCommand,
  raw: Record<string, string>,
  context: CommandContext,
): Reply {
  try {
    return { ...runCommand(command, raw, context), lang: context.lang };
  } catch (error) {
    return { ...errorReply(command, error), lang: context.lang };
  }
}

function toUserError(command: AnyCommand, error: z.ZodError): UserError {
  const issue = error.issues[0];
  const option = String(issue?.path[0] ?? "");
  const spec = command.options[option];
  const example = spec ? `${option}=${spec.example}` : (command.examples[0] ?? "");
  if (issue?.code === "custom") {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return new UserError(issue.message, { ...params, option, example });
  }
  if (issue?.code === "invalid_type" && issue.input === undefined) {
    return new UserError("args.missing", { option, example: command.examples[0] ?? "" });
  }
  return new UserError("args.invalid", { option, example });
}

export function errorReply(command: AnyCommand, error: unknown): Reply {
  const userError = isUserError(error) ? error : new UserError("internal");
  return {
    ok: false,
    command: command.name,
    title: { key: "error.title" },
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: { key: userError.id, params: userError.params },
    hint: { key: "error.example", params: { example: `/flops ${exampleFor(command, userError)}` } },
    ...(isUserError(error) ? {} : { internalError: error }),
  };
}

/** A complete, valid invocation: one that uses the option at fault when the command has one. */
function exampleFor(command: AnyCommand, error: UserError): string {
  const option = error.params.option;
  const withOption =
    typeof option === "string" && option
      ? command.examples.find((e) => e.includes(` ${option}=`))
      : undefined;
  return withOption ?? command.examples[0] ?? "";
}

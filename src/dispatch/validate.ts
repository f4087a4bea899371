import type { z } from "zod";
import { type ErrorId, UserError } from "../core/errors.ts";
import type { AnyCommand } from "./command.ts";

/**
 * The validate step: raw option text through the command's zod schemas, typed values out. Throws
 * UserError. The same reading as `command.schema.safeParse(raw)` (a strict object of the option
 * schemas, optional unless required; a test holds the two together), but each option's schema
 * runs only for an option that was typed or is required: a command declares about twenty options
 * and a question types three or four, and the object schema runs all of them. The first issue in
 * declaration order is the one reported, then an unknown option, as the object schema orders them.
 */
export function validate(command: AnyCommand, raw: Record<string, string>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let failed: z.core.$ZodIssue | undefined;
  for (const [name, spec] of command.optionList) {
    const value = raw[name];
    if (value === undefined && !spec.required) {
      if (name in raw) data[name] = value;
      continue;
    }
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) data[name] = parsed.data;
    else failed ??= { ...(parsed.error.issues[0] as z.core.$ZodIssue), path: [name] };
  }
  if (failed) throw toUserError(command, failed);
  for (const key in raw) {
    if (!Object.hasOwn(command.options, key)) throw toUserError(command, undefined);
  }
  return data;
}

function toUserError(command: AnyCommand, issue: z.core.$ZodIssue | undefined): UserError {
  const option = String(issue?.path[0] ?? "");
  const spec = command.options[option];
  const example = spec ? `${option}=${spec.example}` : (command.examples[0] ?? "");
  if (issue?.code === "custom") {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    // The id a core parser's UserError carried through zod (fromParser in options.ts).
    return new UserError(issue.message as ErrorId, { ...params, option, example });
  }
  if (issue?.code === "invalid_type" && issue.input === undefined) {
    return new UserError("args.missing", { option, example: command.examples[0] ?? "" });
  }
  return new UserError("args.invalid", { option, example });
}

import type { z } from "zod";
import { type ErrorId, UserError } from "../core/errors.ts";
import type { AnyCommand } from "./command.ts";

/** The validate step: raw option text through the command's zod schema, typed values out. Throws UserError. */
export function validate(command: AnyCommand, raw: Record<string, string>): Record<string, unknown> {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) throw toUserError(command, parsed.error);
  return { ...(parsed.data as Record<string, unknown>) };
}

function toUserError(command: AnyCommand, error: z.ZodError): UserError {
  const issue = error.issues[0];
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

import { isUserError, UserError } from "../core/errors.ts";
import { extended } from "../core/extended.ts";
import type { Reply } from "../reply/reply.ts";
import type { AnyCommand } from "./command.ts";

export function errorReply(command: AnyCommand, error: unknown): Reply {
  const userError = isUserError(error) ? error : new UserError("internal");
  return {
    ok: false,
    command: command.name,
    // `/flops help xyz` is still help: titled as such, not "I can't compute that".
    title: { key: command.name === "help" ? "title.help" : "error.title" },
    rows: [],
    notes: [],
    warnings: [],
    sources: [],
    ephemeral: true,
    error: {
      key: userError.id,
      params: NAMES_COMMAND.has(userError.id)
        ? extended(userError.params, { command: command.name })
        : userError.params,
    },
    hint: { key: "error.example", params: { example: `/flops ${exampleFor(command, userError)}` } },
    ...(isUserError(error) ? {} : { internalError: error }),
  };
}

/** Errors raised below the command (an option's parser) whose message names the command asked. */
const NAMES_COMMAND: ReadonlySet<string> = new Set(["gpu.oneOnly"]);

/** A complete, valid invocation: one that uses the option at fault when the command has one. */
function exampleFor(command: AnyCommand, error: UserError): string {
  // An error that knows the one correct form (a config.json for a config error) brings its own.
  const own = error.params.commandExample;
  if (typeof own === "string") return own;
  const option = error.params.option;
  const withOption =
    typeof option === "string" && option
      ? command.examples.find((e) => e.includes(` ${option}=`))
      : undefined;
  return withOption ?? command.examples[0] ?? "";
}

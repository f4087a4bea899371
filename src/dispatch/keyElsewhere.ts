/**
 * A key another command takes, asked of one that has none (`70B 2T on 512 H100 mode=train` of
 * compute: mode is cards'): the refusal names the command it belongs to, and its Try line is the
 * question asked of that command, corrected until it is answered.
 */
import { UserError } from "../core/errors.ts";
import type { Reply } from "../reply/reply.ts";
import type { AnyCommand } from "./command.ts";
import { findOption } from "./findOption.ts";
import { findCommand, type Registry } from "./registry.ts";

/** Corrections tried on the other command's line before it is given up (each one word or key). */
const TRIES = 4;

/**
 * args.keyElsewhere for an unknown key another command takes as typed, with the command's own options
 * still listed; else undefined. A key near one of the command's own (`gpsu=`) keeps its "Did you mean".
 */
export function keyElsewhereError(registry: Registry, error: UserError): UserError | undefined {
  const { key, command, list } = error.params;
  if (error.id !== "args.unknownKeyNoSuggestion" || typeof key !== "string" || typeof command !== "string")
    return undefined;
  const owners = registry.commands.filter(
    (other: AnyCommand) => other.name !== command && other.name !== "help" && findOption(other, key),
  );
  const first = owners[0];
  if (first === undefined) return undefined;
  return new UserError("args.keyElsewhere", {
    key,
    command,
    owners: owners.map((owner) => `/flops ${owner.name}`).join(", "),
    other: first.name,
    list: typeof list === "string" ? list : "",
  });
}

/**
 * The line asked of `other` (its name in place of the command typed, or first), with each refusal's
 * own correction taken, or the word it blames dropped, until it is answered; undefined when it is not.
 */
export function lineElsewhere(
  registry: Registry,
  line: string,
  other: string,
  respond: (line: string) => Reply,
): string | undefined {
  const words = line.split(" ");
  const typed = words[0] === undefined ? undefined : findCommand(registry, words[0]);
  let tried = [other, ...(typed ? words.slice(1) : words)].join(" ");
  const generic = new Set(findCommand(registry, other)?.examples.map((example) => `/flops ${example}`));
  for (let i = 0; i < TRIES; i++) {
    const reply = respond(tried);
    if (reply.ok) return tried;
    const example = reply.hint?.params?.example;
    const blamed = reply.error?.params?.word ?? reply.error?.params?.value;
    let next: string | undefined;
    if (typeof example === "string" && !generic.has(example)) next = example.replace(/^\/flops /, "");
    else if (typeof blamed === "string")
      next = tried
        .split(" ")
        .filter((word) => word !== blamed)
        .join(" ");
    if (next === undefined || next === tried) return undefined;
    tried = next;
  }
  return undefined;
}

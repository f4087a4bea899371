import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { isUserError } from "../../src/core/errors.ts";
import type { AnyCommand } from "../../src/dispatch/command.ts";
import { optionError, validate } from "../../src/dispatch/validate.ts";

/** What the command's strict object schema makes of the options: the values, or the first issue as an error id. */
function viaObjectSchema(command: AnyCommand, raw: Record<string, string>): unknown {
  const parsed = command.schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const option = String(issue?.path[0] ?? "");
  // A core parser's values (the word, suggestions, limits) travel with its error id.
  if (issue?.code === "custom") {
    const said = optionError(
      command.options[option],
      issue.message,
      { ...(issue as { params?: Record<string, string | number> }).params },
      raw[option],
    );
    return { error: said.id, option, params: said.params };
  }
  const id = issue?.code === "invalid_type" && issue.input === undefined ? "args.missing" : "args.invalid";
  const params = {};
  return { error: id, option, params };
}

/** What validate makes of them, in the same shape. */
function viaValidate(command: AnyCommand, raw: Record<string, string>): unknown {
  try {
    return { data: validate(command, raw) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const { option, example: _example, ...params } = error.params;
    return { error: error.id, option, params };
  }
}

// Values every kind of option meets: good ones, and each way a value is refused.
const VALUES = [
  "175B",
  "300B",
  "1024",
  "1.5",
  "0",
  "-3",
  "45%",
  "8k",
  "21 days",
  "$2.5/h",
  "2048*21days",
  "175BB",
  "1e400",
  "H100",
  "h100,a100",
  "a1000",
  "bf16",
  "fp8",
  "train",
  "true",
  "no",
  "llama-3-70b",
  // compare's names: the words between them dropped after the trim (`vs`, `and`).
  " gpt-3 vs palm ",
  "llama-3-70b and deepseek-v3",
  "vs",
  "transformer",
  "",
  "  ",
];

describe("validate reads options exactly as the command's strict object schema does", () => {
  it.each(registry.commands.map((c) => [c.name, c] as const))("%s", (_name, command) => {
    const names = command.optionList.map(([name]) => name);
    const raws = fc.dictionary(fc.constantFrom(...names, "not-an-option"), fc.constantFrom(...VALUES), {
      maxKeys: 5,
    });
    fc.assert(
      fc.property(raws, (raw) => {
        expect(viaValidate(command, raw)).toEqual(viaObjectSchema(command, raw));
      }),
      { numRuns: 400 },
    );
  });

  it("reports the first failing option in declaration order, before an unknown one", () => {
    const compute = registry.commands.find((c) => c.name === "compute");
    if (!compute) throw new Error("compute is registered");
    // gpus is declared before price; both are wrong, and so is the option name `nope`.
    expect(viaValidate(compute, { nope: "1", price: "abc", gpus: "1.5", params: "175B" })).toMatchObject({
      error: "quantity.notIntegerFor",
      option: "gpus",
    });
    expect(viaValidate(compute, { nope: "1", params: "175B" })).toMatchObject({
      error: "args.invalid",
      option: "",
    });
  });
});

import { UserError } from "../core/errors.ts";
import { oncePer } from "../core/oncePer.ts";
import { nearest } from "../core/suggest.ts";
import type { AnyCommand } from "../dispatch/command.ts";
import { defineCommand } from "../dispatch/command.ts";
import type { OptionSpec } from "../dispatch/options.ts";
import { opt } from "../dispatch/options.ts";
import { findCommand, type Registry } from "../dispatch/registry.ts";
import { formula, symbol, text } from "../reply/build.ts";
import type { FormulaRef, Reply, Row, Text } from "../reply/reply.ts";

/** Help is derived from the command declarations: summaries, options, aliases and examples. */
export function helpCommand(registry: () => Registry) {
  return defineCommand({
    name: "help",
    aliases: ["?", "--help", "-h", "說明", "幫助", "用法"],
    options: {
      topic: opt.text({ positional: true, aliases: ["command"], example: "mfu" }),
    },
    examples: ["help", "help mfu"],
    run(args): Reply {
      const reg = registry();
      if (!args.topic) return overview(reg);
      const command = findCommand(reg, args.topic);
      if (!command) {
        const names = reg.commands.map((c) => c.name);
        const suggestions = nearest(args.topic, names).join(", ");
        // Nothing near: the commands there are, not every one of them as a "Did you mean".
        throw suggestions === ""
          ? new UserError("args.unknownCommandNoSuggestion", { command: args.topic, list: names.join(", ") })
          : new UserError("args.unknownCommand", { command: args.topic, suggestions });
      }
      return commandHelp(command);
    },
  });
}

/** A help reply, written out in one literal (a spread followed by keys is slow on Node 20). */
function helpReply(
  command: string,
  rows: Row[],
  title: Reply["title"],
  notes: Reply["notes"],
  hint: NonNullable<Reply["hint"]>,
): Reply {
  return {
    ok: true,
    command: "help",
    title,
    rows,
    notes,
    warnings: [],
    sources: [],
    ephemeral: true,
    result: { topic: command },
    hint,
  };
}

/** A command's row in the overview: derived once per command from its declaration (read only). */
const overviewRow = oncePer(
  (command: AnyCommand): Row => ({
    label: text("row.name", { name: command.name }),
    value: { kind: "message" as const, text: text(`cmd.${command.name}.summary`) },
    formula: formula("usage.example", { example: symbol(command.examples[0] ?? command.name) }),
  }),
);

function overview(registry: Registry): Reply {
  const rows = registry.commands.map(overviewRow);
  return helpReply("", rows, text("title.help"), [text("note.helpGrammar")], text("hint.help"));
}

/** An option's syntax in the formula place: its choices, its flag, or `name=example`. */
function optionUsage(name: string, spec: OptionSpec): FormulaRef {
  const usage = spec.choices
    ? spec.choices.join(" | ")
    : spec.kind === "flag"
      ? name
      : `${name}=${spec.example}`;
  return formula("usage.option", { usage: symbol(usage) });
}

/** A command's option rows: derived once per command from its declaration (read only). */
const optionRows = oncePer((command: AnyCommand): Row[] =>
  command.optionList.map(([name, spec]) => ({
    label: text("row.name", {
      name:
        [name, ...spec.aliases].join(" | ") +
        (spec.required ? " *" : spec.requiredUnless ? " (*)" : "") +
        (spec.positional ? " ⟨pos⟩" : ""),
    }),
    value: { kind: "message" as const, text: text(`opt.${name}`) },
    formula: optionUsage(name, spec),
  })),
);

/** A command's summary and examples as notes, once per command (read only). */
const exampleNotes = oncePer((command: AnyCommand): Text[] => [
  text(`cmd.${command.name}.summary`),
  ...command.examples.map((e) => text("note.example", { example: `/flops ${e}` })),
  // `(*)`: needed unless another option is given (mfu's params, unless tflops=).
  ...command.optionList.flatMap(([name, spec]) =>
    spec.requiredUnless
      ? [text("note.helpRequiredUnless", { option: name, others: spec.requiredUnless.join("= / ") })]
      : [],
  ),
]);

function commandHelp(command: AnyCommand): Reply {
  return helpReply(
    command.name,
    optionRows(command),
    text("title.helpCommand", { command: command.name }),
    exampleNotes(command),
    text("hint.helpCommand"),
  );
}

import { spawnSync } from "node:child_process";
import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, test } from "vitest";
import {
  buildFlopsCommand,
  commandDefinitions,
  commonOptionsOf,
  discordOptionsOf,
  optionGist,
} from "../../../src/adapters/discord/definitions.ts";
import { hasChart } from "../../../src/charts/data.ts";
import { registry } from "../../../src/commands/registry.ts";
import { PRECISIONS } from "../../../src/core/gpus.ts";
import { type AnyCommand, defineCommand } from "../../../src/dispatch/command.ts";
import { type Options, opt } from "../../../src/dispatch/options.ts";
import type { Registry } from "../../../src/dispatch/registry.ts";
import { t } from "../../../src/i18n/translate.ts";

interface Choice {
  name: string;
  name_localizations?: Record<string, string>;
  value: string | number;
}
interface Option {
  type: number;
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Choice[];
  options?: Option[];
}
interface Command extends Option {
  type: number;
}

/**
 * Discord's rules for an application command (developer docs, Application Commands): names
 * lowercase `^[-_\p{L}\p{N}]{1,32}$`, descriptions 1–100 characters (localizations too), at most
 * 25 subcommands, 25 options and 25 choices (names 1–100, values ≤ 100), required options before
 * optional ones, autocomplete never with choices, and at most 8,000 characters of names,
 * descriptions and values in all (the longest localization of each counted).
 */
function violations(command: Command): string[] {
  const found: string[] = [];
  const name = /^[-_\p{L}\p{N}]{1,32}$/u;
  const text = (where: string, value: string, max: number) => {
    if (value.length < 1 || value.length > max) found.push(`${where}: length ${value.length}`);
  };
  const check = (where: string, o: Option) => {
    if (!name.test(o.name) || o.name !== o.name.toLowerCase()) found.push(`${where}: name "${o.name}"`);
    text(`${where} description`, o.description, 100);
    for (const [locale, d] of Object.entries(o.description_localizations ?? {})) {
      text(`${where} description (${locale})`, d, 100);
    }
    if ((o.choices?.length ?? 0) > 25) found.push(`${where}: ${o.choices?.length} choices`);
    for (const c of o.choices ?? []) {
      text(`${where} choice`, c.name, 100);
      text(`${where} choice value`, String(c.value), 100);
    }
    if (o.autocomplete && o.choices?.length) found.push(`${where}: autocomplete with choices`);
    const children = o.options ?? [];
    if (children.length > 25) found.push(`${where}: ${children.length} options`);
    const firstOptional = children.findIndex((c) => !c.required);
    if (firstOptional !== -1 && children.slice(firstOptional).some((c) => c.required)) {
      found.push(`${where}: a required option after an optional one`);
    }
    for (const child of children) check(`${where} ${child.name}`, child);
  };
  if ((command.type ?? 1) !== 1) found.push("not a CHAT_INPUT command");
  check("/", command);
  const longest = (base: string, loc?: Record<string, string>) =>
    Math.max(base.length, ...Object.values(loc ?? {}).map((v) => v.length));
  const size = (o: Option): number =>
    longest(o.name) +
    longest(o.description, o.description_localizations) +
    (o.choices ?? []).reduce(
      (n, c) => n + longest(c.name, c.name_localizations) + String(c.value).length,
      0,
    ) +
    (o.options ?? []).reduce((n, c) => n + size(c), 0);
  if (size(command) > 8000) found.push(`${size(command)} characters in all`);
  return found;
}

const [flops] = commandDefinitions() as unknown as Command[];
const subcommand = (name: string) => flops?.options?.find((o) => o.name === name);
const option = (sub: string, name: string) => subcommand(sub)?.options?.find((o) => o.name === name);

describe("the registration payload", () => {
  test("is one /flops command that follows Discord's rules", () => {
    // /flops, and the "Estimate compute" message command.
    expect(commandDefinitions()).toHaveLength(2);
    expect(flops?.name).toBe("flops");
    expect(violations(flops as Command)).toEqual([]);
  });

  test("the rules check fails on what Discord refuses", () => {
    const bad: Command = {
      type: 1,
      name: "Flops",
      description: "",
      options: [
        {
          type: 1,
          name: "x",
          description: "d".repeat(101),
          options: [
            { type: 3, name: "a", description: "a" },
            {
              type: 3,
              name: "b",
              description: "b",
              required: true,
              autocomplete: true,
              choices: [{ name: "c", value: "c" }],
            },
          ],
        },
      ],
    };
    expect(violations(bad)).toEqual([
      '/: name "Flops"',
      "/ description: length 0",
      "/ x description: length 101",
      "/ x: a required option after an optional one",
      "/ x b: autocomplete with choices",
    ]);
  });

  test("has a subcommand per registry command, in registry order, plus query and form", () => {
    const names = flops?.options?.map((o) => o.name);
    expect(names).toEqual([...registry.commands.map((c) => c.name), "query", "form"]);
    expect(flops?.options?.every((o) => o.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
  });

  test("every subcommand's options are its command's declared options (no second list), then private, lang, explain, chart", () => {
    for (const command of registry.commands) {
      const declared = Object.keys(command.options);
      const names = subcommand(command.name)?.options?.map((o) => o.name) ?? [];
      expect(
        new Set(
          names.filter((n) => !["private", "lang", "explain", "chart"].includes(n) || declared.includes(n)),
        ),
      ).toEqual(new Set(declared.slice(0, 25 - commonOptionsOf(command).length)));
      // chart only where the command draws one (compute, cards, chinchilla, compare).
      const common = ["private", "lang", "explain", ...(hasChart(command.name) ? ["chart"] : [])];
      expect(names.slice(-common.length)).toEqual(common);
    }
  });

  test("descriptions come from the catalog: English (≤ 100 characters) and zh-TW as a localization", () => {
    const compute = subcommand("compute");
    expect(compute?.description).toBe(t("en", "cmd.compute.summary"));
    for (const sub of flops?.options ?? []) {
      expect(sub.description.length).toBeLessThanOrEqual(100);
      expect(sub.description.length).toBeGreaterThan(0);
    }
    // An option shows its gist, the catalog's text before the example (the whole command must fit
    // Discord's 8,000 characters): "Parameters N, e.g. 175B (MoE: the total)." → "Parameters N".
    expect(option("compute", "params")?.description).toBe(optionGist(t("en", "opt.params"), "opt.params"));
    expect(t("en", "opt.params").startsWith(option("compute", "params")?.description ?? "-")).toBe(true);
    expect(option("compute", "params")?.description).not.toContain("e.g.");
    // Whatever the zh-TW catalog says is what Discord shows to zh-TW users.
    expect(option("compute", "params")?.description_localizations).toEqual({
      "zh-TW": optionGist(t("zh-TW", "opt.params"), "opt.params"),
    });
    expect(option("mfu", "gpu-hours")?.description_localizations?.["zh-TW"]).toBe(
      optionGist(t("zh-TW", "opt.gpu-hours"), "opt.gpu-hours"),
    );
    expect(subcommand("gpus")?.description_localizations).toEqual({
      "zh-TW": t("zh-TW", "cmd.gpus.summary"),
    });
    for (const sub of flops?.options ?? []) {
      for (const o of sub.options ?? []) expect(o.description).not.toMatch(/^(opt|discord|cmd)\./);
    }
  });

  test("option types follow each option's kind", () => {
    // Quantities are text, so "175B", "2.664M" and "21 days" arrive as typed.
    // mfu's size is needed unless an achieved tflops= is given (validate says so): optional to Discord.
    expect(option("mfu", "params")).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: false,
    });
    // compute also starts from a budget (flops=) or GPUs × days, so its size is optional.
    expect(option("compute", "params")).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: false,
    });
    expect(option("mfu", "gpu-hours")).toMatchObject({
      type: ApplicationCommandOptionType.String,
      required: false,
    });
    expect(option("mfu", "days")?.type).toBe(ApplicationCommandOptionType.String);
    // A GPU: text with autocomplete from the catalog.
    expect(option("mfu", "gpu")).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(option("compute", "gpu")?.choices).toBeUndefined();
    // A precision: the catalog's precisions as fixed choices.
    expect(option("compute", "precision")?.choices?.map((c) => c.value)).toEqual([...PRECISIONS]);
    expect(option("cards", "mode")?.choices).toEqual([
      { name: "infer", value: "infer" },
      { name: "train", value: "train" },
      { name: "full", value: "full" },
      { name: "lora", value: "lora" },
      { name: "qlora", value: "qlora" },
    ]);
    // Flags are booleans.
    expect(option("mfu", "moe")?.type).toBe(ApplicationCommandOptionType.Boolean);
    expect(option("compute", "private")?.type).toBe(ApplicationCommandOptionType.Boolean);
    expect(option("compute", "lang")?.choices?.map((c) => c.value)).toEqual(["en", "zh-TW"]);
    expect(option("compute", "lang")?.choices?.[1]?.name_localizations).toEqual({
      "zh-TW": t("zh-TW", "discord.lang.zh-TW"),
    });
  });

  test("required options come first: mfu has gpu, then its positional params and tokens", () => {
    const names = subcommand("mfu")?.options?.map((o) => `${o.name}${o.required ? "*" : ""}`);
    expect(names?.slice(0, 3)).toEqual(["gpu*", "params", "tokens"]);
  });

  test("query takes the free-text grammar in one required text option", () => {
    const query = subcommand("query");
    expect(query?.options?.[0]).toMatchObject({
      type: ApplicationCommandOptionType.String,
      name: "text",
      required: true,
    });
    expect(query?.options?.map((o) => o.name)).toEqual(["text", "private", "lang", "explain", "chart"]);
  });
});

describe("more than 25 options", () => {
  function wide(count: number): AnyCommand {
    const options: Options = {};
    for (let i = 1; i <= count; i++) options[`o${i}`] = opt.integer();
    options.first = opt.size({ positional: true });
    options.must = opt.gpu({ required: true });
    return defineCommand({ name: "wide", options, examples: ["wide"], run: () => ({}) as never });
  }

  test("keeps required, then positional, then the rest in declaration order, leaving room for the common options", () => {
    const command = wide(28);
    const kept = discordOptionsOf(command).map(([name]) => name);
    // 25 − 3 common (private, lang, explain; no chart for a command that draws none) = 22 own.
    expect(commonOptionsOf(command)).toEqual(["private", "lang", "explain"]);
    expect(kept).toHaveLength(22);
    expect(kept.slice(0, 4)).toEqual(["must", "first", "o1", "o2"]);
    expect(kept.at(-1)).toBe("o20");
    const sub = buildFlopsCommand({ commands: [command], defaultCommand: command } as Registry).toJSON();
    expect(violations(sub as unknown as Command)).toEqual([]);
  });

  test("an option with more than 25 choices is served by autocomplete instead", () => {
    const many = Array.from({ length: 30 }, (_, i) => `choice-${i + 1}`);
    const command = defineCommand({
      name: "many",
      options: { pick: opt.choice(many), few: opt.choice(["a", "b"] as const) },
      examples: ["many"],
      run: () => ({}) as never,
    });
    const json = buildFlopsCommand({ commands: [command], defaultCommand: command } as Registry).toJSON();
    const sub = (json as unknown as Command).options?.[0];
    expect(sub?.options?.find((o) => o.name === "pick")).toMatchObject({ autocomplete: true });
    expect(sub?.options?.find((o) => o.name === "pick")?.choices).toBeUndefined();
    expect(sub?.options?.find((o) => o.name === "few")?.choices).toHaveLength(2);
    expect(violations(json as unknown as Command)).toEqual([]);
    // What autocomplete then offers: exact and prefix matches first, fuzzy ones after, at most 25.
    const complete = command.options.pick.complete;
    const offered = (complete?.("choice-2", 25) ?? []).map((c) => c.value);
    expect(offered.slice(0, 11)).toEqual([
      "choice-2",
      ...["choice-20", "choice-21", "choice-22", "choice-23", "choice-24", "choice-25"],
      ...["choice-26", "choice-27", "choice-28", "choice-29"],
    ]);
    expect(offered[11]).toBe("choice-12");
    expect(offered.length).toBeLessThanOrEqual(25);
    expect(complete?.("", 25)).toHaveLength(25);
  });

  test("common options always fit; chart only where the command draws one", () => {
    expect(commonOptionsOf(wide(30))).toEqual(["private", "lang", "explain"]);
    expect(discordOptionsOf(wide(30))).toHaveLength(22);
    const cards = registry.commands.find((c) => c.name === "cards");
    if (!cards) throw new Error("cards is registered");
    expect(commonOptionsOf(cards)).toEqual(["private", "lang", "explain", "chart"]);
    expect(discordOptionsOf(cards).length + 4).toBeLessThanOrEqual(25);
  });
});

test("npm run discord:register -- --print prints that JSON, with no tokens", () => {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const run = spawnSync("npm", ["run", "--silent", "discord:register", "--", "--print"], {
    env,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const printed = JSON.parse(run.stdout) as Command[];
  expect(printed).toEqual(commandDefinitions());
  expect(violations(printed[0] as Command)).toEqual([]);
}, 60_000);

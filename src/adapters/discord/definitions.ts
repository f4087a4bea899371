import {
  type APIApplicationCommandOptionChoice,
  Locale,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { hasChart } from "../../charts/data.ts";
import { registry as defaultRegistry } from "../../commands/registry.ts";
import type { AnyCommand } from "../../dispatch/command.ts";
import type { OptionSpec } from "../../dispatch/options.ts";
import type { Registry } from "../../dispatch/registry.ts";
import { LANGS, type Lang } from "../../i18n/lang.ts";
import { t } from "../../i18n/translate.ts";
import { clipAtWord } from "./limits.ts";
import { estimateCommandDefinition } from "./messageCommand.ts";

/**
 * The one `/flops` application command, derived from the command registry: a subcommand per
 * command, an option per declared option. Nothing here lists options a second time.
 */
export const ROOT_COMMAND = "flops";
/** `/flops query text:175B 300B`: the free-text grammar, for anything the subcommands do not cover. */
export const QUERY_SUBCOMMAND = "query";
export const QUERY_OPTION = "text";

/** Discord's rules for a command: names, descriptions, and how many of each. */
export const DISCORD_RULES = {
  name: /^[-_\p{L}\p{N}]{1,32}$/u,
  description: 100,
  subcommands: 25,
  options: 25,
  choices: 25,
} as const;

/** Options every subcommand gets after its own, when they fit in the 25. */
export const COMMON_OPTIONS = ["private", "lang", "explain", "chart"] as const;
export type CommonOption = (typeof COMMON_OPTIONS)[number];

const COMMON_DESCRIPTION: Record<CommonOption, string> = {
  private: "discord.opt.private",
  lang: "discord.opt.lang",
  explain: "discord.opt.explain",
  chart: "discord.opt.chart",
};
const LANG_NAME: Record<Lang, string> = { en: "discord.lang.en", "zh-TW": "discord.lang.zh-TW" };

/** The English text of a key (Discord's default), clipped to Discord's 100 characters. */
const described = (key: string): string =>
  clipAtWord(optionGist(t("en", key), key), DISCORD_RULES.description);
/** Its Traditional Chinese text, shown to users whose Discord language is 中文(台灣). */
const localized = (key: string) => ({
  [Locale.ChineseTW]: clipAtWord(optionGist(t("zh-TW", key), key), DISCORD_RULES.description),
});

/**
 * An option's description on Discord: its gist, before the example or the parenthesis. The whole
 * /flops command must fit Discord's 8,000 characters, and Discord shows an option's text in one
 * short line; the example is what autocomplete and `/flops help` show. Command summaries stay whole.
 */
export function optionGist(description: string, key: string): string {
  if (!key.startsWith("opt.")) return description;
  // A parenthesis inside the phrase ("Intermediate size of the (gated) MLP.", "共享 (一律啟用) 專家數",
  // "full (fine-tune), lora or qlora") is an aside: dropped, never where the gist ends, which read
  // "Intermediate size of the" and left lora and qlora out of the modes.
  const text = description.replace(INLINE_ASIDE, (aside, space: string, at: number, whole: string) => {
    const before = whole[at - 1] ?? "";
    const after = whole[at + aside.length] ?? "";
    return !space || !before || (CJK.test(before) && CJK.test(after)) ? "" : " ";
  });
  const cut = text.search(/,? e\.g\.|[;(：；（]|，例如/);
  return cut >= 12 ? text.slice(0, cut).replace(/[\s,，、]+$/, "") : text;
}
/**
 * A parenthesis and the space before it, when more of the phrase follows it (not `.`, `;`, the end);
 * one holding an example (`(h100,a100)`) is kept.
 */
const INLINE_ASIDE = /\s*[(（][^()（）0-9]*[)）](\s?)(?=[^\s.。;；:：!?])/g;
const CJK = /[\u3400-\u9fff]/;

/**
 * A command's options in the order Discord shows them, at most 25. Discord wants required
 * options before optional ones; when a command declares more than 25, the most important are
 * kept: required, then positional, then the rest in declaration order.
 */
export function discordOptionsOf(command: AnyCommand): [string, OptionSpec][] {
  const entries = command.optionList;
  const rank = (spec: OptionSpec) => (spec.required ? 0 : spec.positional ? 1 : 2);
  // The common options keep their places; what does not fit stays reachable through `query`.
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => rank(a.entry[1]) - rank(b.entry[1]) || a.order - b.order)
    .slice(0, DISCORD_RULES.options - commonOptionsOf(command).length)
    .map(({ entry }) => entry);
}

/**
 * The common options a subcommand gets after its own: those that do not clash with one of its
 * names, and `chart` only where the command draws one.
 */
export function commonOptionsOf(command: AnyCommand): CommonOption[] {
  return COMMON_OPTIONS.filter(
    (name) => !Object.hasOwn(command.options, name) && (name !== "chart" || hasChart(command.name)),
  );
}

/** Choices Discord can list itself (at most 25); longer lists are served by autocomplete. */
const fixedChoices = (spec: OptionSpec): readonly string[] | undefined =>
  spec.choices && spec.choices.length <= DISCORD_RULES.choices ? spec.choices : undefined;

/** Options that declare their completion (GPUs, runs, long lists); a flag is a boolean, a short list fixed. */
const usesAutocomplete = (spec: OptionSpec): boolean =>
  spec.kind !== "flag" && spec.complete !== undefined && !fixedChoices(spec);

function addOption(sub: SlashCommandSubcommandBuilder, name: string, spec: OptionSpec): void {
  const key = `opt.${name}`;
  if (spec.kind === "flag") {
    sub.addBooleanOption((o) =>
      o
        .setName(name)
        .setDescription(described(key))
        .setDescriptionLocalizations(localized(key))
        .setRequired(spec.required),
    );
    return;
  }
  // Every other kind is text, so "175B", "2.664M" and "21 days" arrive as typed.
  sub.addStringOption((o) => {
    o.setName(name)
      .setDescription(described(key))
      .setDescriptionLocalizations(localized(key))
      .setRequired(spec.required);
    const choices = spec.kind === "flag" ? undefined : fixedChoices(spec);
    if (choices)
      o.addChoices(...choices.map((c): APIApplicationCommandOptionChoice<string> => ({ name: c, value: c })));
    else if (usesAutocomplete(spec)) o.setAutocomplete(true);
    return o;
  });
}

function addCommonOption(sub: SlashCommandSubcommandBuilder, name: CommonOption): void {
  const key = COMMON_DESCRIPTION[name];
  if (name === "lang") {
    sub.addStringOption((o) =>
      o
        .setName(name)
        .setDescription(described(key))
        .setDescriptionLocalizations(localized(key))
        .addChoices(
          ...LANGS.map((lang) => ({
            name: t("en", LANG_NAME[lang]),
            name_localizations: { [Locale.ChineseTW]: t("zh-TW", LANG_NAME[lang]) },
            value: lang,
          })),
        ),
    );
    return;
  }
  sub.addBooleanOption((o) =>
    o.setName(name).setDescription(described(key)).setDescriptionLocalizations(localized(key)),
  );
}

/** The `/flops` command as discord.js's builder (which checks Discord's rules as it goes). */
export function buildFlopsCommand(registry: Registry = defaultRegistry): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(ROOT_COMMAND)
    .setDescription(described("title.help"))
    .setDescriptionLocalizations(localized("title.help"));
  for (const command of registry.commands) {
    builder.addSubcommand((sub) => {
      const key = `cmd.${command.name}.summary`;
      sub.setName(command.name).setDescription(described(key)).setDescriptionLocalizations(localized(key));
      for (const [name, spec] of discordOptionsOf(command)) addOption(sub, name, spec);
      for (const name of commonOptionsOf(command)) addCommonOption(sub, name);
      return sub;
    });
  }
  builder.addSubcommand((sub) => {
    sub
      .setName(QUERY_SUBCOMMAND)
      .setDescription(described("discord.query.summary"))
      .setDescriptionLocalizations(localized("discord.query.summary"))
      .addStringOption((o) =>
        o
          .setName(QUERY_OPTION)
          .setDescription(described("discord.opt.text"))
          .setDescriptionLocalizations(localized("discord.opt.text"))
          .setRequired(true),
      );
    for (const name of COMMON_OPTIONS) addCommonOption(sub, name);
    return sub;
  });
  // `/flops form`: a modal for people who do not want to type (form.ts).
  builder.addSubcommand((sub) =>
    sub
      .setName("form")
      .setDescription(described("conversation.form.summary"))
      .setDescriptionLocalizations(localized("conversation.form.summary")),
  );
  return builder;
}

/** The body of `PUT /applications/{id}/commands` (or the guild route): every command this app has. */
export function commandDefinitions(
  registry: Registry = defaultRegistry,
): (RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody)[] {
  return [buildFlopsCommand(registry).toJSON(), estimateCommandDefinition()];
}

/** The registry command a subcommand stands for (undefined for `query`). */
export function commandOf(subcommand: string, registry: Registry = defaultRegistry): AnyCommand | undefined {
  return registry.commands.find((c) => c.name === subcommand);
}

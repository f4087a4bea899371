import { type ChatInputCommandInteraction, type CommandInteractionOption, MessageFlags } from "discord.js";
import type { Logger } from "pino";
import type { Answerer, Ask } from "../../../app/answer.ts";
import { registry } from "../../../commands/registry.ts";
import { questionOfText } from "../../../conversation/followUp.ts";
import type { Question } from "../../../conversation/question.ts";
import type { ContextStore } from "../../../conversation/store.ts";
import { MAX_QUANTITY_LENGTH, quantityOrUndefined } from "../../../core/quantity.ts";
import { errorReply } from "../../../dispatch/errorReply.ts";
import { normalizeText, optionValueForm } from "../../../dispatch/normalize.ts";
import type { OptionSpec } from "../../../dispatch/options.ts";
import { MAX_LINE_LENGTH } from "../../../dispatch/parseLine.ts";
import { findCommand } from "../../../dispatch/registry.ts";
import { langSchema } from "../../../i18n/lang.ts";
import type { Reply } from "../../../reply/reply.ts";
import type { EventDedupe } from "../../dedupe.ts";
import { serverOf } from "../asker.ts";
import { attachChart } from "../attach.ts";
import { COMMON_OPTIONS, commandOf, QUERY_OPTION, QUERY_SUBCOMMAND } from "../definitions.ts";
import { langOfLocale, localeChoosesLang } from "../locale.ts";
import { messageWithControls } from "./component.ts";

/**
 * Discord allows 3 s to answer an interaction. The command layer answers in well under a
 * millisecond, so replies go out directly; anything still running after this long is deferred
 * (the user sees "flopsbot is thinking…") and the reply then edits that message.
 */
export const DEFER_AFTER_MS = 2000;

/** The registry's help command: its answer carries no question. */
const HELP_COMMAND = "help";

export interface CommandHandlerOptions {
  logger: Logger;
  /** The app's one answerer (app/answer.ts): every handler answers through it. */
  answerer: Answerer;
  /** Replaces the answerer's answer (tests make a slow one). */
  answer?: (ask: Ask) => Reply | Promise<Reply>;
  deferAfterMs?: number;
  /** Conversation context for questions too long for a custom_id (src/conversation). */
  store?: ContextStore;
  /**
   * Posts an answer's chart (the charts module); no Chart button without it. The target is the
   * Chart press answered, or the bot's own reply to a `chart` reply (a message: the PNG is added to it).
   */
  chart?: (
    reply: Reply,
    target: import("discord.js").MessageComponentInteraction | import("discord.js").Message,
  ) => Promise<void>;
  /**
   * Whom a message's answer (a mention, a DM, a reply) already told to slow down in the last
   * minute: a message's answer is public, so the limit is said once, not once a message.
   */
  limitSaid?: EventDedupe;
}

/** The subcommand's options as the text the command layer parses ("175B", "true"). */
function optionValues(interaction: ChatInputCommandInteraction): Map<string, string> {
  const sub: CommandInteractionOption | undefined = interaction.options.data[0];
  const values = new Map<string, string>();
  for (const option of sub?.options ?? []) {
    if (option.value !== undefined && option.value !== null) values.set(option.name, String(option.value));
  }
  return values;
}

/** A user, role or channel mention (`<@123>`, `<@!123>`, `<@&123>`, `<#123>`): no value, as in a typed line. */
const MENTION = /<(?:@[!&]?|#)\d+>/g;
/** Inline code around a value (`` `70B` ``, ``` ``1.4T`` ```): the value. */
const CODE = /(`+)([^`]+)\1/g;

/**
 * A value typed in one of a subcommand's options, in the forms the same words take in `/flops query`:
 * Discord's markup around it (`**1.4T**`, `||70B||`, `` `70B` ``, a mention) dropped, and the forms
 * the text grammar reads made its own (`$2.5/GPU-hour` as the Read as line writes it, `2.5 dollars per
 * hour`, `40 percent`, `~40%`). Free text (a layer list, a config, run names) is left as typed; so is
 * a value the grammar would read as more than one option (`400 tflops per gpu` → `tflops=400`).
 */
export function optionValueOf(name: string, spec: OptionSpec | undefined, value: string): string {
  if (!spec || spec.kind === "text" || spec.kind === "flag" || spec.kind === "choice") return value;
  // Longer than a whole typed question may be: refused as typed (no number is that long), not rewritten.
  if (value.length > MAX_LINE_LENGTH) return value;
  const bare = pastedBack(name, value.replace(MENTION, " ").replace(CODE, "$2"));
  const read = normalizeText(bare);
  if (!read || (read.includes("=") && !bare.includes("="))) return bare.trim() ? bare : value;
  return read;
}

/** A value and a parenthesis after it, as the answers print one: `70B (700 億)`, `1,024 (assumed)`. */
const GLOSS = /^(.*\S)\s*[(（]([^()（）]*)[)）]\s*$/;
/** What the Read as line says of a value it did not read: `(assumed)`, `（預設）`. */
const ASSUMED = /^\s*(?:assumed|預設)\s*$/i;

/**
 * The word the Read as line writes after an option's value (`70B parameters`, `1.4T token`,
 * `2.66M GPU 小時`, `1 × 10²⁴ FLOP 算力`): it names that option's quantity, so the value is the number.
 * A word naming another quantity (`params:70B tokens`) is left, and refused.
 */
const PARAMETERS = String.raw`(?:active\s+)?param(?:eter)?s?|(?:啟用)?參數`;
const FLOP = String.raw`flops?(?:\s*算力)?`;
const LABELS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    params: PARAMETERS,
    active: PARAMETERS,
    tokens: "tokens?",
    "batch-tokens": "tokens?",
    flops: FLOP,
    budget: FLOP,
    "model-flops": FLOP,
    gpus: "gpus?|cards?|張",
    "gpu-hours": String.raw`gpu[-\s]?hours?|gpu\s*小時`,
  }).map(([name, words]) => [name, new RegExp(String.raw`(?<=\S)\s*(?:${words})\s*$`, "i")]),
);
const withoutLabel = (name: string, value: string): string => {
  const label = Object.hasOwn(LABELS, name) ? LABELS[name] : undefined;
  return label ? value.replace(label, "") : value;
};

/**
 * A value pasted back from an answer with its word and gloss: `70B (700 億) 參數` (the zh-TW
 * answers' form), `1.4T token (1.4 兆)`, `70B parameters`, `1,024 (assumed)`. The gloss restates the
 * value (or says it was assumed), so the value is what was meant; read whole, the parenthesis
 * multiplied it (`70B (700 億)` was 4.9 × 10²¹ parameters). A parenthesis of another number is left.
 */
function pastedBack(name: string, value: string): string {
  const labelled = withoutLabel(name, value);
  const glossed = labelled.length <= MAX_QUANTITY_LENGTH ? GLOSS.exec(labelled) : null;
  if (!glossed) return labelled;
  const [, typedHead = "", gloss = ""] = glossed;
  const head = withoutLabel(name, typedHead);
  if (ASSUMED.test(gloss)) return head;
  const typed = quantityOrUndefined(optionValueForm(head));
  const restated = quantityOrUndefined(optionValueForm(gloss));
  if (!typed || !restated || typed.dimension !== restated.dimension) return labelled;
  // The gloss is rounded as the answers print it (`70.6B (706 億)`).
  return Math.abs(typed.value - restated.value) <= 0.005 * Math.abs(typed.value) ? head : labelled;
}

/** What the interaction asks, in the shape `answer` takes. */
export function askOf(interaction: ChatInputCommandInteraction): Ask {
  const subcommand = interaction.options.getSubcommand(false) ?? QUERY_SUBCOMMAND;
  const command = commandOf(subcommand);
  const values = optionValues(interaction);
  const own = (name: string) => command !== undefined && Object.hasOwn(command.options, name);
  const common = (name: (typeof COMMON_OPTIONS)[number]) => (own(name) ? undefined : values.get(name));

  const chosenLang = langSchema.safeParse(common("lang"));
  const base = {
    platform: "discord" as const,
    userId: interaction.user.id,
    teamId: serverOf(interaction.guildId),
    lang: chosenLang.success ? chosenLang.data : langOfLocale(interaction.locale),
  };
  const explain = common("explain") === "true";
  const privately = common("private") === "true";
  const chart = common("chart") === "true";
  if (!command) {
    const text = values.get(QUERY_OPTION) ?? "";
    // The grammar's own flag words carry the choices the options made.
    const flags = [explain ? "explain" : "", privately ? "private" : "", chart ? "chart" : ""];
    const ask = { ...base, text: [text, ...flags].join(" ").trim() };
    return chosenLang.success || localeChoosesLang(interaction.locale) ? ask : { ...ask, langFromText: true };
  }
  const options: Record<string, string> = {};
  for (const [name, value] of values) {
    if (own(name) || !(COMMON_OPTIONS as readonly string[]).includes(name))
      options[name] = optionValueOf(name, command.options[name] as OptionSpec | undefined, value);
  }
  return {
    ...base,
    command: command.name,
    options,
    explain,
    private: privately,
    ...(chart ? { chart } : {}),
  };
}

/** Whether an ask wants its answer seen by the asker alone (`private`, `me` in the text, or the option). */
export const wantsPrivate = (ask: Ask): boolean =>
  "text" in ask ? /(^|\s)(private|me|--private)(\s|$)/i.test(ask.text) : ask.private === true;

/**
 * Answers a `/flops` chat-input interaction: a type-4 reply with embeds (ephemeral for errors,
 * help and private asks), or, past `deferAfterMs`, a type-5 deferral followed by an edit of the
 * original response. A public deferral cannot turn ephemeral, so an error found after one
 * deletes the placeholder and follows up ephemerally.
 */
export async function handleCommand(
  interaction: ChatInputCommandInteraction,
  options: CommandHandlerOptions,
): Promise<void> {
  const ask = askOf(interaction);
  const run = options.answer ?? options.answerer.answerWithHub;
  const ephemeralDeferral = wantsPrivate(ask);
  let deferral: Promise<boolean> | undefined;
  const timer = setTimeout(() => {
    // Caught at once: Discord refusing the deferral (the interaction expired, Discord is down)
    // while the answer still runs must not become an unhandled rejection.
    deferral = interaction.deferReply(ephemeralDeferral ? { flags: MessageFlags.Ephemeral } : {}).then(
      () => true,
      (error: unknown) => {
        options.logger.error({ err: error, interactionId: interaction.id }, "Discord refused the deferral");
        return false;
      },
    );
  }, options.deferAfterMs ?? DEFER_AFTER_MS);

  let reply: Reply;
  try {
    reply = await Promise.resolve().then(() => run(ask));
  } catch (error) {
    // `answer` never throws and logs every answer itself; this is for a replaced command layer.
    options.logger.error({ err: error, interactionId: interaction.id }, "command failed");
    const command = "command" in ask ? findCommand(registry, ask.command) : undefined;
    reply = errorReply(command ?? registry.defaultCommand, error);
  } finally {
    clearTimeout(timer);
  }

  // The controls under the answer carry its question (components.ts).
  const message = await messageWithControls(reply, questionOfAsk(ask), { ...options, lang: ask.lang });
  if (!deferral) {
    await interaction.reply(message);
    await attachChart(interaction, reply, ask.lang, options.logger);
    return;
  }
  // Refused: there is no message to edit and the interaction cannot be answered any more.
  if (!(await deferral)) return;
  if (message.flags === MessageFlags.Ephemeral && !ephemeralDeferral) {
    await interaction.deleteReply();
    await interaction.followUp(message);
    return;
  }
  await interaction.editReply({
    embeds: message.embeds,
    allowedMentions: message.allowedMentions,
    ...("components" in message ? { components: message.components } : {}),
  });
  await attachChart(interaction, reply, ask.lang, options.logger);
}

/**
 * The question an interaction asked, kept in its answer's controls. Help is no question (as for
 * `/flops query text:help mfu`, conversation/followUp.ts): no Explain or language buttons under it.
 */
function questionOfAsk(ask: Ask): Question | undefined {
  if ("text" in ask) return questionOfText(registry, ask.text, { lang: ask.lang, asker: ask.userId });
  if (ask.command === HELP_COMMAND) return undefined;
  return {
    command: ask.command,
    options: ask.options,
    lang: ask.lang,
    asker: ask.userId,
    ...(ask.explain ? { explain: true } : {}),
    ...(ask.private ? { private: true } : {}),
  };
}

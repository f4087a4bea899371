/**
 * Raw interaction payloads as Discord's gateway delivers them (API v10, INTERACTION_CREATE),
 * for the real discord.js structures to be built from.
 */
import { ApplicationCommandOptionType, InteractionType } from "discord.js";

export const APPLICATION_ID = "1300000000000000000";
export const GUILD_ID = "1300000000000000002";
export const CHANNEL_ID = "1300000000000000003";
export const COMMAND_ID = "1300000000000000004";
export const USER = {
  id: "1300000000000000005",
  username: "ada",
  discriminator: "0",
  global_name: "Ada",
  avatar: null,
};

/** A guild member as an interaction carries it (the asker, with the bot's usual permissions). */
export const guildMember = (user: Record<string, unknown>) => ({
  user,
  roles: [],
  joined_at: "2024-01-01T00:00:00.000000+00:00",
  deaf: false,
  mute: false,
  flags: 0,
  pending: false,
  nick: null,
  avatar: null,
  premium_since: null,
  permissions: "2248473465835073",
});

/** A channel message as the gateway and the REST API give it: Discord's defaults, then `fields`. */
export const discordMessage = (fields: Record<string, unknown>) => ({
  type: 0,
  channel_id: CHANNEL_ID,
  content: "",
  embeds: [],
  components: [],
  attachments: [],
  mentions: [],
  mention_roles: [],
  mention_everyone: false,
  tts: false,
  pinned: false,
  flags: 0,
  timestamp: "2025-01-01T00:00:00.000000+00:00",
  edited_timestamp: null,
  ...fields,
});

let counter = 0;

export interface Extra {
  locale?: string;
  token?: string;
}

type Value = string | boolean;

function optionsOf(values: Record<string, Value>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    type:
      typeof value === "boolean" ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
    name,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** What every interaction here carries: its ids and token, the guild, channel and member, the locale. */
function envelope(type: InteractionType, extra: Extra, member: Record<string, unknown> = USER) {
  counter++;
  return {
    id: `13100000000000000${String(counter).padStart(2, "0")}`,
    application_id: APPLICATION_ID,
    type,
    token: extra.token ?? `interaction-token-${counter}`,
    version: 1,
    locale: extra.locale ?? "en-US",
    guild_locale: "en-US",
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "ml-questions" },
    member: guildMember(member),
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
  };
}

function interaction(type: InteractionType, subcommand: string, options: unknown[], extra: Extra) {
  return {
    ...envelope(type, extra),
    data: {
      id: COMMAND_ID,
      name: "flops",
      type: 1,
      options: [{ type: ApplicationCommandOptionType.Subcommand, name: subcommand, options }],
    },
  };
}

/**
 * A press of a button or menu (MESSAGE_COMPONENT, `data`) by `presser` (the asker unless said) on
 * the bot's answer `message`: its id, author, embeds, components and flags as the answer gave them.
 */
export const componentPress = (
  message: Record<string, unknown>,
  data: Record<string, unknown>,
  extra: Extra & { presser?: Record<string, unknown> } = {},
) => ({
  ...envelope(InteractionType.MessageComponent, extra, extra.presser),
  message: discordMessage({
    type: 20,
    application_id: APPLICATION_ID,
    webhook_id: APPLICATION_ID,
    ...message,
  }),
  data,
});

/** `/flops <subcommand> name:value ...` (strings are STRING options, booleans BOOLEAN ones). */
export const chatInput = (subcommand: string, values: Record<string, Value>, extra: Extra = {}) =>
  interaction(InteractionType.ApplicationCommand, subcommand, optionsOf(values), extra);

/**
 * "Estimate compute" (the MESSAGE command, APPLICATION_COMMAND type 3) on someone else's message
 * saying `content`, pressed by `presser` (the default user unless said).
 */
export const estimateCompute = (
  content: string,
  extra: Extra & { presser?: Record<string, unknown>; target?: string } = {},
) => {
  const target = extra.target ?? "1380000000000000001";
  return {
    ...envelope(InteractionType.ApplicationCommand, extra, extra.presser),
    data: {
      id: "1300000000000000044",
      name: "Estimate compute",
      type: 3,
      target_id: target,
      resolved: {
        messages: {
          [target]: discordMessage({ id: target, author: { ...USER, id: "1300000000000000077" }, content }),
        },
      },
    },
  };
};

/** An autocomplete request while typing `focused` (its value is what was typed so far). */
export const autocomplete = (
  subcommand: string,
  values: Record<string, Value>,
  focused: string,
  extra: Extra = {},
) =>
  interaction(InteractionType.ApplicationCommandAutocomplete, subcommand, optionsOf(values, focused), extra);

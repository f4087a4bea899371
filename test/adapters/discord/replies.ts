/**
 * A conversation on the real discord.js client without a gateway: the guild joined as GUILD_CREATE
 * and READY would set it, the bot's answers stored as messages of its own on the stand-in, and a
 * user's reply to one of them (MESSAGE_CREATE, type 19, pinging the bot).
 */
import { type Client, ClientUser } from "discord.js";
import { CHANNEL_ID, discordMessage, GUILD_ID, USER } from "./payloads.ts";
import { BOT_USER, type StandIn } from "./standin.ts";

/** Puts the guild and its channel in the client's cache, as the gateway's GUILD_CREATE would. */
export function joinGuild(target: Client): void {
  const internal = target as unknown as {
    guilds: { _add(data: unknown): unknown };
    user: unknown;
    rest: { setToken(token: string): unknown };
  };
  internal.guilds._add({
    id: GUILD_ID,
    name: "ML",
    channels: [{ id: CHANNEL_ID, type: 0, name: "ml-questions", guild_id: GUILD_ID }],
    roles: [],
    members: [],
    emojis: [],
    features: [],
  });
  target.rest.setToken("MTMwMDAwMDAwMDAwMDAwMDAwOQ.GxTest.stand-in-token");
  // READY sets the client's own user; tests never log in.
  const Self = ClientUser as unknown as new (client: Client, data: unknown) => ClientUser;
  (internal as { user: unknown }).user = new Self(target, BOT_USER);
}

/** The bot's answer as a message of its own in the channel (what GET …/messages/{id} returns). */
export function storeBotMessage(
  standIn: StandIn,
  id: string,
  data: { embeds?: unknown[]; components?: unknown[] } | undefined,
): void {
  standIn.messages.set(
    id,
    discordMessage({ id, author: BOT_USER, embeds: data?.embeds ?? [], components: data?.components ?? [] }),
  );
}

/**
 * MESSAGE_CREATE `id`: `author`'s reply to the bot's message `to`, pinging the bot; resolves with the
 * bot's reply body. `deleted`: `to` is gone, and Discord sends `referenced_message: null`.
 */
export async function replyTo(
  target: Client,
  standIn: StandIn,
  {
    id,
    to,
    author,
    content,
    deleted = false,
  }: { id: string; to: string; author: string; content: string; deleted?: boolean },
): Promise<unknown> {
  const referenced = deleted ? null : standIn.messages.get(to);
  const waiting = standIn.next(
    (r) =>
      r.method === "POST" &&
      r.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
      (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === id,
  );
  (
    target as unknown as { actions: { MessageCreate: { handle(data: unknown): void } } }
  ).actions.MessageCreate.handle({
    ...discordMessage({
      id,
      type: 19,
      guild_id: GUILD_ID,
      author: { ...USER, id: author },
      content: `<@${BOT_USER.id}> ${content}`,
      mentions: [BOT_USER],
      timestamp: "2025-01-01T00:01:00.000000+00:00",
    }),
    message_reference: { type: 0, message_id: to, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
    referenced_message: referenced,
  });
  return (await waiting).body;
}

import {
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  Options,
  Partials,
  type RESTOptions,
} from "discord.js";
import type { Logger } from "pino";
import type { Config } from "../../app/config.ts";
import { createInflight, type Inflight, STOP_DEADLINE_MS } from "../../app/inflight.ts";
import { createContextStore } from "../../conversation/redis.ts";
import { memoryDedupe } from "../dedupe.ts";
import { attachChart } from "./attach.ts";
import { ROOT_COMMAND } from "./definitions.ts";
import { FORM_MODAL, FORM_SUBCOMMAND, handleFormSubmit, showForm } from "./form.ts";
import { handleAutocomplete } from "./handlers/autocomplete.ts";
import { type CommandHandlerOptions, handleCommand } from "./handlers/command.ts";
import { handleComponent, isAnswerControl } from "./handlers/component.ts";
import { handleEstimateCommand } from "./handlers/messageCommand.ts";
import { handleReplyMessage } from "./handlers/reply.ts";
import { ESTIMATE_COMMAND } from "./messageCommand.ts";

export interface DiscordClientOptions extends Omit<CommandHandlerOptions, "logger"> {
  /** Merged over the REST options derived from the config (tests point `api` at a stand-in). */
  rest?: Partial<RESTOptions>;
}

/** How long a message's answer says a person is rate-limited once (the limit refills in a minute). */
const LIMIT_SAID_MS = 60_000;

/** Interactions being answered, per client, so that stopping can let them finish (app/inflight.ts). */
const inFlight = new WeakMap<Client, Inflight>();

/**
 * A discord.js client with no privileged intent (slash commands arrive as interactions; messages
 * for the bot, mentions and DMs, carry their content without Message Content; no members, no
 * presences) and `interactionCreate` and `messageCreate` wired to the handlers.
 * With DISCORD_API_URL set, REST calls go there, and so does discord.js's `GET /gateway/bot`,
 * which names the gateway to connect to.
 */
export function createDiscordClient(config: Config, logger: Logger, options: DiscordClientOptions): Client {
  const rest: Partial<RESTOptions> = {
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    ...options.rest,
  };
  const clientOptions: ClientOptions = {
    // GuildMessages: mentions of the bot (`@flopsbot 70B 2T`) and replies to its answers
    // (follow-ups), whose content comes without the privileged Message Content intent because they
    // mention the bot; DirectMessages: questions sent to the bot directly (a DM's content comes too).
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // A DM channel is not in the cache until the gateway has mentioned it: without this partial,
    // discord.js drops the first message of every DM.
    partials: [Partials.Channel],
    rest,
    // Stateless replies: keep no messages, and only a bounded number of the users who ask.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user?.id },
    }),
    allowedMentions: { parse: [] },
  };
  const client = new Client(clientOptions);
  const running = createInflight();
  inFlight.set(client, running);
  const handlerOptions: CommandHandlerOptions = {
    ...options,
    logger,
    store: options.store ?? createContextStore(config.REDIS_URL, logger),
    limitSaid: options.limitSaid ?? memoryDedupe(LIMIT_SAID_MS),
    // The Chart button under an answer (README, "In a meeting"): the PNG attached to the press's reply;
    // a `chart` replied to an answer: attached to the bot's reply.
    chart:
      options.chart ??
      ((reply, target) => attachChart(target, reply, reply.lang ?? config.DEFAULT_LANG, logger)),
  };

  const handle = async (interaction: Interaction): Promise<void> => {
    if (interaction.isAutocomplete() && interaction.commandName === ROOT_COMMAND) {
      await handleAutocomplete(interaction);
    } else if (
      interaction.isChatInputCommand() &&
      interaction.commandName === ROOT_COMMAND &&
      interaction.options.getSubcommand(false) === FORM_SUBCOMMAND
    ) {
      await showForm(interaction);
    } else if (interaction.isModalSubmit() && interaction.customId === FORM_MODAL) {
      await handleFormSubmit(interaction, handlerOptions);
    } else if (interaction.isChatInputCommand() && interaction.commandName === ROOT_COMMAND) {
      await handleCommand(interaction, handlerOptions);
    } else if (interaction.isMessageContextMenuCommand() && interaction.commandName === ESTIMATE_COMMAND) {
      await handleEstimateCommand(interaction, handlerOptions);
    } else if (interaction.isMessageComponent() && isAnswerControl(interaction.customId)) {
      await handleComponent(interaction, handlerOptions);
    }
  };

  client.on(Events.InteractionCreate, (interaction) => {
    void running.run(() =>
      handle(interaction).catch((error: unknown) => {
        // Typically the 3-second window passed (10062 Unknown interaction) or Discord is unreachable.
        logger.error({ err: error, interactionId: interaction.id }, "could not answer a Discord interaction");
      }),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    // Nothing from a bot (the bot's own answers included); the handler passes over the rest not for the bot.
    if (message.author.bot) return;
    void running.run(() =>
      handleReplyMessage(message, handlerOptions).catch((error: unknown) =>
        logger.error({ err: error, messageId: message.id }, "could not answer a reply"),
      ),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "Discord client warning"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "Discord shard disconnected"),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, "Discord shard reconnecting"));
  return client;
}

/**
 * Stops handling new interactions and waits (at most `timeoutMs`) for the ones under way;
 * resolves with how many were still running then.
 */
export async function drain(client: Client, timeoutMs = STOP_DEADLINE_MS): Promise<number> {
  client.removeAllListeners(Events.InteractionCreate);
  const running = inFlight.get(client);
  if (!running || running.size === 0) return 0;
  await running.idle(timeoutMs);
  return running.size;
}

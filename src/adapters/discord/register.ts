/**
 * `npm run discord:register`: tells Discord about `/flops` (one PUT that replaces the app's
 * commands). With DISCORD_GUILD_ID it registers to that server only, which shows at once (for
 * development); without, globally, for every server the app is in. `--print` prints the JSON it
 * would send and sends nothing (no tokens needed).
 */
import process from "node:process";
import { pathToFileURL } from "node:url";
import { PermissionFlagsBits, REST, type RESTOptions, Routes } from "discord.js";
import { type Config, ConfigError, loadConfig, loadEnvFile, WHERE_TO_GET } from "../../app/config.ts";
import { networkFailure, startFailureMessage } from "../../app/lifecycle.ts";
import { installCliHandlers } from "../../app/process.ts";
import { commandDefinitions } from "./definitions.ts";

/**
 * The permissions the invite URL asks for (README, Discord step 1), each for a call the bot makes
 * outside an interaction's own webhook (which needs none): its reply to a reply, in a channel or
 * in a thread (Discord counts Send Messages in Threads apart from Send Messages), with embeds, the
 * chart PNG added to that reply, and the answer the reply follows up on read back.
 */
export const INVITE_PERMISSIONS = {
  SendMessages: PermissionFlagsBits.SendMessages,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  AttachFiles: PermissionFlagsBits.AttachFiles,
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
} as const;

/** Their sum, as the invite URL's `permissions=` writes it. */
export const invitePermissions = (): string =>
  String(Object.values(INVITE_PERMISSIONS).reduce((sum, bit) => sum | bit, 0n));

export interface Registration {
  scope: "guild" | "global";
  route: string;
  /** What Discord answered: the registered commands. */
  commands: unknown[];
}

/** The token and application id registration needs, or a ConfigError naming what is missing and where to get it. */
function required(config: Config): { token: string; applicationId: string } {
  const missing = (["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"] as const).filter((name) => !config[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `Configuration is not valid:\n${missing
        .map(
          (name) => `${name}: is required to register the /flops command. Get it from ${WHERE_TO_GET[name]}.`,
        )
        .join("\n")}`,
    );
  }
  return { token: config.DISCORD_TOKEN as string, applicationId: config.DISCORD_APPLICATION_ID as string };
}

export async function registerCommands(
  config: Config,
  restOptions: Partial<RESTOptions> = {},
): Promise<Registration> {
  const { token, applicationId } = required(config);
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    ...restOptions,
  }).setToken(token);
  const guild = config.DISCORD_GUILD_ID;
  const route = guild
    ? Routes.applicationGuildCommands(applicationId, guild)
    : Routes.applicationCommands(applicationId);
  const commands = (await rest.put(route, { body: commandDefinitions() })) as unknown[];
  return { scope: guild ? "guild" : "global", route, commands };
}

interface Io {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

/** The script: exit code 0 when registered (or printed), 1 otherwise, with the reason on stderr. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: Io = { out: process.stdout, err: process.stderr },
): Promise<number> {
  if (argv.includes("--print")) {
    io.out.write(`${JSON.stringify(commandDefinitions(), null, 2)}\n`);
    return 0;
  }
  try {
    const config = loadConfig(env);
    const done = await registerCommands(config);
    const where =
      done.scope === "guild"
        ? `to server ${config.DISCORD_GUILD_ID} (shows at once)`
        : "globally (every server the app is in)";
    io.out.write(`Registered /flops ${where}: PUT ${done.route}, ${done.commands.length} command(s).\n`);
    return 0;
  } catch (error) {
    // A bad setting or an unreachable Discord: one line saying what to fix, never a stack trace.
    const known = error instanceof ConfigError || networkFailure(error) !== undefined;
    io.err.write(`${known ? startFailureMessage(error) : String(error)}\n`);
    return 1;
  }
}

const invoked = process.argv[1] ? pathToFileURL(process.argv[1]).href : "";
if (import.meta.url === invoked) {
  installCliHandlers();
  // Read .env when there is one; variables already set in the environment win.
  loadEnvFile();
  main(process.argv.slice(2), process.env).then((code) => {
    process.exitCode = code;
  });
}

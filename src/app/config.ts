import { existsSync } from "node:fs";
import * as z from "zod";
import { langSchema } from "../i18n/lang.ts";

/**
 * Every environment variable the bot reads, validated once at start. A missing or malformed
 * value names the variable and where to get it.
 */
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const SLACK_SETTINGS = "api.slack.com/apps → your app";
const DISCORD_SETTINGS = "discord.com/developers/applications → your app";

export const WHERE_TO_GET: Record<string, string> = {
  SLACK_BOT_TOKEN: `${SLACK_SETTINGS} → OAuth & Permissions → Bot User OAuth Token (xoxb-…)`,
  SLACK_SIGNING_SECRET: `${SLACK_SETTINGS} → Basic Information → App Credentials → Signing Secret`,
  SLACK_APP_TOKEN: `${SLACK_SETTINGS} → Basic Information → App-Level Tokens (xapp-…, scope connections:write)`,
  SLACK_API_URL: "optional: a Slack Web API base URL such as https://slack.com/api/ (proxies, tests)",
  DISCORD_TOKEN: `${DISCORD_SETTINGS} → Bot → Reset Token`,
  DISCORD_APPLICATION_ID: `${DISCORD_SETTINGS} → General Information → Application ID`,
  DISCORD_GUILD_ID:
    "optional: Discord → User Settings → Advanced → Developer Mode, then right-click your server → Copy Server ID",
  DISCORD_API_URL: "optional: a Discord REST base such as https://discord.com/api (proxies, tests)",
  PORT: "optional: the HTTP port, default 3000",
  LOG_LEVEL: "optional: fatal, error, warn, info, debug, trace or silent (default info)",
  DEFAULT_LANG: "optional: en or zh-TW, the language of replies when the user does not choose one",
  RATE_LIMIT_PER_MINUTE: "optional: commands per user per minute, default 20",
  REDIS_URL:
    "optional: redis://host:6379 (or rediss://) shared by every replica for rate limits, event de-duplication and conversation context",
  DRAIN_SECONDS:
    "optional: seconds a stopping process keeps serving with /readyz at 503 so load balancers move away, default 3",
  STOP_TIMEOUT_SECONDS:
    "optional: seconds after SIGTERM when the process exits whatever is still running, default 9 (under Docker's 10)",
};

const url = z.string().trim().url();

/** A Discord id (application, server): 17 to 20 digits, said in words rather than as a pattern. */
const snowflake = z.string().regex(/^\d{17,20}$/, "must be a number of 17 to 20 digits");

/** A whole number in [min, max] written as text, or the default when unset. */
const integerText = (fallback: number, min: number, max: number) =>
  optionalText
    .pipe(z.string().regex(/^\d+$/, "must be a whole number").optional())
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min).max(max));

export const configSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith("xoxb-").optional()),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith("xapp-").optional()),
    SLACK_API_URL: optionalText.pipe(url.optional()),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_API_URL: optionalText.pipe(url.optional()),
    PORT: integerText(3000, 0, 65_535),
    // `LOG_LEVEL=INFO`, `Debug`: pino's levels are lower-case; the case is not what was meant.
    LOG_LEVEL: optionalText
      .transform((v) => v?.toLowerCase())
      .pipe(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
    DEFAULT_LANG: optionalText.pipe(langSchema.default("en")),
    RATE_LIMIT_PER_MINUTE: integerText(20, 1, 10_000),
    REDIS_URL: optionalText.pipe(
      z
        .string()
        .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
        .optional(),
    ),
    DRAIN_SECONDS: integerText(3, 0, 300),
    STOP_TIMEOUT_SECONDS: integerText(9, 1, 600),
  })
  .superRefine((env, ctx) => {
    if (env.DRAIN_SECONDS >= env.STOP_TIMEOUT_SECONDS) {
      ctx.addIssue({
        code: "custom",
        path: ["DRAIN_SECONDS"],
        message: `must be shorter than STOP_TIMEOUT_SECONDS (${env.STOP_TIMEOUT_SECONDS})`,
      });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required with SLACK_BOT_TOKEN",
      });
    }
    if ((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["SLACK_BOT_TOKEN"], message: "is required to answer in Slack" });
    }
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_APPLICATION_ID"],
        message: "is required with DISCORD_TOKEN",
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Read once per process: without zod's compiled fast path, which would cost more than it saves.
  const parsed = configSchema.safeParse(env, { jitless: true });
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const where = WHERE_TO_GET[name];
    // An optional setting comes from no console: say what it takes instead of "Get it from optional: …".
    if (where?.startsWith("optional: "))
      return `${name}: ${issue.message}. It is optional: ${where.slice(10)}.`;
    return `${name}: ${issue.message}. Get it from ${where ?? "the README"}.`;
  });
  throw new ConfigError(`Configuration is not valid:\n${lines.join("\n")}`);
}

export const slackConfigured = (config: Config): boolean => Boolean(config.SLACK_BOT_TOKEN);
export const discordConfigured = (config: Config): boolean => Boolean(config.DISCORD_TOKEN);

/** Reads `.env` into the environment when there is one; variables already set win. */
export function loadEnvFile(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

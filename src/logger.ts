import pino, { type Logger } from "pino";

/** Structured JSON logs; never tokens, secrets or full request bodies. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "flopsbot" },
      redact: {
        paths: [
          "token",
          "*.token",
          "headers.authorization",
          "*.headers.authorization",
          "signingSecret",
          "*.signingSecret",
          "SLACK_BOT_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_APP_TOKEN",
          "DISCORD_TOKEN",
          "*.SLACK_BOT_TOKEN",
          "*.SLACK_SIGNING_SECRET",
          "*.SLACK_APP_TOKEN",
          "*.DISCORD_TOKEN",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

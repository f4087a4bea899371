import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, loadEnvFile } from "../src/app/config.ts";

const error = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error("expected a ConfigError");
};

describe("configuration, read once and validated", () => {
  it("no tokens: the console, with defaults", () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      LOG_LEVEL: "info",
      DEFAULT_LANG: "en",
      RATE_LIMIT_PER_MINUTE: 20,
    });
  });

  it("LOG_LEVEL in any case is pino's level (INFO, Debug); a level that is none is still refused", () => {
    expect(loadConfig({ LOG_LEVEL: "INFO" }).LOG_LEVEL).toBe("info");
    expect(loadConfig({ LOG_LEVEL: " Debug " }).LOG_LEVEL).toBe("debug");
    expect(error({ LOG_LEVEL: "verbose" })).toMatch(/LOG_LEVEL: /);
  });

  it("a missing variable is named, with where to get it", () => {
    expect(error({ SLACK_BOT_TOKEN: "xoxb-1" })).toMatch(
      /SLACK_SIGNING_SECRET: .*Basic Information → App Credentials/,
    );
    expect(error({ DISCORD_TOKEN: "abc" })).toMatch(
      /DISCORD_APPLICATION_ID: .*General Information → Application ID/,
    );
  });

  it("a malformed variable is named, with where to get it", () => {
    expect(error({ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_SIGNING_SECRET: "s" })).toMatch(
      /SLACK_BOT_TOKEN: .*Bot User OAuth Token \(xoxb-…\)/,
    );
    expect(error({ PORT: "eighty" })).toMatch(/PORT: must be a whole number/);
    expect(error({ DEFAULT_LANG: "fr" })).toMatch(/DEFAULT_LANG: .*en or zh-TW/);
    // An optional setting says what it takes, not "Get it from optional: …".
    expect(error({ PORT: "abc" })).toBe(
      "Configuration is not valid:\nPORT: must be a whole number. It is optional: the HTTP port, default 3000.",
    );
    expect(error({ DEFAULT_LANG: "fr" })).not.toContain("Get it from optional");
    // A Discord id is said in words, not as the pattern that checks it.
    expect(error({ DISCORD_TOKEN: "a.b.c", DISCORD_APPLICATION_ID: "my-app" })).toBe(
      "Configuration is not valid:\nDISCORD_APPLICATION_ID: must be a number of 17 to 20 digits. Get it from discord.com/developers/applications → your app → General Information → Application ID.",
    );
    expect(error({ DISCORD_GUILD_ID: "12" })).toMatch(
      /^DISCORD_GUILD_ID: must be a number of 17 to 20 digits\. It is optional: /m,
    );
    expect(
      error({ SLACK_API_URL: "not a url", SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }),
    ).toMatch(/SLACK_API_URL/);
  });

  it("reads .env when there is one, without overriding what is already set", () => {
    const dir = mkdtempSync(join(tmpdir(), "flopsbot-env-"));
    const file = join(dir, ".env");
    writeFileSync(file, "FLOPSBOT_TEST_FROM_FILE=file\nFLOPSBOT_TEST_SET=file\n");
    process.env.FLOPSBOT_TEST_SET = "environment";
    loadEnvFile(file);
    expect(process.env.FLOPSBOT_TEST_FROM_FILE).toBe("file");
    expect(process.env.FLOPSBOT_TEST_SET).toBe("environment");
    loadEnvFile(join(dir, "missing.env"));
    delete process.env.FLOPSBOT_TEST_FROM_FILE;
    delete process.env.FLOPSBOT_TEST_SET;
  });
});

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { shardCount, shardEntry, shardingOptions } from "../../../src/adapters/discord/shard.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { APPLICATION_ID } from "./payloads.ts";
import { type StandIn, startStandIn } from "./standin.ts";

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMA.stand-in.token";

test("each shard process runs the Discord-only entry: bot.ts through tsx, or bot.js once built", () => {
  const source = shardEntry();
  expect(source.file.endsWith("/src/adapters/discord/bot.ts")).toBe(true);
  expect(existsSync(source.file)).toBe(true);
  expect(source.execArgv).toEqual(["--import", "tsx"]);
  expect(shardEntry("/app/dist/adapters/discord/shard.js")).toEqual({
    file: "/app/dist/adapters/discord/bot.js",
    execArgv: [],
  });
});

test("one process per shard, as many shards as Discord recommends", async () => {
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID });
  expect(await shardCount(config)).toBe("auto");
  expect(shardingOptions(config, "auto")).toMatchObject({
    token: TOKEN,
    totalShards: "auto",
    mode: "process",
    respawn: true,
  });
});

test("with DISCORD_API_URL, the recommended count comes from that API's GET /gateway/bot", async () => {
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: standIn.api,
  });
  expect(await shardCount(config)).toBe(1);
  const request = await standIn.next((r) => r.path === "/api/v10/gateway/bot");
  expect(request.headers.authorization).toBe(`Bot ${TOKEN}`);
});

test("npm run discord:shard spawns a shard process that identifies as shard 0 of 1 and connects", async () => {
  const child = spawn("npm", ["run", "--silent", "discord:shard"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.api,
    },
    // Its own process group, so that stopping it stops the shard it spawned as well.
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  try {
    const identify = (await standIn.nextGateway((p) => p.op === 2)).d as { shard: number[]; intents: number };
    expect(identify.shard).toEqual([0, 1]);
    expect(identify.intents).toBe(1 | 512 | 4096); // Guilds | GuildMessages (mentions, replies) | DirectMessages
    await expect.poll(() => log, { timeout: 60_000, interval: 200 }).toContain('"msg":"Discord connected"');
    expect(log).toContain('"shardId":0,"msg":"Discord shard spawned"');
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
    // The shard process closes its gateway connection as it stops.
    await expect.poll(() => standIn.gatewayConnections(), { timeout: 15_000 }).toBe(0);
  }
}, 90_000);

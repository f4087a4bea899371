import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commandDefinitions } from "../../../src/adapters/discord/definitions.ts";
import { main, registerCommands } from "../../../src/adapters/discord/register.ts";
import { ConfigError, loadConfig } from "../../../src/app/config.ts";
import { APPLICATION_ID, GUILD_ID } from "./payloads.ts";
import { type StandIn, startStandIn } from "./standin.ts";

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.close());

const TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMA.stand-in.token";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => err.push(s) } },
    out,
    err,
  };
}

describe("registering /flops", () => {
  test("with DISCORD_GUILD_ID: PUT /applications/{app}/guilds/{guild}/commands, authorized as the bot", async () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: standIn.api,
    });
    const done = await registerCommands(config);
    expect(done.scope).toBe("guild");
    const request = await standIn.next((r) => r.method === "PUT" && r.path.includes(`/guilds/${GUILD_ID}/`));
    expect(request.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(request.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(request.body).toEqual(commandDefinitions());
    expect(done.commands).toHaveLength(2); // /flops and "Estimate compute"
  });

  test("without: PUT /applications/{app}/commands (global), through the script's main", async () => {
    const { io, out, err } = capture();
    const code = await main(
      [],
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: standIn.api },
      io,
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const request = await standIn.next(
      (r) => r.method === "PUT" && r.path === `/api/v10/applications/${APPLICATION_ID}/commands`,
    );
    expect(request.body).toEqual(commandDefinitions());
    expect(out.join("")).toContain(`PUT /applications/${APPLICATION_ID}/commands`);
  });

  test("a missing token or application id names the variable and where to get it", async () => {
    await expect(registerCommands(loadConfig({}))).rejects.toThrow(ConfigError);
    const { io, err } = capture();
    expect(await main([], {}, io)).toBe(1);
    expect(err.join("")).toContain(
      "DISCORD_TOKEN: is required to register the /flops command. Get it from discord.com/developers/applications → your app → Bot → Reset Token.",
    );
    expect(err.join("")).toContain("DISCORD_APPLICATION_ID: is required");
    expect(err.join("")).toContain("General Information → Application ID");
  });

  test("a malformed application id is refused before anything is sent", async () => {
    const before = standIn.requests.length;
    const { io, err } = capture();
    expect(
      await main(
        [],
        { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "my-app", DISCORD_API_URL: standIn.api },
        io,
      ),
    ).toBe(1);
    expect(err.join("")).toContain("DISCORD_APPLICATION_ID");
    expect(standIn.requests.length).toBe(before);
  });

  test("--print writes the JSON it would send and sends nothing, with no tokens", async () => {
    const before = standIn.requests.length;
    const { io, out } = capture();
    expect(await main(["--print"], {}, io)).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual(commandDefinitions());
    expect(standIn.requests.length).toBe(before);
  });
});

/**
 * A chart on Discord: the embeds go out in the interaction callback first, then the PNG is
 * attached to that same reply with PATCH /webhooks/{app}/{token}/messages/@original, as
 * multipart/form-data with `payload_json` (attachments [{id: "0"}]) and `files[0]`,
 * the shape Discord documents for "Uploading Files". Real discord.js, local stand-in.
 */
import type { Client } from "discord.js";
import pino from "pino";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { APPLICATION_ID, chatInput } from "./payloads.ts";
import { multipart, type Recorded, type StandIn, startStandIn } from "./standin.ts";

const answerer = testAnswerer(10_000);

let standIn: StandIn;
let client: Client;

beforeAll(async () => {
  standIn = await startStandIn();
  client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
    answerer,
    rest: { api: standIn.api },
  });
});
afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

type Raw = ReturnType<typeof chatInput>;

function deliver(raw: Raw): void {
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);
}

const isCallback = (raw: Raw) => (r: Recorded) =>
  r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`;
const isOriginalEdit = (raw: Raw) => (r: Recorded) =>
  r.method === "PATCH" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${raw.token}/messages/%40original`;

describe("`chart` on Discord", () => {
  test("cards with chart:true → the embeds first, then the PNG attached to the same reply", async () => {
    const raw = chatInput("cards", { params: "70B", gpu: "h100-sxm", chart: true });
    deliver(raw);
    const callback = await standIn.next(isCallback(raw));
    const edit = await standIn.next(isOriginalEdit(raw));
    expect(standIn.requests.indexOf(callback)).toBeLessThan(standIn.requests.indexOf(edit));
    expect((callback.body as { data: { embeds: { title: string }[] } }).data.embeds[0]?.title).toContain(
      "70B",
    );
    expect(String(edit.headers["content-type"])).toMatch(/^multipart\/form-data; boundary=/);
    const { payload, file } = await multipart(edit);
    // discord.js names attachment 0 in payload_json; its file is the files[0] part.
    expect(payload.attachments).toMatchObject([{ id: "0" }]);
    expect(file.name).toBe("flopsbot-cards.png");
    const png = PNG.sync.read(Buffer.from(await file.arrayBuffer()));
    expect(png.width).toBe(1200);
  });

  test("the word chart in the free-text query asks for one too (Chinese reply, Chinese chart)", async () => {
    const raw = chatInput("query", { text: "chinchilla 70B tokens=300B chart", lang: "zh-TW" });
    deliver(raw);
    const edit = await standIn.next(isOriginalEdit(raw));
    const { file } = await multipart(edit);
    expect(file.name).toBe("flopsbot-chinchilla.png");
  });

  test("no chart asked for → no edit after the callback", async () => {
    const raw = chatInput("cards", { params: "70B", gpu: "h100-sxm" });
    deliver(raw);
    await standIn.next(isCallback(raw));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(standIn.requests.some(isOriginalEdit(raw))).toBe(false);
  });
});

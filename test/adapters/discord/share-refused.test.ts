/**
 * Share in channel when Discord refuses to post the public copy (5xx past discord.js's retries):
 * nothing was shared, so the private answer keeps its Share button and a second press posts it.
 * The real discord.js client, its REST calls through a loopback proxy that can refuse a route,
 * in front of the stand-in for Discord.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDiscordClient } from "../../../src/adapters/discord/client.ts";
import { loadConfig } from "../../../src/app/config.ts";
import { MemoryContextStore } from "../../../src/conversation/store.ts";
import { testAnswerer } from "../../support/answerer.ts";
import { APPLICATION_ID, chatInput, componentPress } from "./payloads.ts";
import { BOT_USER, type Recorded, type StandIn, startStandIn } from "./standin.ts";

interface Component {
  custom_id?: string;
  components?: Component[];
}
interface Callback {
  type: number;
  data?: { flags?: number; embeds?: unknown[]; components?: Component[] };
}

let standIn: StandIn;
let proxy: Server;
let client: Client;
/** Requests (method and path) the proxy answers 500 instead of passing them on. */
let refuse: (method: string, path: string) => boolean = () => false;

beforeAll(async () => {
  standIn = await startStandIn();
  const target = new URL(standIn.api).origin;
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (refuse(req.method ?? "", path)) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: "500: Internal Server Error", code: 0 }));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string" && name !== "host" && name !== "content-length") headers[name] = value;
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const answered = await fetch(`${target}${req.url}`, { method: req.method, headers, body });
      const text = Buffer.from(await answered.arrayBuffer());
      res.writeHead(answered.status, { "content-type": answered.headers.get("content-type") ?? "" });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  client = createDiscordClient(loadConfig({}), pino({ level: "silent" }), {
    answerer: testAnswerer(1_000),
    store: new MemoryContextStore(),
    rest: { api: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`, retries: 1 },
  });
});
afterAll(async () => {
  await client.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await standIn.close();
});

const deliver = (raw: unknown) =>
  (
    client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(raw);

async function callback(raw: { id: string; token: string }): Promise<Callback> {
  deliver(raw);
  const request = await standIn.next(
    (r) => r.method === "POST" && r.path === `/api/v10/interactions/${raw.id}/${raw.token}/callback`,
  );
  return request.body as Callback;
}

const within = <T>(waiting: Promise<T>, ms = 3_000): Promise<T | undefined> =>
  Promise.race([waiting, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);

const MESSAGE_ID = "1333400000000000001";
let pressed = 0;
/** The asker's press on their private answer, the same message each time. */
function sharePress(answer: Callback, components: Component[], customId: string) {
  pressed += 1;
  const message = {
    id: MESSAGE_ID,
    author: BOT_USER,
    embeds: answer.data?.embeds ?? [],
    components,
    flags: 64,
  };
  return componentPress(
    message,
    { custom_id: customId, component_type: 2 },
    { token: `share-token-${pressed}` },
  );
}

const ids = (rows: Component[] | undefined) =>
  (rows ?? []).flatMap((row) => row.components ?? []).map((c) => c.custom_id ?? "");

describe("Share in channel refused by Discord", () => {
  test("the Share button comes back, and the next press posts the public copy", async () => {
    const answer = await callback(
      chatInput("compute", { params: "70B", tokens: "15T", gpu: "H100", gpus: "512", private: true }),
    );
    expect(answer.data?.flags).toBe(64);
    const share = ids(answer.data?.components).find((id) => id.startsWith("fs:"));
    if (!share) throw new Error("no Share button");

    // The public copy (POST /webhooks/{app}/{token}) is refused, however often it is retried.
    const isFollowUp = (token: string) => (r: Recorded) =>
      r.method === "POST" && r.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}`;
    refuse = (method, path) => method === "POST" && /^\/api\/v10\/webhooks\/\d+\/share-token-1$/.test(path);
    const first = sharePress(answer, answer.data?.components ?? [], share);
    const updated = await callback(first);
    expect(updated.type).toBe(7);
    expect(ids(updated.data?.components)).not.toContain(share);
    // Nothing went public: the private copy gets its Share button back.
    const restored = await within(
      standIn.next(
        (r) =>
          r.method === "PATCH" &&
          r.path === `/api/v10/webhooks/${APPLICATION_ID}/${first.token}/messages/%40original`,
      ),
    );
    expect(ids((restored?.body as Callback["data"])?.components)).toContain(share);
    expect(standIn.requests.some(isFollowUp(first.token))).toBe(false);

    // Discord is back: the next press shares it.
    refuse = () => false;
    const second = sharePress(answer, answer.data?.components ?? [], share);
    expect((await callback(second)).type).toBe(7);
    const posted = await within(standIn.next(isFollowUp(second.token)));
    expect(posted).toBeDefined();
    const body = posted?.body as { flags?: number; embeds?: unknown[] };
    expect(body.flags).toBeUndefined();
    // 6 × 70B × 15T FLOP on 512 H100 at 40% MFU: 360 days (Kaplan et al. 2020 §2.1).
    expect(JSON.stringify(body.embeds)).toContain("360 days");
  });
});

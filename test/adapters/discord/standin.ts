/**
 * A local stand-in for Discord: the REST routes the bot calls (interaction callbacks, the
 * original-response webhook, follow-ups, command registration, GET /gateway/bot) and a minimal
 * gateway WebSocket (RFC 6455 text frames) that says HELLO, answers IDENTIFY with READY, acks
 * heartbeats and can dispatch events. discord.js's REST client talks to it over real HTTP.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { APPLICATION_ID, discordMessage } from "./payloads.ts";

export interface Recorded {
  method: string;
  /** The path as sent, before any decoding (`%40original` stays encoded). */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The body's bytes as sent (multipart uploads carry binary files). */
  raw: Buffer;
}

export interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface StandIn {
  /** The REST base to give discord.js (`rest.api` or DISCORD_API_URL). */
  api: string;
  requests: Recorded[];
  /** Resolves with the first request (already received or still to come) that matches. */
  next(match: (request: Recorded) => boolean): Promise<Recorded>;
  /** Payloads received on the gateway, in order. */
  gatewayReceived: GatewayPayload[];
  nextGateway(match: (payload: GatewayPayload) => boolean): Promise<GatewayPayload>;
  /** Sends a dispatch (op 0) to every connected gateway client. */
  dispatch(event: string, data: unknown): void;
  gatewayConnections(): number;
  /** Channel messages by id: what GET /channels/{c}/messages/{m} returns; POSTed ones are added. */
  messages: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

export const BOT_USER = {
  id: "1300000000000000009",
  username: "flopsbot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};

const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), bigLength(length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}

/** Splits complete client frames (always masked) off the front of `buffer`. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = (buffer[offset] as number) & 0x0f;
    const second = buffer[offset + 1] as number;
    const masked = (second & 0x80) !== 0;
    let length = second & 0x7f;
    let at = offset + 2;
    if (length === 126) {
      if (buffer.length < at + 2) break;
      length = buffer.readUInt16BE(at);
      at += 2;
    } else if (length === 127) {
      if (buffer.length < at + 8) break;
      length = Number(buffer.readBigUInt64BE(at));
      at += 8;
    }
    const maskAt = at;
    if (masked) at += 4;
    if (buffer.length < at + length) break;
    const payload = Buffer.from(buffer.subarray(at, at + length));
    if (masked) {
      for (let i = 0; i < payload.length; i++) {
        payload[i] = (payload[i] as number) ^ (buffer[maskAt + (i % 4)] as number);
      }
    }
    frames.push({ opcode, payload });
    offset = at + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

function messageFor(body: unknown, id: string): Record<string, unknown> {
  const data = (body ?? {}) as Record<string, unknown>;
  return discordMessage({
    id,
    type: 20,
    author: BOT_USER,
    content: data.content ?? "",
    embeds: data.embeds ?? [],
    flags: data.flags ?? 0,
    webhook_id: APPLICATION_ID,
    application_id: APPLICATION_ID,
  });
}

export async function startStandIn(): Promise<StandIn> {
  const requests: Recorded[] = [];
  const gatewayReceived: GatewayPayload[] = [];
  const waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  const gatewayWaiters: { match: (p: GatewayPayload) => boolean; resolve: (p: GatewayPayload) => void }[] =
    [];
  const sockets = new Set<Duplex>();
  let sequence = 0;
  let origin = "";
  const messages = new Map<string, Record<string, unknown>>();
  let nextMessage = 0;

  const sendJson = (socket: Duplex, payload: GatewayPayload) =>
    socket.write(frame(1, Buffer.from(JSON.stringify(payload))));

  const route = (
    method: string,
    path: string,
    body: unknown,
    headers: IncomingHttpHeaders,
  ): { status: number; json?: unknown } => {
    if (method === "POST" && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path))
      return { status: 204 };
    if (/^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(%40|@)original$/.test(path)) {
      if (method === "DELETE") return { status: 204 };
      return { status: 200, json: messageFor(body, "1300000000000000100") };
    }
    if (method === "POST" && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return { status: 200, json: messageFor(body, "1300000000000000101") };
    }
    if (method === "PUT" && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? body : [];
      return {
        status: 200,
        json: list.map((c, i) => ({ ...c, id: `14000000000000000${i}0`, version: "1" })),
      };
    }
    if (method === "GET" && path === "/api/v10/gateway/bot") {
      // Bot tokens are three dot-separated parts; anything else is refused as Discord does.
      if (!/^Bot [\w-]+\.[\w-]+\.[\w-]+$/.test(String(headers.authorization))) {
        return { status: 401, json: { message: "401: Unauthorized", code: 0 } };
      }
      return {
        status: 200,
        json: {
          url: `${origin.replace(/^http/, "ws")}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    }
    const channelMessage = /^\/api\/v10\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (channelMessage && method === "GET" && channelMessage[2]) {
      const found = messages.get(channelMessage[2]);
      return found
        ? { status: 200, json: found }
        : { status: 404, json: { message: "Unknown Message", code: 10008 } };
    }
    if (channelMessage && method === "POST" && !channelMessage[2]) {
      nextMessage += 1;
      const id = `13500000000000${String(nextMessage).padStart(5, "0")}`;
      const data = (body ?? {}) as Record<string, unknown>;
      // A reply (message_reference in the body) comes back as Discord stores it: type 19, with its reference.
      const reference = data.message_reference as { message_id?: string } | undefined;
      const message = {
        ...messageFor(body, id),
        channel_id: channelMessage[1],
        components: data.components ?? [],
        ...(reference?.message_id
          ? { type: 19, message_reference: { type: 0, ...reference, channel_id: channelMessage[1] } }
          : {}),
      };
      messages.set(id, message);
      return { status: 200, json: message };
    }
    if (channelMessage && method === "PATCH" && channelMessage[2]) {
      // An edit of one of the bot's messages (a chart added to a reply: multipart, fields left out kept).
      const found = messages.get(channelMessage[2]);
      return found
        ? { status: 200, json: found }
        : { status: 404, json: { message: "Unknown Message", code: 10008 } };
    }
    return { status: 404, json: { message: "404: Not Found", code: 0 } };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", origin);
      const raw = Buffer.concat(chunks);
      const text = raw.toString("utf8");
      let body: unknown = text;
      if (text && String(req.headers["content-type"]).includes("application/json")) body = JSON.parse(text);
      const recorded: Recorded = {
        method: req.method ?? "",
        path: (req.url ?? "/").split("?")[0] ?? "/",
        query: url.searchParams,
        headers: req.headers,
        body,
        raw,
      };
      requests.push(recorded);
      const { status, json } = route(recorded.method, recorded.path, body, req.headers);
      res.writeHead(status, json === undefined ? {} : { "content-type": "application/json" });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      for (const waiter of [...waiters]) {
        if (waiter.match(recorded)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(recorded);
        }
      }
    });
  });

  server.on("upgrade", (req: IncomingMessage, socket: Duplex) => {
    const key = String(req.headers["sec-websocket-key"] ?? "");
    const accept = createHash("sha1")
      .update(key + WEBSOCKET_GUID)
      .digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === 8) {
          socket.end(frame(8, payload.subarray(0, 2)));
          sockets.delete(socket);
          continue;
        }
        if (opcode === 9) {
          socket.write(frame(10, payload));
          continue;
        }
        if (opcode !== 1) continue;
        const message = JSON.parse(payload.toString("utf8")) as GatewayPayload;
        gatewayReceived.push(message);
        if (message.op === 1) sendJson(socket, { op: 11 });
        if (message.op === 2) {
          sendJson(socket, {
            op: 0,
            t: "READY",
            s: ++sequence,
            d: {
              v: 10,
              user: BOT_USER,
              guilds: [],
              session_id: "stand-in-session",
              resume_gateway_url: `${origin.replace(/^http/, "ws")}/gateway`,
              shard: [0, 1],
              application: { id: "1300000000000000000", flags: 0 },
            },
          });
        }
        for (const waiter of [...gatewayWaiters]) {
          if (waiter.match(message)) {
            gatewayWaiters.splice(gatewayWaiters.indexOf(waiter), 1);
            waiter.resolve(message);
          }
        }
      }
    });
    sendJson(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    api: `${origin}/api`,
    requests,
    next(match) {
      const found = requests.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    gatewayReceived,
    nextGateway(match) {
      const found = gatewayReceived.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => gatewayWaiters.push({ match, resolve }));
    },
    dispatch(event, data) {
      for (const socket of sockets) sendJson(socket, { op: 0, t: event, s: ++sequence, d: data });
    },
    gatewayConnections: () => sockets.size,
    messages,
    close() {
      for (const socket of sockets) socket.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** A recorded multipart request (a reply with a file): its JSON payload and its first file. */
export async function multipart(
  request: Recorded,
): Promise<{ payload: Record<string, unknown>; file: File }> {
  const form = await new Response(request.raw, {
    headers: { "content-type": String(request.headers["content-type"]) },
  }).formData();
  const file = form.get("files[0]");
  if (!file || typeof file === "string") throw new Error("no files[0] part");
  return { payload: JSON.parse(String(form.get("payload_json"))), file: file as File };
}

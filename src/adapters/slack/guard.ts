import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from "node:http";
import type { ListenOptions } from "node:net";
import { parse } from "node:querystring";
import {
  type Logger as BoltLogger,
  ErrorCode,
  HTTPModuleFunctions,
  type HTTPReceiver,
  type ReceiverDispatchErrorHandlerArgs,
  verifySlackRequest,
} from "@slack/bolt";
import type { Logger } from "pino";
import { SERVER_LIMITS, serverOptions } from "../../app/health.ts";
import { WarningLimiter } from "../../app/logger.ts";
import { type EventDedupe, memoryDedupe } from "../dedupe.ts";

/**
 * What stands in front of Bolt's HTTPReceiver. Bolt reads a whole body (up to 4 MB) before it
 * checks the signature, keeps a connection as long as Node lets it, and crashes the process on a
 * signed body that parses to `null` (see README, "Security"). So, before Bolt sees a request to
 * the events path: a body over BODY_LIMIT is refused with 413 as soon as its length is known (from
 * Content-Length, or while it streams in), and a body that is not a JSON object (`null`,
 * `payload=null`, `[]`, `42`) with 400. The server gets request, header and keep-alive timeouts
 * and a connection cap.
 */
export const BODY_LIMIT = 64 * 1024;

/** The timeouts and connection cap of every server the bot opens (app/health.ts). */
export { SERVER_LIMITS };

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Requests being served, so a stop can wait for them before closing every connection. */
export interface ActiveRequests {
  readonly size: number;
  /** Resolves when none are left, or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void>;
}

/**
 * Slack's verification guide: refuse a request whose timestamp is more than five minutes from
 * now, either way (`abs(now - timestamp) > 60 * 5`). Bolt's rule refuses old ones; the guard
 * refuses ones from the future too, which would otherwise stay replayable until then.
 */
export const TIMESTAMP_WINDOW_S = 5 * 60;

export interface GuardOptions {
  /** Limits the guard's own warnings (one line a minute per kind). */
  warnings?: WarningLimiter;
  /** Signatures already served: a byte-identical signed request is acknowledged and not answered again. */
  replays?: EventDedupe;
  /** The receiver's logger: a request refused as unsigned is logged there, with Bolt's words, as Bolt logged it. */
  boltLogger?: BoltLogger;
}

/**
 * The guard in front of an HTTPReceiver made with `signatureVerification: false`: the guard is
 * the signature check (one HMAC a request, where the guard's check and Bolt's took six), and no
 * request to the events path reaches Bolt unsigned, except Slack's `ssl_check`, which Bolt
 * answers before any check and whose body Bolt cuts to `ssl_check=1` (as it does itself).
 */
export function hardenReceiver(
  receiver: HTTPReceiver,
  eventsPath: string,
  signingSecret: string,
  logger: Logger,
  { warnings = new WarningLimiter(), replays = memoryDedupe(), boltLogger }: GuardOptions = {},
): ActiveRequests {
  hardenStart(receiver);
  const inner: Listener = receiver.requestListener;
  const active = new Set<ServerResponse>();
  const waiting = new Set<() => void>();
  const warn = (reason: string, status: number) => {
    const suppressed = warnings.admit(reason);
    if (suppressed !== undefined)
      logger.warn({ status, reason, suppressed }, "refused a request to /slack/events");
  };
  receiver.requestListener = (req, res) => {
    active.add(res);
    res.once("close", () => {
      active.delete(res);
      if (active.size === 0) for (const resolve of waiting) resolve();
    });
    const events = isPath(req.url, eventsPath);
    if (events === undefined) {
      // A target no URL can be read from (`//%%%`): the request is what is wrong, not the server.
      warn("unreadable request target", 400);
      return refuse(req, res, 400);
    }
    if (req.method?.toUpperCase() !== "POST" || !events) return inner(req, res);
    readBody(req, BODY_LIMIT).then(
      (body) => {
        if (body === undefined) {
          warn("body too large", 413);
          return refuse(req, res, 413);
        }
        if (Number(req.headers["x-slack-request-timestamp"]) - Date.now() / 1000 > TIMESTAMP_WINDOW_S) {
          warn("timestamp in the future", 401);
          return refuse(req, res, 401);
        }
        // Bolt reads the body as this text (rawBody.toString()), and signs and parses that.
        const text = body.toString("utf8");
        const contentType = req.headers["content-type"];
        const signature = signedWith(req, text, signingSecret);
        const ssl = sslCheck(text, contentType);
        // Bolt takes a request whose body is already read as it is (isBufferedIncomingMessage).
        Object.assign(req, { rawBody: ssl ? SSL_CHECK_BODY : body });
        if (!signature) {
          // Slack's SSL check is not signed: Bolt answers it (200) before any check, as it did.
          if (ssl) return pass(req, res);
          return unsigned(req, res);
        }
        const problem = shapeProblem(body, contentType);
        if (problem) {
          warn(problem, 400);
          return refuse(req, res, 400);
        }
        const limited = appRateLimited(text, contentType);
        if (limited) {
          // No listener takes it: Bolt held it 3 s, answered 404 and logged that nothing acknowledged it.
          logger.warn(limited, "Slack is dropping this app's events for a workspace (app_rate_limited)");
          res.writeHead(200, { "Content-Length": 0 });
          res.end();
          return;
        }
        // A signed request seen before (a captured one sent again within its five minutes): acknowledged, not answered twice.
        replays.first(`slack:signature:${signature}`).then(
          (first) => {
            if (first) return pass(req, res);
            warn("replayed request", 200);
            refuse(req, res, 200);
          },
          () => pass(req, res),
        );
      },
      () => {
        // The client went away mid-body: nothing to answer.
        req.destroy();
      },
    );
  };
  /** What Bolt's HTTPReceiver answered a request that failed its check: its warning, then 401 with no body. */
  const unsigned = (req: IncomingMessage, res: ServerResponse) => {
    boltLogger?.warn(`Failed to parse and verify the request data: ${boltVerifyError(req, signingSecret)}`);
    HTTPModuleFunctions.buildNoBodyResponse(res, 401);
  };
  const pass: Listener = (req, res) => {
    try {
      inner(req, res);
    } catch (error) {
      logger.error({ err: error }, "slack receiver failed on a request");
      if (!res.headersSent) refuse(req, res, 500);
    }
  };
  return {
    get size() {
      return active.size;
    },
    settled(timeoutMs) {
      if (active.size === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        timer.unref();
        waiting.add(done);
      });
    },
  };
}

/** The longest part of an unrouted request's path that its log line keeps. */
const LOGGED_PATH_MAX = 100;

/**
 * Bolt's answer to a request that no route takes (404: any path other than the events path and the
 * health routes, or a method they do not take) or that failed before reaching one (500), as Bolt's
 * default dispatch error handler answers it, but logged as the guard's refusals are: one line a
 * minute per kind, the next one saying how many were suppressed. Bolt's handler logged every such
 * request at info, the level the bot runs at, with its whole target: anyone who can reach the port
 * set the log volume (a line per `GET /anything`) and its content.
 */
export function dispatchErrorHandler(
  logger: Logger,
  warnings: WarningLimiter = new WarningLimiter(),
): (args: ReceiverDispatchErrorHandlerArgs) => void {
  return ({ error, request, response }) => {
    const unrouted = "code" in error && error.code === ErrorCode.HTTPReceiverDeferredRequestError;
    const status = unrouted ? 404 : 500;
    const reason = unrouted ? "no route for the request" : "the request failed before any route";
    const suppressed = warnings.admit(reason);
    if (suppressed !== undefined) {
      const fields = {
        status,
        method: request.method,
        path: (request.url ?? "").slice(0, LOGGED_PATH_MAX),
        suppressed,
      };
      if (unrouted) logger.info(fields, `refused a request: ${reason}`);
      else logger.error({ ...fields, err: error }, `refused a request: ${reason}`);
    }
    if (!response.headersSent) response.writeHead(status);
    response.end();
  };
}

/**
 * The request's signature (`v0=` and the HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing
 * secret) when it is signed, else undefined. Bolt's own rules (verifySlackRequest): a timestamp at
 * most five minutes old, version `v0`, the hash compared in constant time; in one HMAC, where
 * Bolt's check takes three (its constant-time compare HMACs both sides again with a random key).
 * What is returned is the signature computed here, so a captured signature with anything after
 * a second `=` (which Bolt's reading ignores) is still the same signature to the replay check.
 */
export function signedWith(req: IncomingMessage, text: string, signingSecret: string): string | undefined {
  const header = req.headers["x-slack-signature"];
  const stamp = req.headers["x-slack-request-timestamp"];
  // Slack's timestamp is whole seconds in digits, signed as it is sent: another spelling of the
  // same number (`0x…`, `….0`, `+…`) is not what Slack signed, and is refused.
  if (typeof header !== "string" || typeof stamp !== "string" || !TIMESTAMP.test(stamp)) return undefined;
  const timestamp = Number(stamp);
  if (timestamp < Math.floor(Date.now() / 1000) - TIMESTAMP_WINDOW_S) return undefined;
  const [version, hash] = header.split("=", 2);
  if (version !== "v0" || !hash) return undefined;
  const ours = createHmac("sha256", signingSecret).update(`v0:${stamp}:${text}`).digest("hex");
  const theirs = Buffer.from(hash);
  if (theirs.length !== ours.length || !timingSafeEqual(theirs, Buffer.from(ours))) return undefined;
  return `v0=${ours}`;
}

/** X-Slack-Request-Timestamp as Slack writes it: seconds since the epoch, digits only. */
const TIMESTAMP = /^\d{1,12}$/;

/**
 * Why Bolt's check refuses a request, in its words (only ever asked about a refused request). The
 * body only decides whether the hash matches, and the guard has found it does not: Bolt's check
 * is run over an empty body, its reasons the same, with no second and third HMAC of up to 64 KB
 * for each request in a flood of unsigned ones.
 */
function boltVerifyError(req: IncomingMessage, signingSecret: string): string {
  try {
    verifySlackRequest({
      signingSecret,
      body: "",
      headers: {
        "x-slack-signature": HTTPModuleFunctions.getHeader(req, "x-slack-signature"),
        "x-slack-request-timestamp": Number(HTTPModuleFunctions.getHeader(req, "x-slack-request-timestamp")),
      },
    });
    return "Failed to verify authenticity: signature mismatch";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Slack's `app_rate_limited` event (an app sent more than 30,000 events a workspace in an hour;
 * Slack drops the rest for the minute it names), as what to log of it; undefined for any other
 * request. Bolt knows no such kind of request, so the guard acknowledges it.
 */
export function appRateLimited(
  text: string,
  contentType: string | undefined,
): { team_id?: unknown; minute_rate_limited?: unknown } | undefined {
  if (contentType === FORM_TYPE || !text.includes("app_rate_limited")) return undefined;
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (body.type !== "app_rate_limited") return undefined;
    return { team_id: body.team_id, minute_rate_limited: body.minute_rate_limited };
  } catch {
    return undefined;
  }
}

/** The body Bolt leaves of an SSL check (any other field dropped, so nothing rides in unsigned). */
const SSL_CHECK_BODY = Buffer.from("ssl_check=1");

const FORM_TYPE = "application/x-www-form-urlencoded";

/** A form key with a percent escape in it (which could decode to `ssl_check`); linear, no backtracking across keys. */
const ENCODED_FORM_KEY = /(?:^|&)[^=&%]*%/;

/** Slack's SSL check as Bolt recognizes it (parseAndVerifyHTTPRequest): a form whose `ssl_check` is `1`. */
function sslCheck(text: string, contentType: string | undefined): boolean {
  if (contentType !== FORM_TYPE) return false;
  // No key of a form without `ssl_check` or a percent escape in a key can decode to it: nothing to parse.
  if (!text.includes("ssl_check") && !ENCODED_FORM_KEY.test(text)) return false;
  return parse(text).ssl_check === "1";
}

/**
 * Whether a request's URL is `path`, read as Bolt routes it (the pathname of the URL); undefined
 * when Bolt cannot read it at all (its `new URL` throws, and Bolt answers 500).
 */
function isPath(url: string | undefined, path: string): boolean | undefined {
  if (url === path) return true;
  try {
    return new URL(url ?? "/", "http://localhost").pathname === path;
  } catch {
    return undefined;
  }
}

/** Bolt's `start`, with the timeouts and the connection cap on the server it creates. */
function hardenStart(receiver: HTTPReceiver): void {
  const start = receiver.start.bind(receiver) as (
    listen?: number | string | ListenOptions,
    options?: ServerOptions,
  ) => Promise<Server>;
  const hardened = async (listen?: number | string | ListenOptions, options: ServerOptions = {}) => {
    const server = await start(listen, { ...serverOptions(), ...options });
    server.maxConnections = SERVER_LIMITS.maxConnections;
    server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
    server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
    server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
    return server;
  };
  receiver.start = hardened as HTTPReceiver["start"];
}

/** The body, or undefined once it passes `limit` bytes (nothing past the limit is kept). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      if (!req.complete) onError(new Error("aborted"));
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

/** Answers with no body and closes the connection (the rest of a refused body is never read). */
function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  res.writeHead(status, { Connection: "close", "Content-Length": 0 });
  res.end(() => req.destroy());
}

const isObject = (value: unknown): boolean =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Why Bolt could not handle this body, or undefined when it can. Mirrors Bolt's own reading
 * (HTTPModuleFunctions.parseHTTPRequestBody): a form body exactly typed
 * `application/x-www-form-urlencoded` is a query string whose `payload`, when there is one, is
 * JSON; anything else is JSON. Each must be an object, with the fields Bolt reads before any
 * listener runs in the shape Bolt reads them (boltProblem).
 */
export function shapeProblem(body: Buffer, contentType: string | undefined): string | undefined {
  const text = body.toString("utf8");
  let parsed: unknown;
  try {
    if (contentType === FORM_TYPE) {
      // A slash command (most requests): its keys decide, its values are Bolt's to decode.
      const command = slashCommandProblem(text);
      if (command !== NOT_A_COMMAND) return command;
      const form = parse(text);
      // Bolt reads a form without a string `payload` as the form itself (a slash command).
      if (typeof form.payload !== "string") return boltProblem(form);
      parsed = JSON.parse(form.payload);
      if (!isObject(parsed)) return "payload is not a JSON object";
    } else {
      parsed = JSON.parse(text);
      if (!isObject(parsed)) return "body is not a JSON object";
    }
  } catch {
    return "body is not valid JSON";
  }
  return boltProblem(parsed as Record<string, unknown>);
}

const NOT_A_COMMAND = Symbol("not a plain slash command");
/** querystring.parse's default `maxKeys`, which Bolt parses a form with. */
const QUERYSTRING_MAX_KEYS = 1000;

/**
 * boltProblem of a form read by its keys alone, when they make it a slash command Bolt reads as
 * one (a `command`, no `event` or `payload`, no key repeated or written with a percent escape, which
 * a full parse decodes): its fields are then all strings, and only `user_id` can be missing.
 * NOT_A_COMMAND for any other form, which is parsed whole.
 */
function slashCommandProblem(text: string): string | undefined | typeof NOT_A_COMMAND {
  if (ENCODED_FORM_KEY.test(text)) return NOT_A_COMMAND;
  const keys = new Set<string>();
  let from = 0;
  // The next `=` at or after `from`, found again only once passed (-1: none left): one scan of the text.
  let equals = text.indexOf("=");
  while (from <= text.length) {
    const amp = text.indexOf("&", from);
    const end = amp < 0 ? text.length : amp;
    if (equals >= 0 && equals < from) equals = text.indexOf("=", from);
    const key = text.slice(from, equals >= 0 && equals < end ? equals : end).replaceAll("+", " ");
    // A repeated key is a list to Bolt; past querystring's first 1,000 keys, the rest are dropped.
    if (keys.has(key) || keys.size === QUERYSTRING_MAX_KEYS) return NOT_A_COMMAND;
    keys.add(key);
    from = end + 1;
  }
  if (!keys.has("command") || keys.has("event") || keys.has("payload")) return NOT_A_COMMAND;
  return keys.has("user_id") ? undefined : "a command with no user_id";
}

/** The interactive kinds Bolt tells by `type` (getTypeAndConversation); options and actions also by `name` and `actions`. */
const INTERACTIVE: ReadonlySet<string> = new Set([
  "block_suggestion",
  "dialog_submission",
  "shortcut",
  "message_action",
  "view_submission",
  "view_closed",
]);

/** An action as Bolt's matching reads it: an object whose `action_id`, when it has one, is text. */
const isAction = (action: unknown): boolean =>
  isObject(action) && ["undefined", "string"].includes(typeof (action as { action_id?: unknown }).action_id);

/** Absent, or an object Bolt may read a field of (`null` is not: reading a field of it throws). */
const absentOrObject = (value: unknown): boolean =>
  value === undefined || (typeof value === "object" && value !== null);

/**
 * Why Bolt would throw on this signed body before any listener runs (a 500, where the request is
 * what is wrong), or undefined. Bolt's own reads (App.processEvent, buildSource,
 * getTypeAndConversation), in the order it tells the kinds apart:
 * - an event (`event` present): `event` an object; its `channel` a string or an object, its
 *   `item` and `subteam` objects, its `user` not null; the first of `authorizations` an object;
 * - a slash command (`command` present): every field a string, as Slack's form gives them (a
 *   repeated key reads as an array), and a `user_id` (the rate limit's key);
 * - an interactive request (actions, options, shortcuts, views): `user` an object (Bolt reads `user.id`),
 *   `channel` and `view` absent or objects, `actions` absent or a list of objects whose
 *   `action_id` (which Bolt matches with a pattern) is text.
 */
export function boltProblem(body: Record<string, unknown>): string | undefined {
  if (body.event !== undefined) {
    const event = body.event as Record<string, unknown>;
    if (typeof event !== "object" || event === null) return "event is not an object";
    if ("channel" in event && typeof event.channel !== "string" && !absentOrObject(event.channel))
      return "event.channel is neither a string nor an object";
    if ("item" in event && !absentOrObject(event.item)) return "event.item is not an object";
    if ("subteam" in event && !absentOrObject(event.subteam)) return "event.subteam is not an object";
    if (event.user === null) return "event.user is null";
    const authorizations = body.authorizations;
    if (Array.isArray(authorizations) && authorizations.length > 0 && !absentOrObject(authorizations[0]))
      return "authorizations[0] is not an object";
    return undefined;
  }
  if (body.command !== undefined) {
    for (const name in body) if (typeof body[name] !== "string") return "a command field is not a string";
    // Whose command it is: the rate limit's key, which Slack always sends.
    return body.user_id === undefined ? "a command with no user_id" : undefined;
  }
  if (!INTERACTIVE.has(String(body.type)) && body.name === undefined && body.actions === undefined)
    // No kind Bolt knows (url_verification, answered before; app_rate_limited, acknowledged by the guard).
    return undefined;
  if (typeof body.user !== "object" || body.user === null) return "user is not an object";
  if (!absentOrObject(body.channel)) return "channel is not an object";
  if (!absentOrObject(body.view)) return "view is not an object";
  const actions = body.actions;
  if (actions !== undefined && !(Array.isArray(actions) && actions.every(isAction)))
    return "actions is not a list of actions";
  return undefined;
}

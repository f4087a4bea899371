import type { SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import { WarningLimiter } from "../../app/logger.ts";

/** What Slack's SocketModeClient handles itself, before any payload is read. */
const CONTROL: ReadonlySet<unknown> = new Set(["hello", "disconnect"]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A Socket Mode envelope Bolt cannot take, and its id when it has one (to acknowledge it). */
export interface EnvelopeProblem {
  problem: string;
  envelopeId?: string;
}

/**
 * Why Slack's SocketModeClient would fail on this WebSocket message outside any handler (its
 * message handler is async and nobody awaits it: the failure is an unhandled rejection, and the
 * envelope is never acknowledged, so Slack sends it again), or undefined when it can take it. Text
 * that is not JSON the client ignores itself. A JSON value that is not an object fails on its
 * `type`; an envelope whose `payload` is not an object, on the payload's fields (an `events_api`
 * one reads `payload.event.type` before Bolt sees it).
 */
export function envelopeProblem(text: string): EnvelopeProblem | undefined {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(envelope)) return { problem: "envelope is not a JSON object" };
  if (CONTROL.has(envelope.type)) return undefined;
  const at = typeof envelope.envelope_id === "string" ? { envelopeId: envelope.envelope_id } : {};
  const payload = envelope.payload;
  if (!isObject(payload)) return { problem: "payload is not a JSON object", ...at };
  if (envelope.type === "events_api" && !isObject(payload.event))
    return { problem: "an events_api payload with no event object", ...at };
  return undefined;
}

type MessageListener = (data: unknown, isBinary: boolean) => unknown;

/**
 * What stands between Socket Mode's WebSocket and Bolt (as guard.ts does for HTTP): an envelope
 * envelopeProblem refuses is acknowledged when it has an id (Slack does not send it again) and
 * logged (one line a minute), never handed on; any other failure of the client's handler is logged
 * as the receiver's, not left an unhandled rejection.
 */
export function hardenSocketReceiver(
  receiver: SocketModeReceiver,
  logger: Logger,
  warnings = new WarningLimiter(),
): void {
  const client = receiver.client;
  const handlers = client.listeners("ws_message") as MessageListener[];
  // What the client's own ack sends (`{envelope_id, payload: {}}`); typed private, called as its ack calls it.
  const acknowledge = (id: string): Promise<void> =>
    (client as unknown as { send(id: string): Promise<void> }).send(id);
  client.removeAllListeners("ws_message");
  client.on("ws_message", (data: unknown, isBinary: boolean) => {
    // A text frame comes as a string (the client ignores binary ones itself).
    const refused = typeof data === "string" && !isBinary ? envelopeProblem(data) : undefined;
    if (refused) {
      const suppressed = warnings.admit(refused.problem);
      if (suppressed !== undefined)
        logger.warn({ reason: refused.problem, suppressed }, "refused a Socket Mode envelope");
      if (refused.envelopeId !== undefined)
        acknowledge(refused.envelopeId).catch((err: unknown) => {
          logger.warn({ err }, "could not acknowledge a refused Socket Mode envelope");
        });
      return;
    }
    for (const handler of handlers) {
      try {
        Promise.resolve(handler.call(client, data, isBinary)).catch(failed);
      } catch (err) {
        failed(err);
      }
    }
  });
  function failed(err: unknown): void {
    logger.error({ err }, "slack Socket Mode message failed");
  }
}

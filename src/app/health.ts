import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningPlatform } from "../adapters/platform.ts";

/**
 * Liveness and readiness for load balancers and orchestrators:
 * - `GET /healthz`: 200 whenever the process can answer HTTP at all;
 * - `GET /readyz`: 200 when every configured platform reports ready(), otherwise 503 with each
 *   platform's state (`starting` until it has started, `ready`, `not ready`, `stopping`).
 * In Slack HTTP mode both are routes on Bolt's own server; in every other mode with a platform
 * they are served by `startHealthServer` on PORT. The console opens no port.
 */
export const HEALTHZ_PATH = "/healthz";
export const READYZ_PATH = "/readyz";

/**
 * The limits of every HTTP server the bot opens (Bolt's in Slack HTTP mode, slack/guard.ts; the
 * standalone health server): an outsider holding connections open, or sending a request a byte
 * at a time, ties up at most this many for at most this long.
 */
export const SERVER_LIMITS = {
  /** A request must arrive whole (headers and body) within this. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  /** How often Node checks the two timeouts above. */
  checkIntervalMs: 1_000,
  maxConnections: 2_048,
} as const;

/** The server options for `http.createServer` (Bolt's `start` passes them on). */
export const serverOptions = (): ServerOptions => ({
  requestTimeout: SERVER_LIMITS.requestTimeoutMs,
  headersTimeout: SERVER_LIMITS.headersTimeoutMs,
  keepAliveTimeout: SERVER_LIMITS.keepAliveTimeoutMs,
  connectionsCheckingInterval: SERVER_LIMITS.checkIntervalMs,
});

/** The methods the health routes answer; a load balancer's check may be either. */
const READ_METHODS = ["GET", "HEAD"] as const;
/** Any other method Node accepts on a health path: 405 with `Allow`, on Bolt's server as on the standalone one. */
const OTHER_METHODS = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type PlatformState = "starting" | "ready" | "not ready" | "stopping";
type PlatformName = RunningPlatform["name"];

export interface Readiness {
  ok: boolean;
  platforms: Partial<Record<PlatformName, PlatformState>>;
}

/** A GET route in the shape Bolt's `customRoutes` takes, also served by the standalone server. */
export interface HealthRoute {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

export class Health {
  private readonly expected = new Set<PlatformName>();
  private readonly running = new Map<PlatformName, RunningPlatform>();
  private stopping = false;

  /** The platforms this process was configured for: each is `starting` until tracked. */
  expect(names: readonly PlatformName[]): void {
    for (const name of names) this.expected.add(name);
  }

  /** A platform that has started; its own ready() decides from now on. */
  track(platform: RunningPlatform): void {
    this.expected.add(platform.name);
    this.running.set(platform.name, platform);
  }

  /** Shutting down: not ready any more, whatever the platforms say. */
  beginStopping(): void {
    this.stopping = true;
  }

  readiness(): Readiness {
    const platforms: Readiness["platforms"] = {};
    for (const name of this.expected) {
      const platform = this.running.get(name);
      platforms[name] = this.stopping
        ? "stopping"
        : !platform
          ? "starting"
          : safeReady(platform)
            ? "ready"
            : "not ready";
    }
    const states = Object.values(platforms);
    return { ok: states.length > 0 && states.every((state) => state === "ready"), platforms };
  }

  /** `/healthz` and `/readyz`, for Bolt's customRoutes or the standalone server (HEAD as GET, without the body). */
  routes(): HealthRoute[] {
    return [
      {
        path: HEALTHZ_PATH,
        method: [...READ_METHODS],
        handler: (_req, res) => sendJson(res, 200, { ok: true }),
      },
      {
        path: READYZ_PATH,
        method: [...READ_METHODS],
        handler: (_req, res) => {
          const readiness = this.readiness();
          sendJson(res, readiness.ok ? 200 : 503, readiness);
        },
      },
    ];
  }
}

function safeReady(platform: RunningPlatform): boolean {
  try {
    return platform.ready();
  } catch {
    return false;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
  });
  res.end(text);
}

/** The process's one health state: main.ts tracks the platforms, the servers read it. */
export const health = new Health();

/**
 * `/healthz` and `/readyz` on Bolt's HTTP server (Slack HTTP mode), reading the process's
 * health: the same routes the standalone server serves when Bolt has none.
 */
export const healthRoutes: readonly HealthRoute[] = withNotAllowed(health.routes());

/** Each route, then the same path for every other method answered 405 (Bolt answers an unrouted method 404). */
function withNotAllowed(routes: readonly HealthRoute[]): HealthRoute[] {
  return [
    ...routes,
    ...routes.map((route) => ({
      path: route.path,
      method: [...OTHER_METHODS],
      handler: (_req: IncomingMessage, res: ServerResponse) => notAllowed(res, route.method),
    })),
  ];
}

function notAllowed(res: ServerResponse, allowed: readonly string[]): void {
  res.setHeader("Allow", allowed.join(", "));
  sendJson(res, 405, { ok: false });
}

/** A small HTTP server with only `/healthz` and `/readyz`, for modes where Bolt has no server. */
export async function startHealthServer(
  port: number,
  state: Health = health,
  host?: string,
): Promise<Server> {
  const routes = state.routes();
  // The same timeouts and connection cap as Bolt's server: Node's own defaults kept a request
  // that never finished its headers for a minute, and any number of them.
  const server = createServer(serverOptions(), (req, res) => {
    const path = (req.url ?? "/").split("?", 1)[0];
    const route = routes.find((r) => r.path === path);
    if (!route) return sendJson(res, 404, { ok: false });
    if (!route.method.includes(req.method ?? "")) return notAllowed(res, route.method);
    route.handler(req, res);
  });
  server.maxConnections = SERVER_LIMITS.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

export const portOf = (server: Server): number => (server.address() as AddressInfo).port;

/** Stops accepting connections and closes idle keep-alive ones; resolves when the server is closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

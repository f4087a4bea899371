import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";

/**
 * The part of `fetch` the Slack Web API client uses (web-api's `fetch` option: a POST with a
 * string body, `redirect: "error"`, an abort signal; the response's status, headers and text),
 * over node:http. The client for the start's one auth.test call uses it: Node's global fetch
 * compiles undici the first time it is called, a tenth of the time to ready in Slack HTTP mode
 * (README, Performance), for a call node:http makes as well.
 */
export function fetchOverHttp(url: string | URL, init: RequestInit = {}): Promise<Response> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: init.method ?? "GET",
        headers: init.headers as Record<string, string> | undefined,
        ...(init.signal ? { signal: init.signal } : {}),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // As fetch with `redirect: "error"` does: a redirect is a network error, not a response.
        if (init.redirect === "error" && status >= 300 && status < 400) {
          response.resume();
          reject(new TypeError("fetch failed: unexpected redirect"));
          return;
        }
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => resolve(responseOf(target.href, response, Buffer.concat(chunks))));
      },
    );
    request.on("error", reject);
    request.end(typeof init.body === "string" ? init.body : undefined);
  });
}

/** The fields of a fetch Response the Web API client reads, over a finished node:http response. */
function responseOf(url: string, response: IncomingMessage, body: Buffer): Response {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const status = response.statusCode ?? 0;
  return {
    url,
    status,
    statusText: response.statusMessage ?? "",
    ok: status >= 200 && status < 300,
    headers: {
      get: (name: string) => headers.get(name.toLowerCase()) ?? null,
      has: (name: string) => headers.has(name.toLowerCase()),
      entries: () => headers.entries(),
    },
    text: async () => body.toString("utf8"),
    json: async () => JSON.parse(body.toString("utf8")),
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
  } as unknown as Response;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { fetchOverHttp } from "../../../src/adapters/slack/httpFetch.ts";

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A loopback server answering with `handle`; resolves to its base URL. */
async function serve(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => void,
): Promise<string> {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on("end", () => handle(req, body, res));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("fetchOverHttp: the fetch the start's auth.test client uses", () => {
  it("sends the method, headers and body, and reads status, headers and text as fetch does", async () => {
    const seen: { method?: string; type?: string; body?: string } = {};
    const base = await serve((req, body, res) => {
      Object.assign(seen, { method: req.method, type: req.headers["content-type"], body });
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("X-OAuth-Scopes", "commands, chat:write");
      res.setHeader("Set-Cookie", ["a=1", "b=2"]);
      res.writeHead(200, "OK");
      res.end('{"ok":true,"user_id":"U0FLOPSBOT"}');
    });
    const response = await fetchOverHttp(`${base}/api/auth.test`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "token=xoxb-test",
    });
    expect(seen).toEqual({
      method: "POST",
      type: "application/x-www-form-urlencoded",
      body: "token=xoxb-test",
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/api/auth.test`);
    // Header names are case-insensitive; repeated headers are joined as fetch joins them.
    expect(response.headers.get("x-oauth-scopes")).toBe("commands, chat:write");
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("set-cookie")).toBe("a=1, b=2");
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toEqual({ ok: true, user_id: "U0FLOPSBOT" });
  });

  it("rejects a redirect when asked to (web-api sends redirect: error), as fetch does", async () => {
    const base = await serve((_req, _body, res) => {
      res.writeHead(302, { Location: "http://example.invalid/" });
      res.end();
    });
    await expect(
      fetchOverHttp(`${base}/api/auth.test`, { method: "POST", redirect: "error" }),
    ).rejects.toThrow(TypeError);
  });

  it("stops waiting when the signal aborts (web-api's timeout)", async () => {
    const base = await serve(() => {
      // never answers
    });
    const started = performance.now();
    await expect(
      fetchOverHttp(`${base}/api/auth.test`, { method: "POST", signal: AbortSignal.timeout(100) }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("rejects when nothing listens (a network error: the bot starts anyway)", async () => {
    const base = await serve(() => undefined);
    server?.close();
    await expect(fetchOverHttp(`${base}/api/auth.test`, { method: "POST" })).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
  });

  it("is what the real Web API client needs: auth.test's result, scopes and a refusal", async () => {
    let answer = { ok: true, team_id: "T0001", user_id: "U0FLOPSBOT", bot_id: "B0FLOPSBOT" } as object;
    const base = await serve((_req, _body, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "X-OAuth-Scopes": "commands,chat:write" });
      res.end(JSON.stringify(answer));
    });
    const client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: `${base}/api/`,
      fetch: fetchOverHttp,
      retryConfig: { retries: 0 },
    });
    const result = await client.auth.test();
    expect(result).toMatchObject({ ok: true, bot_id: "B0FLOPSBOT", user_id: "U0FLOPSBOT" });
    expect(result.response_metadata?.scopes).toEqual(["commands", "chat:write"]);
    answer = { ok: false, error: "invalid_auth" };
    await expect(client.auth.test()).rejects.toMatchObject({
      code: webApi.ErrorCode.PlatformError,
      data: { error: "invalid_auth" },
    });
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback stand-in for Slack's Web API as the bot meets it at start: every method answers
 * `auth.test`'s success (the bot's team, user and bot ids). `url` is what SLACK_API_URL takes.
 */
export async function startSlackApiStandIn(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ ok: true, team_id: "T0001", user_id: "U0FLOPSBOT", bot_id: "B0FLOPSBOT" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/` };
}

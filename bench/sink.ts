/** Stands in for Slack: response_url posts and the Web API, answered at once. Prints {"port": n}. */
import { createServer } from "node:http";

let posts = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    if (req.url?.startsWith("/respond")) posts++;
    if (req.url === "/count") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ posts }));
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(
      req.url?.startsWith("/api/auth.test")
        ? JSON.stringify({ ok: true, team_id: "T0001", user_id: "U0BENCH", bot_id: "B0BENCH" })
        : JSON.stringify({ ok: true }),
    );
  });
});
server.keepAliveTimeout = 30_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
});

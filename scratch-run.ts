import { registry } from "./src/commands/registry.ts";
import { respondToText } from "./src/commands/respond.ts";
import { localize } from "./src/reply/localize.ts";
for (const line of process.argv.slice(2)) {
  const reply = respondToText(registry, line, { lang: "en" });
  const r = localize(reply, "en") as any;
  console.log("=== " + line);
  console.log(JSON.stringify(r, null, 0).slice(0, 6000));
  console.log(JSON.stringify(reply.result));
}

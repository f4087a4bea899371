import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Vitest's global setup, once before every test file: the tests that run dist/ (start-up, the
 * Slack bundle, the bundle `npm ci` builds) run the bundle of the sources as they are. The `flops`
 * command rebuilds a bundle older than the sources before it answers (bin/flops.js), so asking it
 * once is that check; a fresh install's bundle is current and is left as built.
 */
export function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const out = spawnSync(process.execPath, ["bin/flops.js", "help"], { cwd: root, encoding: "utf8" });
  if (out.status !== 0) throw new Error(`bin/flops.js help exited ${out.status}: ${out.stderr}`);
}

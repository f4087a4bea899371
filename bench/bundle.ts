import { copyFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { type BuildOptions, build } from "esbuild";

/** How the bench bundles code: as scripts/build.mjs bundles dist/, one minified ES module for Node 20. */
export const LIKE_DIST: BuildOptions = {
  bundle: true,
  minify: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
};

/** The packages dist/ leaves outside its bundle (loaded from node_modules at run time). */
const EXTERNAL = ["pino", "@slack/bolt", "discord.js", "@resvg/resvg-js", "ioredis", "rate-limiter-flexible"];

/**
 * Bundles `entry` into `outfile` as dist/ bundles the bot, resolving packages from `root`'s
 * node_modules (where the packages left outside also resolve at run time: `outfile` lies under
 * `root`), with mathjs's parser beside it as dist/ loads it on first use (src/core/mathjs.ts), so
 * the bench runs the code the bot does (dist/ is built first).
 */
export async function bundleLikeDist(entry: string, outfile: string, root: string): Promise<void> {
  await build({
    ...LIKE_DIST,
    entryPoints: [entry],
    nodePaths: [join(root, "node_modules")],
    external: EXTERNAL,
    outfile,
  });
  const mathjs = join(root, "dist/mathjs-number.cjs");
  if (existsSync(mathjs)) copyFileSync(mathjs, join(dirname(outfile), "mathjs-number.cjs"));
}

/**
 * `npm run bench:ab -- A [B] [--question "…"]…`: two builds of the command layer compared in one
 * process, taking turns. On a machine whose speed wanders by a third from one minute to the next
 * (README, Performance), two separate runs of `npm run bench` cannot resolve a change of a few per
 * cent; two builds that take turns 300 questions at a time meet the same load.
 *
 * A and B are git revisions, or `.` for the working tree (B's default). Each is bundled like the
 * bench's command layer (only its `src/`; the mix is this tree's `bench/inputs.ts`, so both answer
 * the same questions). Without `--question`: the mix in turn, as the bench's first rows measure it
 * (its window, then the next 45,000). With `--question` (repeatable): each question alone, after the
 * mix has warmed both. With `--answer`, each side asks through answer() as the bench's `answer()`
 * rows do (a rate limiter, a log line to /dev/null), so a change to that layer can be measured.
 * Prints each side's mean µs a question and B over A.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { createAnswerer } from "../src/app/answer.ts";
import type { createLogger, logDestination } from "../src/app/logger.ts";
import type { RateLimiter } from "../src/app/rateLimit.ts";
import type { Registry } from "../src/dispatch/registry.ts";
import type { respondToText } from "../src/dispatch/respond.ts";
import { bundleLikeDist } from "./bundle.ts";
import { MIX } from "./inputs.ts";

interface Layer {
  registry: Registry;
  respondToText: typeof respondToText;
  createAnswerer: typeof createAnswerer;
  createLogger: typeof createLogger;
  logDestination: typeof logDestination;
  RateLimiter: typeof RateLimiter;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CACHE = join(ROOT, "node_modules/.cache/flopsbot-ab");

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { question: { type: "string", multiple: true }, answer: { type: "boolean" } },
});
const [revA, revB = "."] = positionals;
if (revA === undefined || positionals.length > 2) {
  process.stderr.write(
    'usage: npm run bench:ab -- A [B] [--answer] [--question "…"]…  (git revisions, `.` the working tree)\n',
  );
  process.exit(2);
}

/** The command layer of `rev` bundled into the cache under `label`, as the bench bundles its own. */
async function bundleLayer(label: string, rev: string): Promise<string> {
  const dir = join(CACHE, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let tree = ROOT;
  if (rev !== ".") {
    // The revision's sources only, unpacked beside the bundle (no shell: the revision is an argument).
    tree = join(dir, "tree");
    mkdirSync(tree);
    const archive = join(dir, "src.tar");
    execFileSync("git", ["archive", "--format=tar", `--output=${archive}`, rev, "src"], { cwd: ROOT });
    execFileSync("tar", ["-x", "-f", archive, "-C", tree]);
  }
  const entry = join(dir, "entry.ts");
  const from = (path: string) => JSON.stringify(join(tree, path));
  writeFileSync(
    entry,
    [
      `export { registry } from ${from("src/commands/registry.ts")};`,
      `export { respondToText } from ${from("src/dispatch/respond.ts")};`,
      `export { createAnswerer } from ${from("src/app/answer.ts")};`,
      `export { createLogger, logDestination } from ${from("src/app/logger.ts")};`,
      `export { RateLimiter } from ${from("src/app/rateLimit.ts")};`,
      "",
    ].join("\n"),
  );
  const outfile = join(dir, "layer.mjs");
  await bundleLikeDist(entry, outfile, ROOT);
  return outfile;
}

const layers = (await Promise.all([bundleLayer("a", revA), bundleLayer("b", revB)]).then((files) =>
  Promise.all(files.map((file) => import(pathToFileURL(file).href))),
)) as [Layer, Layer];
/** Each side's question in, reply out: the bare layer, or (`--answer`) answer() as bench/commands.ts sets it up. */
const ask = layers.map((layer): ((line: string, i: number) => unknown) => {
  if (!values.answer) return (line) => layer.respondToText(layer.registry, line, { lang: "en" });
  const { answer } = layer.createAnswerer({
    registry: layer.registry,
    limiter: new layer.RateLimiter({ perMinute: 1e9 }),
    logger: layer.createLogger("info", layer.logDestination("/dev/null")),
  });
  return (text, i) => answer({ platform: "slack", userId: `U${i % 1000}`, lang: "en", text });
});

const CHUNK = 300;
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** µs a question for A and B over `count` questions (`lineAt(i)`), in chunks taking turns, the first side alternating. */
async function takeTurns(
  from: number,
  count: number,
  lineAt: (i: number) => string,
): Promise<[number, number]> {
  const total = [0, 0];
  for (let start = from; start < from + count; start += CHUNK) {
    const order = ((start - from) / CHUNK) % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) {
      const answer = ask[side] as (line: string, i: number) => unknown;
      const begin = performance.now();
      for (let i = start; i < start + CHUNK; i++) answer(lineAt(i), i);
      total[side] = (total[side] ?? 0) + performance.now() - begin;
      await turn();
    }
  }
  return [((total[0] ?? 0) / count) * 1000, ((total[1] ?? 0) / count) * 1000];
}

const mixAt = (i: number) => MIX[i % MIX.length] ?? "";
const said = ([a, b]: [number, number]) =>
  `A ${a.toFixed(1)} µs, B ${b.toFixed(1)} µs, B/A ${(b / a).toFixed(3)}`;
process.stdout.write(
  `A = ${revA}, B = ${revB}, ${values.answer ? "through answer()" : "the bare layer"}, Node ${process.version}\n`,
);
if (!values.question) {
  await takeTurns(0, 6_000, mixAt);
  process.stdout.write(
    `the mix, the bench's window (45,000 each): ${said(await takeTurns(6_000, 45_000, mixAt))}\n`,
  );
  process.stdout.write(`the mix, the next 45,000: ${said(await takeTurns(51_000, 45_000, mixAt))}\n`);
} else {
  await takeTurns(0, 39_900, mixAt);
  for (const question of values.question) {
    process.stdout.write(
      `${JSON.stringify(question)}: ${said(await takeTurns(0, 12_000, () => question))}\n`,
    );
  }
}

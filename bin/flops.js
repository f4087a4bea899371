#!/usr/bin/env node
// The `flops` command. Runs the bundle in dist/ (no TypeScript at run time). `npm ci` builds it;
// when it is missing or older than the sources (a checkout being edited), it is rebuilt once here;
// only when that cannot happen (no esbuild) do the TypeScript sources run through tsx's loader.
import { existsSync, readdirSync, statSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";

// Node 22.1 and later keep V8's compiled code on disk between runs (a no-op on Node 20).
module.enableCompileCache?.();

const bundle = new URL("../dist/adapters/cli/bin.js", import.meta.url);
const sources = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * Whether nothing under `dir` (files and folders: an edit, an added or removed file) is newer than
 * `built`. A walk of its own: on Node 20 the first `readdirSync(…, { recursive: true })` costs
 * four times this whole check (README, Performance).
 */
function nothingNewerIn(dir, built) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}${entry.name}`;
    if (statSync(path).mtimeMs > built) return false;
    if (entry.isDirectory() && !nothingNewerIn(`${path}/`, built)) return false;
  }
  return true;
}

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  if (!existsSync(sources)) return true;
  return nothingNewerIn(sources, statSync(bundle).mtimeMs);
}

async function rebuilt() {
  if (!existsSync(sources)) return false;
  try {
    const { buildBundle } = await import("../scripts/build.mjs");
    await buildBundle();
    return true;
  } catch {
    return false;
  }
}

if (bundleIsCurrent() || (await rebuilt())) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/adapters/cli/bin.ts");
}

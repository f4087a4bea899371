#!/usr/bin/env node
// The `flops` command. Runs the bundle from `npm run build` (dist/, no TypeScript at run time)
// when there is one that is not older than the sources; otherwise the TypeScript sources
// through tsx's loader, so a fresh clone works before any build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/adapters/cli/bin.js", import.meta.url);
const sources = fileURLToPath(new URL("../src/", import.meta.url));

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  if (!existsSync(sources)) return true;
  const built = statSync(bundle).mtimeMs;
  return readdirSync(sources, { recursive: true }).every((file) => statSync(sources + file).mtimeMs <= built);
}

if (bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/adapters/cli/bin.ts");
}

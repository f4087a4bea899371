import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "flopsbot-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the build script alone, as in a production install or a Docker layer without src/. */
function runBuildScriptIn(dir: string, args: string[]) {
  mkdirSync(join(dir, "scripts"), { recursive: true });
  copyFileSync(join(root, "scripts/build.mjs"), join(dir, "scripts/build.mjs"));
  return spawnSync(process.execPath, ["scripts/build.mjs", ...args], { cwd: dir, encoding: "utf8" });
}

describe("the bundle that npm ci builds (prepare)", () => {
  it("is in place after install and answers on its own, with no TypeScript loader", () => {
    const bundle = join(root, "dist/adapters/cli/bin.js");
    expect(existsSync(bundle)).toBe(true);
    const out = spawnSync(process.execPath, [bundle, "175B", "300B"], { encoding: "utf8" });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain("3.15 × 10²³ FLOP");
  });

  it("skips quietly where there are no sources (a Docker layer before COPY src)", () => {
    const out = runBuildScriptIn(join(scratch, "no-src"), ["--if-possible"]);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe("");
  });

  it("never fails an install that has sources but no esbuild (npm ci --omit=dev), and says so", () => {
    const dir = join(scratch, "no-esbuild");
    mkdirSync(join(dir, "src"), { recursive: true });
    const out = runBuildScriptIn(dir, ["--if-possible"]);
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/esbuild is not installed/);
  });

  it("fails loudly when asked to build (npm run build) and it cannot", () => {
    const dir = join(scratch, "build");
    mkdirSync(join(dir, "src"), { recursive: true });
    const out = runBuildScriptIn(dir, []);
    expect(out.status).not.toBe(0);
  });
});

/**
 * The word `chart` in the terminal, where a chart can only go into a file: the answer says how to
 * get one (`--chart FILE.png`) instead of the word vanishing without a trace.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { consoleOutput } from "../../support/console.ts";

const root = new URL("../../../", import.meta.url).pathname;
const flops = (args: string[]) =>
  spawnSync("node", ["bin/flops.js", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });

const SAYS_FILE = /The terminal draws a chart into a file: .*--chart/s;

describe("`chart` typed in the terminal with no file to draw in", () => {
  it("the console answers (4 H100 for 70B in bf16) and says the chart needs --chart FILE.png", async () => {
    const { out, failures } = await consoleOutput("cards 70B gpu=H100 chart\n175B 300B\n", false);
    expect(failures).toBe(0);
    expect(out).toMatch(/Cards needed +4 NVIDIA H100/);
    expect(out.replace(/\s+/g, " ")).toMatch(SAYS_FILE);
    // Only the line that asked for a chart says so.
    expect(out.match(/draws a chart into a file/g)?.length).toBe(1);
  });

  it("flops … chart says it; with --chart FILE.png the chart is written and nothing is said", () => {
    const asked = flops(["cards", "70B", "gpu=H100", "chart"]);
    expect(asked.status).toBe(0);
    expect(asked.stdout.replace(/\s+/g, " ")).toMatch(SAYS_FILE);
    const file = join(mkdtempSync(join(tmpdir(), "flops-chart-")), "cards.png");
    const written = flops(["cards", "70B", "gpu=H100", "chart", "--chart", file]);
    expect(written.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(written.stdout).not.toContain("draws a chart into a file");
    // A command with no chart keeps its own note, not this one.
    const gpus = flops(["gpus", "h100", "chart"]);
    expect(gpus.stdout).toContain("No chart for gpus");
    expect(gpus.stdout).not.toContain("draws a chart into a file");
  });
});

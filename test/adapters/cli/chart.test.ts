import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../../src/adapters/cli/args.ts";
import { width } from "../../../src/adapters/cli/width.ts";

const root = new URL("../../../", import.meta.url).pathname;
const flops = (args: string[]) =>
  spawnSync("node", ["bin/flops.js", ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("the terminal's --chart and --width", () => {
  it("reads --chart FILE and --width N (either spelling)", () => {
    expect(parseCliArgs(["--chart", "a.png", "--width=60", "175B"], {})).toMatchObject({
      chart: "a.png",
      width: 60,
      words: ["175B"],
    });
    expect(parseCliArgs(["--width", "abc", "175B"], {}).width).toBeUndefined();
    expect(parseCliArgs(["--width", "abc", "175B"], {}).bad).toEqual({ flag: "--width", value: "abc" });
    expect(parseCliArgs(["--width=0", "175B"], {}).bad).toEqual({ flag: "--width", value: "0" });
    expect(parseCliArgs(["--width", "100", "175B"], {}).bad).toBeUndefined();
  });

  it("writes the chart after printing the answer, and says where on stderr", () => {
    const file = join(mkdtempSync(join(tmpdir(), "flops-chart-")), "cards.png");
    const out = flops(["cards", "70B", "gpu=H100", "--chart", file, "--width", "60"]);
    expect(out.status).toBe(0);
    // 70B × 2 bytes + 10% overhead = 154 GB → ⌈154 / 72⌉ = 3 H100 80GB cards.
    expect(out.stdout).toMatch(/Cards needed\s+4 NVIDIA H100/);
    for (const line of out.stdout.split("\n"))
      if (!line.includes("https://")) expect(width(line)).toBeLessThanOrEqual(60);
    expect(out.stderr).toContain(`Chart written to ${file} (1200×`);
    expect(PNG.sync.read(readFileSync(file)).width).toBe(1200);
  });

  it("a question typed in Chinese with no --lang: the chart's lines on stderr are in zh-TW too", () => {
    const folder = mkdtempSync(join(tmpdir(), "flops-chart-"));
    const file = join(folder, "cards.png");
    const out = flops(["70B", "在", "H100", "上推論要幾張卡？", "--chart", file]);
    expect(out.stdout).toMatch(/需要的卡數\s+4 張 NVIDIA H100/);
    expect(out.stderr).toContain(`圖表已寫入 ${file}（1200×`);
    const missing = join(folder, "no-such-folder", "cards.png");
    const failed = flops(["70B", "在", "H100", "上推論要幾張卡？", "--chart", missing]);
    expect(failed.stderr).toBe(
      `flops：無法把圖表寫入 ${missing}：ENOENT: no such file or directory。上面的回答不受影響。\n`,
    );
    expect(failed.status).toBe(2);
  });

  it("a chart file that cannot be written: the answer, then one line saying why, exit 2", () => {
    const folder = mkdtempSync(join(tmpdir(), "flops-chart-"));
    const file = join(folder, "no-such-folder", "cards.png");
    const out = flops(["cards", "70B", "gpu=H100", "--chart", file]);
    expect(out.stdout).toMatch(/Cards needed\s+4 NVIDIA H100/);
    expect(out.stderr).toBe(
      `flops: could not write the chart to ${file}: ENOENT: no such file or directory. The answer above stands.\n`,
    );
    expect(out.status).toBe(2);
    // A folder where the file should be.
    const onFolder = flops(["cards", "70B", "gpu=H100", "--chart", folder]);
    expect(onFolder.stderr).toMatch(
      /^flops: could not write the chart to .*: EISDIR: illegal operation on a directory\./,
    );
    expect(onFolder.status).toBe(2);
  });
});

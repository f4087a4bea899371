import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../../src/adapters/cli/args.ts";
import { consoleOutput } from "../../support/console.ts";

const root = new URL("../../../", import.meta.url).pathname;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD)_|^LANG$|^LC_ALL$/.test(k)),
);

function run(command: string, args: string[], input?: string) {
  const out = spawnSync(command, args, {
    cwd: root,
    env: { ...cleanEnv, NO_COLOR: "1" },
    input,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

const flops = (args: string[], input?: string) => run("node", ["bin/flops.js", ...args], input);

describe("the terminal (flops bin)", () => {
  it("prints aligned text and exits 0", () => {
    const { status, stdout } = flops(["175B", "300B"]);
    expect(status).toBe(0);
    expect(stdout).toContain("3.15 × 10²³ FLOP");
    expect(stdout).toMatch(/Training compute \(6ND\) +3\.15/);
  });

  it("--json prints one object in the documented contract", () => {
    const { status, stdout } = flops([
      "--json",
      "mfu",
      "671B",
      "14.8T",
      "gpu=H800",
      "gpu-hours=2.664M",
      "active=37B",
    ]);
    expect(status).toBe(0);
    const reply = JSON.parse(stdout);
    expect(Object.keys(reply).sort()).toEqual(["command", "ok", "readAs", "result", "warnings"]);
    // How the question was read: canonical option names, base units, the assumed ones listed.
    expect(reply.readAs).toEqual({
      command: "mfu",
      params: 671e9,
      tokens: 14.8e12,
      gpu: "h800-sxm",
      "gpu-hours": 2.664e6,
      active: 37e9,
      precision: "bf16",
      assumed: ["precision"],
    });
    expect(reply.command).toBe("mfu");
    expect(reply.result.mfu).toBeCloseTo(0.346, 3);
    expect(reply.result.peakFlopsPerGpu).toBe(989.4e12);
    expect(Object.keys(reply.result)).toEqual(
      expect.arrayContaining(["mfu", "modelFlops", "gpuSeconds", "peakFlopsPerGpu"]),
    );
  });

  it("a --lang or --width it cannot use: one line on stderr saying what works, no answer, exit 2", () => {
    const lang = flops(["--lang", "fr", "175B", "300B"]);
    expect(lang.status).toBe(2);
    expect(lang.stdout).toBe("");
    expect(lang.stderr).toBe("flops: --lang fr is not a language I speak: use --lang en or --lang zh-TW.\n");
    const width = flops(["--width", "wide", "175B", "300B"]);
    expect(width.status).toBe(2);
    expect(width.stdout).toBe("");
    expect(width.stderr).toBe(
      "flops: --width wide is not a number of columns: use a whole number, e.g. --width 100.\n",
    );
  });

  it("exits 2 on bad input with the error and an example", () => {
    const { status, stdout } = flops(["175B", "300B", "gpu=H10O"]);
    expect(status).toBe(2);
    expect(stdout).toContain("H100");
    expect(stdout).toContain("Try: /flops");
    const asJson = JSON.parse(flops(["--json", "mfuu"]).stdout);
    expect(asJson.ok).toBe(false);
    expect(asJson.error).toContain("mfu");
  });

  it("batch: piped lines with --json give JSON Lines in order, a bad line not stopping the rest", () => {
    const { status, stdout, stderr } = flops(
      ["--json"],
      "175B 300B\n/flops chinchilla 70B\nnonsense 1->\n\ngpus h100\n",
    );
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok)).toEqual([true, true, false, true]);
    expect(lines[0].result.flops).toBeCloseTo(3.15e23, -20);
    expect(lines[1].result.tokens).toBe(1.4e12);
    expect(lines[3].result.gpus.length).toBe(3);
    expect(status).toBe(2);
    // Nothing on stderr: the console's banner (how to connect Slack or Discord) is npm start's.
    expect(stderr).toBe("");
    expect(flops([], "175B 300B\n").stderr).toBe("");
  });

  it("npm start with no tokens opens the console, which works through a pipe and says how to connect", () => {
    const { status, stdout, stderr } = run("npm", ["start", "--silent"], "175B 300B\nexit\n175B 300B\n");
    expect(status).toBe(0);
    expect(stdout.match(/3\.15 × 10²³ FLOP/g)?.length).toBe(1);
    expect(stderr).toContain("SLACK_BOT_TOKEN");
    expect(stderr).toContain("DISCORD_TOKEN");
  });

  it("npm start's console reads the flops command's flags and a Chinese line, never dropping them", () => {
    // A line in Chinese is answered in zh-TW when no language was chosen, as `flops` and the chat
    // adapters answer it (it came back in English); a bad line makes the exit status 2.
    const zh = run("npm", ["start", "--silent"], "需要幾張 H100 部署 700億 參數\n175 300\n");
    expect(zh.stdout).toContain("解讀為：70B (700 億) 參數 · H100 SXM5 80GB");
    expect(zh.stdout).toContain("175 parameters is too small");
    expect(zh.status).toBe(2);
    // --lang zh-TW was ignored: 6 × 175B × 300B = 3.15e23 FLOP, headed in Chinese.
    // The bundle npm start just built, run directly (each npm start builds it again).
    const start = (args: string[], input: string) => run("node", ["dist/main.js", ...args], input);
    const chosen = start(["--lang", "zh-TW"], "175B 300B\n");
    expect(chosen.stdout).toMatch(/^訓練算力：175B/m);
    expect(chosen.status).toBe(0);
    // A question after `--` opened the console, which read nothing from an empty stdin: it is answered.
    const once = start(["175B", "300B"], "");
    expect(once.stdout).toContain("Read as: 175B parameters · 300B tokens");
    expect(once.stdout).toContain("3.15 × 10²³ FLOP");
    const fr = start(["--lang", "fr"], "175B 300B\n");
    expect(fr.status).toBe(2);
    expect(fr.stderr).toContain("--lang fr is not a language I speak");
    expect(fr.stdout).toBe("");
  }, 60_000);
});

describe("--version", () => {
  it("flops --version prints the package's name and version and reads no question", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", `file://${root}`), "utf8")) as {
      name: string;
      version: string;
    };
    const { status, stdout } = flops(["--version"]);
    expect(status).toBe(0);
    expect(stdout).toBe(`${pkg.name} ${pkg.version}\n`);
    expect(parseCliArgs(["--version"], {}).words).toEqual([]);
    // A word of a question is still a word: `version` alone is not the flag.
    expect(parseCliArgs(["version"], {}).version).toBe(false);
  });
});

describe("npm start --help", () => {
  it("says what the start does and where its settings go, and exits 0 without opening the console", () => {
    // A bad setting does not stand in the way of reading how to fix it.
    const out = spawnSync("npm", ["start", "--silent", "--", "--help"], {
      cwd: root,
      env: { ...cleanEnv, NO_COLOR: "1", PORT: "eighty" },
      input: "175B 300B\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(
      /^Usage: npm start \[-- --json\] \[--lang zh-TW\] \[--width N\] \[question\]\n/,
    );
    expect(out.stdout).toContain("DISCORD_TOKEN and DISCORD_APPLICATION_ID");
    expect(out.stdout).toContain(".env.example");
    expect(out.stdout).toContain("npx flops --help");
    expect(out.stdout).not.toContain("FLOP");
    expect(out.stderr).toBe("");
    const zh = spawnSync("node", ["dist/main.js", "-h"], {
      cwd: root,
      env: { ...cleanEnv, LANG: "zh_TW.UTF-8" },
      encoding: "utf8",
    });
    expect(zh.stdout).toMatch(/^用法：npm start/);
  });
});

describe("the console", () => {
  it("takes commands with or without /flops until exit", async () => {
    const { out, failures } = await consoleOutput(
      "/flops 175B 300B\nchinchilla 175B\nquit\n175B 300B\n",
      false,
    );
    expect(out.match(/3\.15 × 10²³ FLOP/g)?.length).toBe(1);
    expect(out).toContain("3.5T tokens");
    expect(failures).toBe(0);
  });

  it("counts bad lines", async () => {
    const { out, failures } = await consoleOutput("175B 300B\n175BB\n", true);
    expect(out.trim().split("\n")).toHaveLength(2);
    expect(failures).toBe(1);
  });
});

describe("terminal arguments", () => {
  it("--lang, LC_ALL and LANG choose the language, --lang first", () => {
    expect(parseCliArgs(["--lang", "zh-TW", "175B"], {}).lang).toBe("zh-TW");
    expect(parseCliArgs(["--lang=zh_TW", "175B"], {}).lang).toBe("zh-TW");
    expect(parseCliArgs(["175B"], { LANG: "zh_TW.UTF-8" }).lang).toBe("zh-TW");
    expect(parseCliArgs(["175B"], { LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }).lang).toBe("zh-TW");
    expect(parseCliArgs(["--lang", "en"], { LANG: "zh_TW.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["175B"], { LANG: "fr_FR.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["175B"], { LC_ALL: "C", LANG: "zh_TW.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["175B"], { LC_MESSAGES: "zh_TW.UTF-8" }).lang).toBe("zh-TW");
    // A language it does not speak is said, not silently answered in English.
    expect(parseCliArgs(["--lang", "zh", "175B"], {}).bad).toEqual({ flag: "--lang", value: "zh" });
    expect(parseCliArgs(["--lang=中文", "175B"], {}).bad).toBeUndefined();
    expect(parseCliArgs(["--json", "175B", "300B"], {})).toMatchObject({
      json: true,
      words: ["175B", "300B"],
    });
  });
});

describe("terminal width", () => {
  it("--width, else the terminal's columns, else 80: a terminal reporting 0 columns is not 0 wide", async () => {
    const { terminalColumns } = await import("../../../src/adapters/cli/text.ts");
    expect(terminalColumns({ isTTY: true, columns: 120 })).toBe(120);
    expect(terminalColumns({ isTTY: true, columns: 120 }, 60)).toBe(60);
    expect(terminalColumns({ isTTY: true, columns: 0 })).toBe(80);
    expect(terminalColumns({ isTTY: true })).toBe(80);
    expect(terminalColumns({ isTTY: false, columns: 120 })).toBe(80);
  });
});

describe("terminal text", () => {
  it("counts CJK characters as two columns so Chinese rows line up", async () => {
    const { renderText } = await import("../../../src/adapters/cli/text.ts");
    const { width } = await import("../../../src/adapters/cli/width.ts");
    expect(width("GPU 小時")).toBe(8);
    expect(width("３")).toBe(2);
    const text = renderText({
      ok: true,
      ephemeral: false,
      command: "compute",
      title: "訓練算力",
      rows: [
        { label: "訓練算力", value: "1" },
        { label: "PF-days", value: "2" },
      ],
      warnings: [],
      notes: [],
      sources: [],
    });
    const [first, second] = text.split("\n").slice(2, 4) as [string, string];
    expect(width(first.slice(0, first.indexOf("1")))).toBe(width(second.slice(0, second.indexOf("2"))));
  });
});

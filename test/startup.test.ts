import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackApiStandIn } from "./support/slackApi.ts";

/**
 * What a start loads (README, Performance): the bundle in dist/ (built by `npm ci`) run as
 * `npm start` and the `flops` command run it, with a preload that lists the CommonJS modules
 * loaded (test/fixtures/loaded-modules.cjs). The packages a path does not use stay unloaded
 * until they are needed, and then they give the same answers.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PRELOAD = fileURLToPath(new URL("fixtures/loaded-modules.cjs", import.meta.url));

/** Loaded modules, as paths relative to the checkout, from the preload's line on stderr (at ready or at exit). */
function loadedFrom(stderr: string, at: "ready" | "exit"): string[] {
  return reportAt(stderr, at).loaded.map((path) => path.slice(ROOT.length));
}

/** The preload's line on stderr at ready or at exit. */
function reportAt(stderr: string, at: "ready" | "exit"): { loaded: string[]; undici: boolean } {
  const line = stderr.split("\n").find((l) => l.startsWith(`{"at":"${at}",`));
  if (!line) throw new Error(`no list of loaded modules at ${at} on stderr: ${stderr}`);
  return JSON.parse(line) as { loaded: string[]; undici: boolean };
}

const cleanEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN", "NODE_OPTIONS", "REDIS_URL"]) {
    delete env[name];
  }
  return env;
};

function flops(...args: string[]) {
  const out = spawnSync(process.execPath, ["--require", PRELOAD, "dist/adapters/cli/bin.js", ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: "utf8",
  });
  expect(out.status).toBe(0);
  return { stdout: out.stdout, loaded: loadedFrom(out.stderr, "exit") };
}

const mathjsFiles = (loaded: string[]) => loaded.filter((path) => /mathjs/.test(path));

describe("the flops command's start", () => {
  it("answers 175B 300B without loading mathjs, pino, discord.js or the chart renderer", () => {
    const { stdout, loaded } = flops("175B", "300B");
    // GPT-3: 6 × 175e9 × 300e9 = 3.15e23 FLOP (Brown et al. 2020, Table D.1).
    expect(stdout).toContain("3.15 × 10²³ FLOP");
    expect(mathjsFiles(loaded)).toEqual([]);
    expect(loaded.filter((path) => /pino|discord\.js|@resvg/.test(path))).toEqual([]);
  });

  it("loads mathjs on the first quantity the quick path does not read, pre-bundled, with the same numbers", () => {
    // 6·175e9 = 1.05e12 parameters; 2048 GPUs × 21 days is LLaMA-65B's run (Touvron et al. 2023, §2.4).
    const { stdout, loaded } = flops("--json", "6*175e9", "300B", "gpus=2048", "days=2*10.5", "gpu=A100");
    const reply = JSON.parse(stdout) as {
      result: { params: number; tokens: number; flops: number; days?: number };
    };
    expect(reply.result.params).toBe(1.05e12);
    expect(reply.result.flops).toBe(6 * 1.05e12 * 300e9);
    expect(mathjsFiles(loaded)).toEqual(["dist/mathjs-number.cjs"]);
  });
});

describe("npm start in Slack HTTP mode", () => {
  let api: Server;
  let bot: ChildProcess;
  let loaded: string[] = [];
  let logs: { msg?: string }[] = [];
  let stderr = "";

  beforeAll(async () => {
    const standIn = await startSlackApiStandIn();
    api = standIn.server;
    bot = spawn(process.execPath, ["--require", PRELOAD, "dist/main.js"], {
      cwd: ROOT,
      env: {
        ...cleanEnv(),
        SLACK_BOT_TOKEN: "xoxb-test",
        SLACK_SIGNING_SECRET: "0f4e7c3a9b2d5e8f1a6c4b7d9e2f5a8c",
        SLACK_API_URL: standIn.url,
        PORT: "0",
        LOG_LEVEL: "info",
        FLOPSBOT_TEST_LOADED_AT: "slack listening (HTTP mode)",
        DRAIN_SECONDS: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    bot.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    createInterface({ input: bot.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      logs.push(JSON.parse(line) as { msg?: string });
    });
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (stderr.includes('{"at":"ready",') && logs.some((l) => l.msg === "flopsbot is running")) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
      bot.once("exit", (code) => {
        clearInterval(poll);
        reject(new Error(`dist/main.js exited ${code}: ${stderr}`));
      });
    });
    loaded = loadedFrom(stderr, "ready");
  }, 30_000);

  afterAll(() => {
    bot?.kill("SIGKILL");
    api?.close();
    logs = [];
  });

  it("is ready without discord.js, the chart renderer, mathjs, Socket Mode, Express, OAuth or iconv-lite's code pages", () => {
    expect(
      loaded.filter((path) => /discord\.js|@resvg|mathjs|socket-mode|express|oauth|iconv/.test(path)),
    ).toEqual([]);
    // Bolt is bundled into dist/ and pino is loaded from its one file there: nothing comes from node_modules.
    expect(loaded).toContain("dist/vendor-pino.cjs");
    expect(loaded.filter((path) => path.includes("node_modules/"))).toEqual([]);
  });

  it("is ready without compiling undici: the start's auth.test goes over node:http (httpFetch.ts)", () => {
    expect(reportAt(stderr, "ready").undici).toBe(false);
  });

  it("builds the general quantity parser once ready, so the first odd quantity does not wait for it", async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = new Promise((resolve) => bot.once("exit", resolve));
    bot.kill("SIGTERM");
    await exited;
    expect(loadedFrom(stderr, "exit")).toContain("dist/mathjs-number.cjs");
  });
});

describe("Bolt's OAuth, bundled into a file of its own", () => {
  it("is required from dist/vendor-oauth.cjs on first use, with its classes working", async () => {
    const requireFromDist = createRequire(join(ROOT, "dist/main.js"));
    const oauth = requireFromDist("./vendor-oauth.cjs") as {
      MemoryInstallationStore: new () => {
        storeInstallation(installation: object): Promise<void>;
        fetchInstallation(query: object): Promise<{ bot?: { token?: string } }>;
      };
    };
    const store = new oauth.MemoryInstallationStore();
    const installation = { team: { id: "T0001" }, enterprise: undefined, bot: { token: "xoxb-test" } };
    await store.storeInstallation(installation);
    const found = await store.fetchInstallation({ teamId: "T0001", isEnterpriseInstall: false });
    expect(found.bot?.token).toBe("xoxb-test");
    // Bolt's chunk names the file where it named the package.
    const boltChunks = readdirSync(join(ROOT, "dist")).filter(
      (file) =>
        file.endsWith(".js") &&
        readFileSync(join(ROOT, "dist", file), "utf8").includes('"./vendor-oauth.cjs"'),
    );
    expect(boltChunks).toHaveLength(1);
  });
});

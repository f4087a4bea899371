import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCliArgs } from "../../src/adapters/cli/args.ts";
import { main } from "../../src/adapters/cli/main.ts";
import { resolveLang } from "../../src/i18n/lang.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("the terminal's language", () => {
  it("reads locale names and language tags: zh_TW.UTF-8, zh-TW, zh-Hant are Chinese; en_US and C are not", () => {
    expect(resolveLang("zh_TW.UTF-8")).toBe("zh-TW");
    expect(resolveLang("zh-TW")).toBe("zh-TW");
    expect(resolveLang("zh-Hant-TW")).toBe("zh-TW");
    expect(resolveLang("zh_HK.UTF-8")).toBe("zh-TW");
    expect(resolveLang("en_US.UTF-8")).toBe("en");
    expect(resolveLang("zh_CN.UTF-8")).toBeUndefined(); // Simplified: we answer in English rather than Traditional
    expect(resolveLang("C")).toBeUndefined();
    expect(resolveLang("")).toBeUndefined();
  });

  it("--lang zh-TW and --lang=zh-TW choose Chinese", () => {
    expect(parseCliArgs(["--lang", "zh-TW", "175B", "300B"], {})).toMatchObject({
      lang: "zh-TW",
      words: ["175B", "300B"],
    });
    expect(parseCliArgs(["175B", "--lang=zh-TW"], {}).lang).toBe("zh-TW");
  });

  it("LANG or LC_ALL naming zh_TW chooses Chinese; nothing set is English", () => {
    expect(parseCliArgs(["175B"], { LANG: "zh_TW.UTF-8" }).lang).toBe("zh-TW");
    expect(parseCliArgs(["175B"], { LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }).lang).toBe("zh-TW");
    expect(parseCliArgs(["175B"], { LC_ALL: "en_US.UTF-8", LANG: "zh_TW.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["175B"], {}).lang).toBe("en");
  });

  it("--lang en overrides LANG=zh_TW.UTF-8, and an unknown --lang keeps the locale's choice", () => {
    expect(parseCliArgs(["--lang", "en", "175B"], { LANG: "zh_TW.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["--lang=en", "175B"], { LC_ALL: "zh_TW.UTF-8" }).lang).toBe("en");
    expect(parseCliArgs(["--lang", "fr", "175B"], { LANG: "zh_TW.UTF-8" })).toMatchObject({
      lang: "zh-TW",
      words: ["175B"],
    });
  });
});

describe("main() answers in the chosen language", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  async function run(argv: string[]): Promise<{ status: number; output: string }> {
    let output = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    });
    const status = await main(argv);
    vi.restoreAllMocks();
    return { status, output };
  }

  it("LANG=zh_TW.UTF-8 gives the Chinese reply", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LANG", "zh_TW.UTF-8");
    const { status, output } = await run(["175B", "300B"]);
    expect(status).toBe(0);
    expect(output).toContain("訓練算力：175B (1,750 億) 參數 × 300B (3,000 億) token");
    expect(output).toContain("3.15 × 10²³ FLOP");
    expect(output).toContain("3.5T token (3.5 兆)");
  });

  it("--lang en overrides LANG=zh_TW.UTF-8", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LANG", "zh_TW.UTF-8");
    const { output } = await run(["--lang", "en", "175B", "300B"]);
    expect(output).toContain("Training compute: 175B parameters × 300B tokens");
    expect(output).not.toMatch(/\p{Script=Han}/u);
  });

  it("--lang zh-TW --json keeps the numbers and words the warnings in Chinese", async () => {
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LANG", "en_US.UTF-8");
    const { output } = await run([
      "--lang",
      "zh-TW",
      "--json",
      "mfu",
      "671B",
      "14.8T",
      "gpu=H800",
      "gpu-hours=2.664M",
      "moe",
    ]);
    const json = JSON.parse(output) as { ok: boolean; result: { mfu: number }; warnings: string[] };
    expect(json.ok).toBe(true);
    expect(json.result.mfu).toBeCloseTo(6.28, 2);
    expect(json.warnings[0]).toBe("MFU 628% 不可能：沒有 GPU 能跑超過峰值的 100%。");
  });
});

describe("the flops binary", () => {
  it("answers in Chinese when the terminal's locale is zh_TW.UTF-8", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/adapters/cli/bin.ts", "chinchilla", "175B"],
      { cwd: ROOT, env: { ...process.env, LC_ALL: "", LANG: "zh_TW.UTF-8" } },
    );
    expect(stdout).toContain("175B (1,750 億) 參數的 Chinchilla 最佳訓練量");
    expect(stdout).toContain("Chinchilla 最佳 token 數");
    expect(stdout).toContain("3.5T token (3.5 兆)");
  });
});

describe("a language named in words in lang= (lang=中文, lang=english)", () => {
  it.each([
    ["中文", "zh-TW"],
    ["繁體中文", "zh-TW"],
    ["Chinese", "zh-TW"],
    ["英文", "en"],
    ["English", "en"],
  ] as const)("lang=%s is %s", (name, lang) => {
    expect(resolveLang(name)).toBe(lang);
  });

  it("a question with lang=中文 is answered in zh-TW, with nothing refused", async () => {
    const { respondToText } = await import("../../src/dispatch/respond.ts");
    const { registry } = await import("../../src/commands/registry.ts");
    const reply = respondToText(registry, "70B 1T lang=中文", { lang: "en" });
    expect(reply.ok).toBe(true);
    expect(reply.lang).toBe("zh-TW");
  });

  it("Simplified locales and other names are still not Traditional Chinese", () => {
    expect(resolveLang("简体中文")).toBeUndefined();
    expect(resolveLang("zh-CN")).toBeUndefined();
    expect(resolveLang("français")).toBeUndefined();
  });
});

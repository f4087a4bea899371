/**
 * Every refusal's Try line, pasted back, is answered (README, "Refusals"): over every command's
 * examples with a typo in a GPU, a run, a key, a unit or a word, in English and zh-TW. Each refusal
 * stays private to its asker and in the asker's language.
 */
import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { ask } from "./helpers.ts";

const MISTYPED: readonly (readonly [string, Lang])[] = [
  ...[
    "70B 15T gpu=H1000",
    "70B 15T on 512 H10",
    "70B 15T on 512 A1OO",
    "7B 1T gpu=B2000",
    "70B 2T on 256 MI3000",
    "7B 2T tokns on H100",
    "how lnog to train 7B on 1T tokens on 64 H100",
    "trainign 13B on 3T tokesn",
    "70B 2T gpu=H100 gpsu=512",
    "70B 2T gpu=H100 gpus=512 prcie=2",
    "70BB 2T",
    "70B 2TT",
    "70b 2t on 512 H100 for 30 dyas",
    "chinchilla 70Bx",
    "chinchila 70B",
    "cards 70B gpu=H100 mode=trian",
    "cards 70B gpu=H100 precison=fp8",
    "cards 70B gpu=H100 precision=fp9",
    "serve llama-3-70 on H100",
    "serve lama-3-70b on H100",
    "model deepsek-v3",
    "mfu 671B 14.8T gpu=H800 gpu-hours=2.664M activ=37B",
    "mfu llama-3-405b gpu=H1000",
    "gpus nvidai",
    "help comptue",
    "params transformer layers=96 d=12288 vocab=50257 ctxx=2048",
    "compare gpt-3 chinchila",
    "70B 2T on 512 H100 with zero-3",
    "7B, 13B, 70B",
    "7B or 13B on 2T tokens",
    "70B 2T H100 at -$2/h",
    "70B 2T on 1.5 H100",
    "70B 2T on 512 H100 mfu=200%",
    "70B 2T on 512 RTX 4090x",
    "serve mistral-8x7b on H100",
    "70B 2T on 512 H100 for 2 weeeks",
    "70B 2T on 0 H100",
    "-70B 2T",
    "compute flops=1e25 gpu=H100 gpu=4096",
    "70B 2T 8 H100 nodes",
    "70B 1.4T layers=80 d=8192 c=2048",
    "chinchilla 500P FLOPs",
    "gpus H1000",
    "7B,13B,70B",
  ].map((line) => [line, "en"] as const),
  ...[
    "70B 2T 用 512 張 H1000",
    "70B 2T 用 512 張 H100 MFU 150%",
    "lama 3 70b 需要幾張 H100",
    "70B 2T 用 0 張 H100",
    "訓練 70B 2T 用 512 張 A1OO",
    "7B 或 13B 2T token",
    "70B 2T 每小時 -2 美元 H100",
  ].map((line) => [line, "zh-TW"] as const),
];

/** Every command's examples with a letter dropped from the key of their last `key=value`. */
const EXAMPLES_MISTYPED: readonly (readonly [string, Lang])[] = registry.commands.flatMap((command) =>
  command.examples
    .map((line) => line.replace(/ ([a-z-]+)([a-z])=([^ ]+)$/, " $1=$3"))
    .map((line) => [line, "en"] as const),
);

const HAN = /[\u4e00-\u9fff]/;

describe("a refusal's Try line is answered when pasted back", () => {
  it.each([...MISTYPED, ...EXAMPLES_MISTYPED])("%s (%s)", (line, lang) => {
    const reply = ask(line, lang);
    // The mistyped lines above are all refused; an example without a key= has nothing mistyped.
    if (EXAMPLES_MISTYPED.some(([example]) => example === line) && reply.ok) return;
    expect(reply.ok, line).toBe(false);
    expect(reply.ephemeral, line).toBe(true);
    const rendered = localize(reply, lang);
    // In the asker's language: the zh-TW refusal says it in Chinese, the English one does not.
    expect(HAN.test(`${rendered.error ?? ""}`), rendered.error).toBe(lang === "zh-TW");
    const example = String(reply.hint?.params?.example ?? "");
    expect(example, line).toMatch(/^\/flops \S/);
    const again = ask(example.slice("/flops ".length), lang);
    expect(again.ok, `${line} → ${example}: ${again.error?.key}`).toBe(true);
  });
});

describe("a mistyped key: the line with the nearest key that answers", () => {
  it.each([
    ["70B 2T gpu=H100 gpsu=512", "70B 2T gpu=H100 gpus=512"],
    ["cards 70B gpu=H100 precison=fp8", "cards 70B gpu=H100 precision=fp8"],
    // `c` is nearer, but c=2048 is a budget of 2,048 FLOP: the key typed begins `ctx`.
    ["70B 1.4T layers=80 d=8192 ct=2048", "70B 1.4T layers=80 d=8192 ctx=2048"],
  ])("%s → Try %s", (line, fixed) => {
    const reply = ask(line);
    expect(reply.error?.key).toBe("args.unknownKey");
    expect(reply.hint?.params?.example).toBe(`/flops ${fixed}`);
    // 512 H100 read as typed: gpus 512.
    if (fixed.includes("gpus=")) expect(ask(fixed).asked?.raw.gpus).toBe("512");
  });
});

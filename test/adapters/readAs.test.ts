import { describe, expect, it } from "vitest";
import { renderForTerminal } from "../../src/adapters/cli/render.ts";
import { toDiscordMessage } from "../../src/adapters/discord/embeds.ts";
import { toSlackMessage } from "../../src/adapters/slack/blocks.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import type { Lang } from "../../src/i18n/lang.ts";

/** Issue 13: every rendering states the reading before the rows, so a misreading is visible at a glance. */
const LINE = "how long to train a 13B model on 3T tokens with 128 H100s";
const READ_AS =
  "Read as: 13B parameters · 3T tokens · 128 × H100 SXM5 80GB · MFU 40% (assumed) · bf16 (assumed)";
const ask = (line: string, lang: Lang = "en") => respondToText(registry, line, { lang });

describe("Read as in all four renderings", () => {
  it("terminal text: the line under the title, before the first row", () => {
    // A terminal 120 columns wide holds it on one line; at 80 it wraps onto the next, still above the rows.
    const lines = renderForTerminal(ask(LINE), "en", false, 120).split("\n");
    expect(lines[2]).toBe(READ_AS);
    expect(lines[3]).toMatch(/^ {2}Training compute \(6ND\)/);
    const narrow = renderForTerminal(ask(LINE), "en", false, 80).split("\n");
    expect(`${narrow[2]} ${narrow[3]}`).toBe(READ_AS);
    expect(narrow[4]).toMatch(/^ {2}Training compute \(6ND\)/);
  });

  it("JSON: readAs with canonical option names and base units", () => {
    const out = JSON.parse(renderForTerminal(ask(LINE), "en", true));
    expect(out.readAs).toEqual({
      command: "compute",
      params: 13e9,
      tokens: 3e12,
      gpu: "h100-sxm",
      gpus: 128,
      mfu: 0.4,
      precision: "bf16",
      assumed: ["mfu", "precision"],
    });
    // Every existing field is kept.
    expect(out).toMatchObject({ ok: true, command: "compute", warnings: [] });
    expect(out.result.flops).toBe(2.34e23);
  });

  it("Slack: a context block right after the header, and in the fallback text", () => {
    const message = toSlackMessage(ask(LINE), "en");
    expect(message.blocks[1]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: READ_AS }] });
    expect(message.blocks[2]?.type).toBe("section");
    expect(message.text.split("\n")[1]).toBe(READ_AS);
  });

  it("Discord: the first line of the embed's description", () => {
    const [embed] = toDiscordMessage(ask(LINE), "en").embeds;
    expect(embed?.description?.split("\n")[0]).toBe(READ_AS);
  });

  it("zh-TW on every platform", () => {
    const reply = ask(LINE, "zh-TW");
    const zh =
      "解讀為：13B (130 億) 參數 · 3T token (3 兆) · 128 張 H100 SXM5 80GB · MFU 為 40%（預設） · bf16（預設）";
    expect(renderForTerminal(reply, "zh-TW", false, 120).split("\n")[2]).toBe(zh);
    expect(toDiscordMessage(reply, "zh-TW").embeds[0]?.description?.split("\n")[0]).toBe(zh);
    expect(JSON.stringify(toSlackMessage(reply, "zh-TW").blocks[1])).toContain("解讀為");
  });

  it("errors carry no reading", () => {
    const reply = ask("175 300");
    expect(reply.readAs).toBeUndefined();
    expect(JSON.parse(renderForTerminal(reply, "en", true))).not.toHaveProperty("readAs");
    expect(toDiscordMessage(reply, "en").embeds[0]?.description).not.toContain("Read as");
  });
});

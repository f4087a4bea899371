import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { fallbackText, renderSlack, rowField } from "../../../src/adapters/slack/blocks.ts";
import { SLASH_COMMAND } from "../../../src/adapters/slack/listeners/command.ts";
import { boltLevel, boltLogger } from "../../../src/adapters/slack/logger.ts";
import { bold, code, escapeMrkdwn, fromSlackText, link } from "../../../src/adapters/slack/mrkdwn.ts";
import { createInflight } from "../../../src/app/inflight.ts";
import { createLogger } from "../../../src/app/logger.ts";
import type { RenderedReply } from "../../../src/reply/localize.ts";

const reply: RenderedReply = {
  ok: true,
  ephemeral: false,
  command: "compute",
  title: "Training compute: 175B parameters × 300B tokens",
  rows: [
    { label: "Training compute (6ND)", value: "3.15 × 10²³ FLOP", formula: "6 · N · D = 6 × 175B × 300B" },
    { label: "Tokens per parameter", value: "1.71" },
  ],
  warnings: ["MFU 205% is impossible: no GPU runs above 100% of its peak."],
  notes: ["This run sees 0.086× the Chinchilla-optimal tokens."],
  sources: [{ title: "Kaplan et al. 2020, §2.1", url: "https://arxiv.org/abs/2001.08361" }],
  hint: "Next: /flops 175B 300B gpu=H100 price=$2.5/h for time and cost.",
};

describe("Block Kit rendering", () => {
  it("header, fields, warning section, notes, sources as links, hint last", () => {
    const { blocks, text } = renderSlack(reply, "en");
    expect(blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: reply.title, emoji: true } },
      {
        type: "section",
        fields: [
          {
            type: "mrkdwn",
            text: "*Training compute (6ND)*\n3.15 × 10²³ FLOP\n`6 · N · D = 6 × 175B × 300B`",
          },
          { type: "mrkdwn", text: "*Tokens per parameter*\n1.71" },
        ],
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: "⚠ MFU 205% is impossible: no GPU runs above 100% of its peak." },
      },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "This run sees 0.086× the Chinchilla-optimal tokens." }],
      },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "<https://arxiv.org/abs/2001.08361|Kaplan et al. 2020>" }],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: reply.hint }] },
    ]);
    expect(text).toBe(
      [
        reply.title,
        "Training compute (6ND): 3.15 × 10²³ FLOP",
        "Tokens per parameter: 1.71",
        "⚠ MFU 205% is impossible: no GPU runs above 100% of its peak.",
      ].join("\n"),
    );
  });

  it("an error: the message and the example to copy, both in sections", () => {
    const error: RenderedReply = {
      ok: false,
      ephemeral: true,
      command: "compute",
      title: "I can't compute that",
      error: "“175Q” <!channel> is not a number",
      rows: [],
      warnings: [],
      notes: [],
      sources: [],
      hint: "Try: /flops 175B 300B",
    };
    const { blocks, text } = renderSlack(error, "en");
    expect(blocks.slice(1)).toEqual([
      { type: "section", text: { type: "mrkdwn", text: ":x: “175Q” &lt;!channel&gt; is not a number" } },
      { type: "section", text: { type: "mrkdwn", text: "Try: /flops 175B 300B" } },
    ]);
    expect(text).toContain("&lt;!channel&gt;");
    expect(fallbackText(error)).not.toContain("<!channel>");
  });

  it("a row without a label is its value alone", () => {
    expect(rowField({ label: "", value: "42" })).toBe("42");
  });
});

describe("mrkdwn", () => {
  it("escapes exactly &, < and > (Slack's rule), so echoed input cannot ping or link", () => {
    expect(escapeMrkdwn("a & b <!here> <@U1> 784->128")).toBe(
      "a &amp; b &lt;!here&gt; &lt;@U1&gt; 784-&gt;128",
    );
  });

  it("bold, code and links cannot be closed early by their content", () => {
    expect(bold("total * ⟨pos⟩")).toBe("*total ∗ ⟨pos⟩*");
    expect(code("a`b")).toBe("`aˋb`");
    expect(link("https://x.test/?a=1&b=2|3", "A|B <c>")).toBe(
      "<https://x.test/?a=1&amp;b=2%7C3|A¦B &lt;c&gt;>",
    );
  });

  it("reads what the user typed out of Slack's escaped message text", () => {
    const address = { botUserId: "U0FLOPSBOT" };
    expect(fromSlackText("<@U0FLOPSBOT> 175B 300B", address)).toBe("175B 300B");
    expect(fromSlackText("<@U0FLOPSBOT|flopsbot>  params dense 784-&gt;128, dense 128-&gt;10", address)).toBe(
      "params dense 784->128, dense 128->10",
    );
    // Anyone else's mention stays one word, which the reader says it skipped (userMention.test.ts).
    expect(fromSlackText("gpus <http://h100.io|h100.io> cc <@W123ABC>", address)).toBe(
      "gpus h100.io cc <@W123ABC>",
    );
    expect(fromSlackText("price=$2&amp;3")).toBe("price=$2&3");
  });
});

describe("the slash command's name", () => {
  it("is /flops, or a renamed copy like /flops-staging", () => {
    expect(SLASH_COMMAND.test("/flops")).toBe(true);
    expect(SLASH_COMMAND.test("/flops-staging")).toBe(true);
    expect(SLASH_COMMAND.test("/flopsy")).toBe(false);
    expect(SLASH_COMMAND.test("/deploy")).toBe(false);
  });
});

describe("the Bolt logger on pino", () => {
  it("maps levels and writes JSON lines with errors under err", () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger("debug", { write: (line: string) => lines.push(JSON.parse(line)) });
    const bolt = boltLogger(logger);
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    bolt.info("socket", "connected", { n: 1 });
    bolt.error("failed:", new Error("boom"));
    expect(lines[0]).toMatchObject({ level: 30, component: "slack", msg: 'socket connected {"n":1}' });
    expect(lines[1]).toMatchObject({ level: 50, msg: "failed:", err: { message: "boom" } });
    bolt.setLevel(LogLevel.ERROR);
    bolt.warn("hidden");
    expect(lines).toHaveLength(2);
    expect(logger.level).toBe("debug");
  });

  it("formats nothing for a level it drops (Bolt logs at debug on every request)", () => {
    const lines: string[] = [];
    const bolt = boltLogger(createLogger("info", { write: (line: string) => lines.push(line) }));
    let formatted = 0;
    const body = { toJSON: () => ++formatted };
    bolt.debug("ack() call begins (body:", body, ")");
    expect(formatted).toBe(0);
    expect(lines).toEqual([]);
    bolt.info("ack() response sent", body);
    expect(formatted).toBe(1);
    expect(lines).toHaveLength(1);
  });

  it("has no trace, fatal or silent: they map to the nearest Bolt level", () => {
    expect(boltLevel("trace")).toBe(LogLevel.DEBUG);
    expect(boltLevel("fatal")).toBe(LogLevel.ERROR);
    expect(boltLevel("silent")).toBe(LogLevel.ERROR);
  });
});

describe("in-flight answers", () => {
  it("idle waits for running work and reports whether it all finished", async () => {
    const inflight = createInflight();
    let release: () => void = () => undefined;
    const work = inflight.run(() => new Promise<void>((resolve) => (release = resolve)));
    expect(inflight.size).toBe(1);
    expect(await inflight.idle(0)).toBe(false);
    release();
    await work;
    expect(inflight.size).toBe(0);
    expect(await inflight.idle(1000)).toBe(true);
  });

  it("a failing piece of work does not reject", async () => {
    const inflight = createInflight();
    await expect(inflight.run(() => Promise.reject(new Error("x")))).resolves.toBeUndefined();
    expect(inflight.size).toBe(0);
  });
});

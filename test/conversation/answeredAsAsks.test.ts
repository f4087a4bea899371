import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";
import { thread } from "../support/slackThread.ts";

/** dense 784→128: 784·128 + 128 = 100,480; dense 128→10: 128·10 + 10 = 1,290; 101,770 in all (in·out + out). */
describe("a follow-up's `answered as` line asks the same question when typed", () => {
  it.each([
    ["params dense 784->128, dense 128->10", "explain", 101_770],
    ["params transformer layers=96 d=12288 vocab=50257 ctx=2048", "layers=48", undefined],
  ])("after `%s`, `%s`", async (question, change, total) => {
    const say = thread();
    await say(question);
    const more = await say(change);
    expect(more.turn.reply.ok).toBe(true);
    // It wrote the layer list without its spaces (`spec=dense784->128,dense128->10`), refused when
    // typed: “I don't know the layer “dense784>128””.
    const asked = /answered as: (.+)/.exec(more.text)?.[1];
    if (!asked) throw new Error(`no answered-as line in: ${more.text}`);
    const again = respondToText(registry, asked, { lang: "en" });
    expect(again.ok, asked).toBe(true);
    expect(again.result?.total).toBe(more.turn.reply.result?.total);
    if (total !== undefined) expect(again.result?.total).toBe(total);
  });
});

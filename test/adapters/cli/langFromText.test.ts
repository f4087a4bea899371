import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../../src/adapters/cli/args.ts";
import { TERMINAL_USER } from "../../../src/adapters/cli/console.ts";
import { renderForTerminal } from "../../../src/adapters/cli/render.ts";
import { createTerminalAnswerer } from "../../../src/app/lifecycle.ts";
import { registry } from "../../../src/commands/registry.ts";
import { respondToText } from "../../../src/dispatch/respond.ts";

/**
 * The language no one chose (no --lang, no zh_TW locale, no lang=): a question written in Chinese
 * is answered in zh-TW, one in English in English. A chosen language always wins.
 */
describe("language from the question when none was chosen", () => {
  it("the terminal knows whether --lang or the locale chose the language", () => {
    expect(parseCliArgs(["70B"], {}).langChosen).toBe(false);
    expect(parseCliArgs(["--lang", "en", "70B"], {}).langChosen).toBe(true);
    expect(parseCliArgs(["--lang", "xx", "70B"], {}).langChosen).toBe(false);
    expect(parseCliArgs(["70B"], { LANG: "zh_TW.UTF-8" }).langChosen).toBe(true);
  });

  it("respondToText: Chinese → zh-TW only when the language was not chosen", () => {
    const line = "用 512 張 H100 訓練 70B 要幾天";
    expect(respondToText(registry, line, { lang: "en", langFromText: true }).lang).toBe("zh-TW");
    expect(respondToText(registry, line, { lang: "en" }).lang).toBe("en");
    expect(respondToText(registry, "70B 2T", { lang: "en", langFromText: true }).lang).toBe("en");
    // An inline lang= is the user's choice.
    expect(respondToText(registry, `${line} lang=en`, { lang: "en", langFromText: true }).lang).toBe("en");
    // Errors too: 天 blamed in Chinese.
    const error = respondToText(registry, "訓練 70B 天數 xyz", { lang: "en", langFromText: true });
    expect(error.ok).toBe(false);
    expect(error.lang).toBe("zh-TW");
  });

  it("the terminal's answer to a Chinese question is rendered in zh-TW (6·70B·1.4T = 5.88e23 FLOP)", async () => {
    const answerer = createTerminalAnswerer();
    const text = "用 512 張 H100 訓練 70B 要幾天";
    const reply = await answerer.answerWithHub({ ...TERMINAL_USER, lang: "en", langFromText: true, text });
    const shown = renderForTerminal(reply, "en", false, 100);
    expect(shown).toContain("訓練算力");
    expect(shown).toContain("33.6 天");
    const chosen = await answerer.answerWithHub({ ...TERMINAL_USER, lang: "en", text });
    expect(renderForTerminal(chosen, "en", false, 100)).toContain("Training compute");
  });
});

import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { readFollowUp } from "../../src/conversation/followUp.ts";
import type { Question } from "../../src/conversation/question.ts";
import { readFlags } from "../../src/dispatch/flags.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

const ask = (line: string) => respondToText(registry, line, { lang: "en" });

describe("`me`: the private flag, unless it is a verb's object (`show me`, `tell me`)", () => {
  it("`70B 2T me`, `just me 70B 2T`, `private`: only the asker sees it", () => {
    for (const line of ["70B 2T me", "just me 70B 2T", "70B 2T private"])
      expect(ask(line).ephemeral).toBe(true);
  });

  it("私下, 私訊, 只給我看, 只有我看得到: the same flag in Chinese, answered in Chinese, every other word read", () => {
    for (const line of ["70B 2T 私下", "私訊 70B 2T", "70B 2T 只給我看", "只有我看得到 70B 2T"]) {
      const reply = respondToText(registry, line, { lang: "en", langFromText: true });
      expect(reply.ok, line).toBe(true);
      expect(reply.ephemeral, line).toBe(true);
      expect(reply.lang, line).toBe("zh-TW");
      // 6 × 70B × 2T (Kaplan et al. 2020), nothing of the line unread.
      expect(reply.result?.flops, line).toBeCloseTo(6 * 70e9 * 2e12, -20);
    }
  });

  it("`show me 70B 2T on 512 H100`, `tell me the mfu of palm`: answered for everyone, every word read", () => {
    for (const line of ["show me 70B 2T on 512 H100", "tell me the mfu of palm", "give me 70B 2T"]) {
      const reply = ask(line);
      expect(reply.ok).toBe(true);
      expect(reply.ephemeral).not.toBe(true);
    }
    // 6 × 70B × 2T, the plan typed.
    expect(ask("show me 70B 2T on 512 H100").result?.flops).toBeCloseTo(6 * 70e9 * 2e12, -20);
  });

  it("readFlags keeps `me` after a verb as a word (the reader skips it) and takes it as the flag elsewhere", () => {
    expect(readFlags(["show", "me", "70B"])).toEqual({
      flags: { private: false, explain: false },
      words: ["show", "me", "70B"],
    });
    expect(readFlags(["70B", "me"])).toEqual({ flags: { private: true, explain: false }, words: ["70B"] });
  });

  it("in a thread, `show me the chart` (issue 18's words) is the chart of the thread's question", () => {
    const plan: Question = {
      command: "compute",
      options: { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" },
    };
    expect(readFollowUp(registry, plan, "show me the chart")).toEqual({ kind: "chart", question: plan });
    expect(readFollowUp(registry, plan, "tell me the cost at $2/h")).toMatchObject({
      kind: "changed",
      changes: ["price=$2/h"],
    });
  });
});

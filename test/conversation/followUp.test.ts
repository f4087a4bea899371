/**
 * Follow-ups read with the same grammar as any question: the change's options override the last
 * question's, parsed with that question's command declarations.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { askOfFollowUp } from "../../src/conversation/answer.ts";
import { isCompleteQuestion, questionOfText, readFollowUp } from "../../src/conversation/followUp.ts";
import {
  decodeQuestion,
  encodeQuestion,
  type Question,
  questionText,
} from "../../src/conversation/question.ts";

const compute: Question = {
  command: "compute",
  options: { params: "70B", tokens: "15T", gpu: "H100", gpus: "512" },
  asker: "U1",
};

describe("readFollowUp", () => {
  it("reads a change the way people type it, with the natural reader (`on A100`, `2048 GPUs`, `fp8`, `換成 A100`)", () => {
    const options = (text: string) => {
      const followUp = readFollowUp(registry, compute, text);
      return followUp.kind === "changed" ? followUp.question.options : undefined;
    };
    expect(options("on A100")).toEqual({ params: "70B", tokens: "15T", gpu: "A100", gpus: "512" });
    expect(options("2048 GPUs")).toEqual({ params: "70B", tokens: "15T", gpu: "H100", gpus: "2048" });
    expect(options("fp8")).toMatchObject({ gpu: "H100", gpus: "512", precision: "fp8" });
    expect(options("換成 A100")).toEqual({ params: "70B", tokens: "15T", gpu: "A100", gpus: "512" });
    expect(options("in bf16 on 1024 H200s")).toMatchObject({ gpu: "H200", gpus: "1024", precision: "bf16" });
  });

  it("a GPU's name alone changes the GPU (`A100`, `H200?`), though in a channel it asks for the card's line", () => {
    for (const text of ["A100", "H200?", "B200"]) {
      const followUp = readFollowUp(registry, compute, text);
      expect(followUp.kind).toBe("changed");
      if (followUp.kind === "changed") expect(followUp.question.options.gpus).toBe("512");
    }
    expect(isCompleteQuestion(registry, "A100")).toBe(false);
    // A word asking for its figures starts over: the catalog's line.
    expect(isCompleteQuestion(registry, "H200 specs")).toBe(true);
  });

  it("overrides one option and keeps the rest (gpu=A100)", () => {
    expect(readFollowUp(registry, compute, "gpu=A100")).toEqual({
      kind: "changed",
      question: { ...compute, options: { params: "70B", tokens: "15T", gpu: "A100", gpus: "512" } },
      changes: ["gpu=A100"],
    });
  });

  it("reads option aliases through the command's declarations (`tok=20T` is tokens)", () => {
    const followUp = readFollowUp(registry, compute, "tok=20T");
    expect(followUp.kind === "changed" && followUp.question.options.tokens).toBe("20T");
  });

  it("a new model size alone changes the size and keeps the rest (`13B`, `what about 13B`)", () => {
    const changed = {
      kind: "changed",
      question: { ...compute, options: { ...compute.options, params: "13B" } },
      changes: ["params=13B"],
    };
    expect(readFollowUp(registry, compute, "13B")).toEqual(changed);
    expect(readFollowUp(registry, compute, "what about 13B")).toEqual(changed);
  });

  it("a size with more of a question, a run's name or a command starts over", () => {
    expect(readFollowUp(registry, compute, "13B 2T")).toEqual({ kind: "new" });
    expect(readFollowUp(registry, compute, "llama-3-8b")).toEqual({ kind: "new" });
    expect(readFollowUp(registry, compute, "chinchilla 13B")).toEqual({ kind: "new" });
  });

  it("takes several changes and flags at once (gpus=2048 precision=fp8 explain lang=zh-TW)", () => {
    const followUp = readFollowUp(registry, compute, "gpus=2048 precision=fp8 explain lang=zh-TW");
    expect(followUp).toEqual({
      kind: "changed",
      question: {
        ...compute,
        options: { ...compute.options, gpus: "2048", precision: "fp8" },
        explain: true,
        lang: "zh-TW",
      },
      changes: ["gpus=2048", "precision=fp8", "explain", "lang=zh-TW"],
    });
  });

  it("a change with `chart` asks for the changed answer's chart, said among the changes, never kept in the thread", () => {
    const followUp = readFollowUp(registry, compute, "gpus=2048 chart");
    expect(followUp).toEqual({
      kind: "changed",
      chart: true,
      question: { ...compute, options: { ...compute.options, gpus: "2048" } },
      changes: ["gpus=2048", "chart"],
    });
    if (followUp.kind !== "changed") throw new Error("a change");
    expect(askOfFollowUp(followUp, "slack", "U1", "en")).toMatchObject({
      chart: true,
      options: { gpus: "2048" },
    });
    // Without the word, no chart.
    const plain = readFollowUp(registry, compute, "gpus=2048");
    if (plain.kind !== "changed") throw new Error("a change");
    expect(askOfFollowUp(plain, "slack", "U1", "en")).not.toHaveProperty("chart");
  });

  it("`share that with the channel`, `post it to the channel`, 分享到頻道: the last question shared, never private, nothing changed", () => {
    for (const line of [
      "share that with the channel",
      "post it to the channel",
      "share it",
      "分享到頻道",
      "please share this",
    ])
      expect(readFollowUp(registry, compute, line)).toEqual({ kind: "share", question: compute });
    expect(readFollowUp(registry, { ...compute, private: true }, "share it")).toEqual({
      kind: "share",
      question: compute,
    });
    // A share with more said is no share: `share 70B` is read as a question.
    expect(() => readFollowUp(registry, compute, "share 70B")).toThrow();
  });

  it("a typed alternative input drops the others of its group (days replaces gpu-hours)", () => {
    const mfu: Question = {
      command: "mfu",
      options: { params: "37B", tokens: "14.8T", gpu: "H800", "gpu-hours": "2.664M" },
    };
    const followUp = readFollowUp(registry, mfu, "gpus=2048 days=54");
    expect(followUp.kind === "changed" && followUp.question.options).toEqual({
      params: "37B",
      tokens: "14.8T",
      gpu: "H800",
      gpus: "2048",
      days: "54",
    });
  });

  it("a complete question starts over; `chart` asks for the last question's chart", () => {
    expect(readFollowUp(registry, compute, "175B 300B")).toEqual({ kind: "new" });
    expect(readFollowUp(registry, compute, "chinchilla 70B")).toEqual({ kind: "new" });
    expect(readFollowUp(registry, compute, "chart")).toEqual({ kind: "chart", question: compute });
  });

  it("a change the grammar cannot read is the grammar's own error", () => {
    expect(() => readFollowUp(registry, compute, "lang=fr")).toThrow(
      expect.objectContaining({ id: "args.badLang" }),
    );
  });
});

describe("questions kept between turns", () => {
  it("a complete question is kept; a change alone, help or nothing is not", () => {
    expect(isCompleteQuestion(registry, "70B 15T gpu=H100")).toBe(true);
    expect(isCompleteQuestion(registry, "gpu=A100")).toBe(false);
    expect(isCompleteQuestion(registry, "explain")).toBe(false);
    expect(questionOfText(registry, "70B 15T gpu=H100 private", { asker: "U1" })).toEqual({
      command: "compute",
      options: { params: "70B", tokens: "15T", gpu: "H100" },
      private: true,
      asker: "U1",
    });
    expect(questionOfText(registry, "help", {})).toBeUndefined();
  });

  it("a model name stays a name, so its preset (and its note) applies on every re-answer", () => {
    const question = questionOfText(registry, "gpt-3 gpu=A100", {});
    expect(question?.options.gpu).toBe("A100");
    expect(question?.options.params).toMatch(/gpt-3/i);
  });

  it("encodes and decodes losslessly, whatever the values contain; refuses a forged value", () => {
    const odd: Question = {
      command: "compute",
      options: { params: "70B", price: "$2.5/h", note: "a&b=c|d;e" },
      explain: true,
      lang: "zh-TW",
      private: true,
      asker: "U0ASKER",
    };
    expect(decodeQuestion(encodeQuestion(odd))).toEqual(odd);
    expect(decodeQuestion("_c=")).toBeUndefined();
    expect(decodeQuestion(`_c=compute&_l=fr`)).toBeUndefined();
    expect(questionText(compute)).toBe("compute params=70B tokens=15T gpu=H100 gpus=512");
  });

  it("encodes exactly as URLSearchParams writes the same fields, whatever the text (buttons already sent must still read)", () => {
    const viaSearchParams = (q: Question): string => {
      const params = new URLSearchParams({ _c: q.command });
      for (const [name, value] of Object.entries(q.options)) params.set(name, value);
      if (q.explain) params.set("_x", "1");
      if (q.lang) params.set("_l", q.lang);
      if (q.private) params.set("_p", "1");
      if (q.asker) params.set("_u", q.asker);
      return params.toString();
    };
    // Full Unicode, lone surrogates, every ASCII sign (`!'()~*` and spaces differ between encoders), reserved names.
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.constantFrom(..." !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~aZ09") }),
      fc.constantFrom("_c", "_x", "_u", "70B", "$2.5/h", "h100,a100", "40%", "訓練 130億"),
    );
    const question = fc.record(
      {
        command: text,
        options: fc.dictionary(text, text),
        explain: fc.boolean(),
        lang: fc.constantFrom("en" as const, "zh-TW" as const),
        private: fc.boolean(),
        asker: text,
      },
      { requiredKeys: ["command", "options"] },
    );
    fc.assert(
      fc.property(question, (q) => encodeQuestion(q) === viaSearchParams(q)),
      { numRuns: 2000 },
    );
    // In another language (the buttons under an answer): as the copy with that language encodes.
    fc.assert(
      fc.property(question, fc.constantFrom("en" as const, "zh-TW" as const), (q, lang) => {
        const copy = { ...q, lang };
        return (
          encodeQuestion(q, lang) === viaSearchParams(copy) &&
          encodeQuestion(q, lang) === encodeQuestion(copy)
        );
      }),
      { numRuns: 1000 },
    );
    expect(
      encodeQuestion({ command: "compute", options: { params: "70B", price: "$2.5/h" }, asker: "U1" }),
    ).toBe("_c=compute&params=70B&price=%242.5%2Fh&_u=U1");
  });
});

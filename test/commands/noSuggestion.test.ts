import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { ask, rendered } from "./helpers.ts";

/** "Did you mean" (or 你是不是要找) with nothing after it, in either language. */
const EMPTY_SUGGESTION = /Did you mean\s*[?？(]|你是不是要找\s*[?？(]/;

const errorOf = (line: string, lang: Lang = "en") => String(rendered(line, lang).error);

describe("an unknown name with nothing close: what there is, never an empty 'Did you mean'", () => {
  it("serve zero=3 lists serve's options (zero is a training option; serving has none of it)", () => {
    const line = "serve 8B gpu=H100 rate=20 zero=3";
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    // Named as cards' (training memory), serve's own options still listed.
    expect(reply.error?.key).toBe("args.keyElsewhere");
    expect(reply.error?.params?.owners).toBe("/flops cards");
    const list = String(reply.error?.params?.list).split(", ");
    // The canonical names, in declaration order, no aliases.
    expect(list.slice(0, 3)).toEqual(["params", "gpu", "precision"]);
    expect(list).toContain("rate");
    expect(list).not.toContain("rps");
    for (const lang of ["en", "zh-TW"] as const) {
      expect(errorOf(line, lang)).not.toMatch(EMPTY_SUGGESTION);
      expect(errorOf(line, lang)).toContain("kv-precision");
    }
    expect(errorOf(line)).toContain(
      "/flops serve has no option “zero” (zero= is an option of /flops cards). Its options: params, gpu,",
    );
    expect(errorOf(line, "zh-TW")).toContain(
      "/flops serve 沒有「zero」這個選項（zero= 是 /flops cards 的選項）。它的選項有：params, gpu,",
    );
    // The example still shows a correct question: the asker's own without zero (cards takes no rate).
    expect(String(reply.hint?.params?.example)).toBe("/flops serve 8B gpu=H100 rate=20");
  });

  it("echoes the key as typed", () => {
    expect(ask("serve 8B gpu=H100 QQ_QQQQQQ=1").error?.params?.key).toBe("QQ_QQQQQQ");
  });

  it("a close option name is still suggested", () => {
    const reply = ask("serve 8B gpu=H100 rat=20");
    expect(reply.error?.key).toBe("args.unknownKey");
    expect(String(reply.error?.params?.suggestions).split(", ")).toContain("rate");
  });

  it("params' own option check (after a gpt spec) does the same", () => {
    const reply = ask("params gpt qqqqqq=3");
    expect(reply.error?.key).toBe("args.unknownKeyNoSuggestion");
    expect(String(reply.error?.params?.list).split(", ")).toContain("layers");
    expect(ask("params gpt layer=3").error?.params?.suggestions).toContain("layers");
  });

  it("an unknown GPU with nothing close points to /flops gpus, in en and zh-TW", () => {
    const reply = ask("7B 1T gpu=xyzzy");
    expect(reply.error?.key).toBe("gpu.unknownNoSuggestion");
    expect(errorOf("7B 1T gpu=xyzzy")).toBe(
      "I don't know the GPU “xyzzy”; /flops gpus lists the GPUs I know.",
    );
    expect(errorOf("7B 1T gpu=xyzzy", "zh-TW")).toContain("/flops gpus");
    expect(errorOf("cards 70B gpu=qqqqqqq", "zh-TW")).not.toMatch(EMPTY_SUGGESTION);
    // A near miss still gets its suggestion (H10O → H100).
    expect(ask("7B 1T gpu=H10O").error?.key).toBe("gpu.unknown");
  });

  it("help for a command with nothing close lists the commands, not all of them as a 'Did you mean'", () => {
    const reply = ask("help zzzz");
    expect(reply.error?.key).toBe("args.unknownCommandNoSuggestion");
    expect(String(reply.error?.params?.list).split(", ")).toEqual(registry.commands.map((c) => c.name));
    expect(errorOf("help zzzz")).toMatch(/^There is no command “zzzz”\. The commands: compute, mfu, /);
    expect(errorOf("help zzzz", "zh-TW")).not.toMatch(/你是不是要找/);
    // A near miss is still suggested alone.
    expect(ask("help cardz").error).toMatchObject({
      key: "args.unknownCommand",
      params: { suggestions: "cards" },
    });
  });

  it("a value that is none of the choices and near none: the choices, not the first three as a 'Did you mean'", () => {
    const reply = ask("cards 7B gpu=H100 precision=zzzzzz");
    expect(reply.error).toMatchObject({
      key: "args.badChoiceNoSuggestion",
      params: { value: "zzzzzz", choices: "fp32, bf16, fp16, fp8, int8, int4" },
    });
    expect(errorOf("cards 7B gpu=H100 precision=zzzzzz")).toBe(
      "“zzzzzz” is not one of fp32, bf16, fp16, fp8, int8, int4.",
    );
    expect(ask("cards 7B gpu=H100 mode=trian").error?.params?.suggestions).toContain("train");
  });

  it("gpus with a filter that matches nothing and is near nothing points to the whole list", () => {
    expect(ask("gpus zzzz9").error?.key).toBe("gpu.unknownNoSuggestion");
    expect(errorOf("gpus zzzz9", "zh-TW")).not.toMatch(/你是不是要找/);
  });

  it("an unknown layer with nothing close lists the layer names", () => {
    const reply = ask("params zzzzzz 3->4");
    expect(reply.error?.key).toBe("params.layerUnknownNoSuggestion");
    const list = String(reply.error?.params?.list).split(", ");
    for (const name of ["dense", "conv", "embedding", "lstm"]) expect(list).toContain(name);
    // One name per kind: dense, not also linear and fc.
    expect(list).not.toContain("linear");
    expect(errorOf("params zzzzzz 3->4", "zh-TW")).not.toMatch(EMPTY_SUGGESTION);
  });

  it("no error of any command says 'Did you mean' with nothing, for gibberish options, GPUs, values and words", () => {
    const lines: string[] = [];
    for (const command of registry.commands) {
      const example = command.examples[0] ?? command.name;
      lines.push(`${example} qqqqqqqqq=1`, `${example} zz=1`, `${example} gpu=qqqqqqqq`);
      for (const [name, spec] of command.optionList) {
        if (spec.kind === "choice" || spec.kind === "precision") lines.push(`${example} ${name}=qqqqqqq`);
      }
    }
    lines.push("qqqqqqqq 7B", "help qqqqqqqq", "model qqqqqqqqqqq", "gpus qqqqqqqq", "7B qqqqqqqq");
    let errors = 0;
    for (const line of lines) {
      const reply = ask(line);
      if (reply.ok) continue;
      errors++;
      const suggestions = reply.error?.params?.suggestions;
      if (suggestions !== undefined) expect(String(suggestions), line).not.toBe("");
      for (const lang of ["en", "zh-TW"] as const)
        expect(errorOf(line, lang), line).not.toMatch(EMPTY_SUGGESTION);
    }
    expect(errors).toBeGreaterThan(30);
  });
});

describe("a suggestion is a likely typo, not any short name", () => {
  it("gpu= in chinchilla is not a mistyped p (params' one-letter alias): the options are listed", () => {
    const reply = ask("chinchilla 70B gpu=H100");
    expect(reply.error).toMatchObject({
      key: "args.keyElsewhere",
      params: { list: "params, budget, tokens" },
    });
  });

  it("a doubled suffix suggests b and bn, not d (days)", () => {
    expect(ask("175BB 300B").error?.params?.suggestions).toBe("b, bn");
  });

  it("real typos keep their suggestions: rat → rate, gpu-hour → gpu-hours, trian → train, lstn → lstm", () => {
    expect(String(ask("serve 8B gpu=H100 rat=2").error?.params?.suggestions)).toContain("rate");
    expect(String(ask("mfu 70B 15T gpu=H100 gpu-hour=1M").error?.params?.suggestions)).toContain("gpu-hours");
    expect(String(ask("cards 7B gpu=H100 mode=trian").error?.params?.suggestions)).toBe("train");
    expect(String(ask("params dense 784->128, lstn 64->128").error?.params?.suggestions)).toContain("lstm");
  });
});

import { describe, expect, it } from "vitest";
import { ask, json, said } from "./helpers.ts";

describe("errors: short, private, with a correct example", () => {
  it.each([
    ["mfuu 175B 300B", "args.unknownCommand", "mfu"],
    ["chinchila 70B", "args.unknownCommand", "chinchilla"],
    ["mfu 175B 300B gpu=A100 gpu-hour=1M", "args.unknownKey", "gpu-hours"],
    ["175B 300B gpu=H10O", "gpu.unknown", "H100"],
    ["cards 70B gpu=a1000", "gpu.unknown", "A100"],
    ["175BB 300B", "quantity.unknownWord", "b"],
  ])("%s → %s suggesting %s", (line, id, suggestion) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.ephemeral).toBe(true);
    expect(reply.error?.key).toBe(id);
    expect(String(reply.error?.params?.suggestions)).toContain(suggestion);
  });

  it.each([
    ["mfu 175B 300B gpu-hours=1M", "args.missing"],
    ["175B 300B gpus=1.5 gpu=A100", "quantity.notIntegerFor"],
    ["175B 300B 400B", "args.extra"],
    ["175B 300B gpu=", "args.emptyValue"],
    ["175B 300B lang=fr", "args.badLang"],
    ["175B import(1)", "quantity.notAllowed"],
  ])("%s → %s", (line, id) => {
    expect(ask(line).error?.key).toBe(id);
  });

  it("every error shows a complete /flops example that itself succeeds", () => {
    for (const line of [
      "mfu 175B 300B gpu=A100",
      "175B 300B gpu=H10O",
      "cards 7B gpu=H100 mode=banana",
      "params foo 1->2",
      "chinchilla",
    ]) {
      const reply = ask(line);
      const example = String(reply.hint?.params?.example);
      expect(example).toMatch(/^\/flops /);
      expect(ask(example).ok, example).toBe(true);
    }
  });

  it("an unknown GPU's example uses gpu=", () => {
    expect(said("175B 300B gpu=H10O")).toMatch(/Try: \/flops [^"]*gpu=/);
  });

  it("error JSON is { ok: false, error } with the example in the message", () => {
    const out = json("175B 300B gpu=H10O") as unknown as { ok: boolean; error: string };
    expect(out.ok).toBe(false);
    expect(out.error).toContain("H100");
    expect(out.error).toContain("/flops");
  });
});

describe("delivery flags", () => {
  it("private (or me) makes any answer visible only to the asker", () => {
    expect(ask("175B 300B").ephemeral).toBe(false);
    expect(ask("175B 300B private").ephemeral).toBe(true);
    expect(ask("me 175B 300B").ephemeral).toBe(true);
  });

  it("lang=zh-TW picks the language for one reply", () => {
    expect(ask("175B 300B lang=zh-TW").lang).toBe("zh-TW");
    expect(ask("175B 300B").lang).toBe("en");
  });
});

describe("errors found while parsing show the named command's example", () => {
  it("an unknown key of mfu shows an mfu example", () => {
    expect(String(ask("mfu 175B 300B gpu=A100 gpu-hour=1M").hint?.params?.example)).toMatch(/^\/flops mfu /);
    expect(String(ask("/flops cards 7B gpu=H100 bogus=1").hint?.params?.example)).toMatch(/^\/flops cards /);
  });

  it("help for an unknown topic lists the commands when none is close", () => {
    // As a list of the commands, not as a "Did you mean" (test/commands/noSuggestion.test.ts).
    expect(String(ask("help zzzzzzzz").error?.params?.list)).toContain("mfu");
  });
});

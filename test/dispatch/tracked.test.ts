import { describe, expect, it } from "vitest";
import { readAll } from "../../src/commands/cardsServe.ts";
import { compute } from "../../src/commands/compute.ts";
import { registry } from "../../src/commands/registry.ts";
import { givenOptions, trackedOptions, unreadOptions } from "../../src/dispatch/tracked.ts";

describe("tracked options", () => {
  // GPT-3: 175B parameters on 300B tokens (Brown et al. 2020, Table D.1).
  const data = () => ({ params: 175e9, tokens: 300e9, gpus: 1024 });

  it("reads each option's validated value, and undefined for one not given", () => {
    const options = trackedOptions(compute, data()) as Record<string, unknown>;
    expect(options.params).toBe(175e9);
    expect(options.tokens).toBe(300e9);
    expect(options.days).toBeUndefined();
  });

  it("names the typed options not read, in the order typed, and no others", () => {
    const options = trackedOptions(compute, data()) as Record<string, unknown>;
    expect(unreadOptions(compute, options, ["gpus", "params", "tokens"])).toEqual([
      "gpus",
      "params",
      "tokens",
    ]);
    void options.tokens;
    const { params } = options;
    expect(params).toBe(175e9);
    expect(unreadOptions(compute, options, ["gpus", "params", "tokens"])).toEqual(["gpus"]);
    // A read of an option not given still counts as a read of that option.
    void options.days;
    expect(unreadOptions(compute, options, ["days", "gpus"])).toEqual(["gpus"]);
  });

  it("keeps each tracked record's reads apart", () => {
    const first = trackedOptions(compute, data()) as Record<string, unknown>;
    const second = trackedOptions(compute, data()) as Record<string, unknown>;
    void first.gpus;
    expect(unreadOptions(compute, first, ["gpus"])).toEqual([]);
    expect(unreadOptions(compute, second, ["gpus"])).toEqual(["gpus"]);
  });

  it("lists the options given without reading them; readAll reads all but those excepted", () => {
    const options = trackedOptions(compute, data());
    expect(givenOptions(options)).toEqual(["params", "tokens", "gpus"]);
    expect(unreadOptions(compute, options, ["params", "tokens", "gpus"])).toHaveLength(3);
    expect(readAll(options, new Set(["gpus"]))).toEqual({ params: 175e9, tokens: 300e9 });
    expect(unreadOptions(compute, options, ["params", "tokens", "gpus"])).toEqual(["gpus"]);
  });

  it("reads an option another command declares as undefined, noting no read of this command's", () => {
    const declared = new Set(compute.optionList.map(([name]) => name));
    const others = registry.commands.flatMap((command) => command.optionList.map(([name]) => name));
    const foreign = others.filter((name) => !declared.has(name));
    expect(foreign.length).toBeGreaterThan(0);
    for (const command of registry.commands) trackedOptions(command, {});
    const options = trackedOptions(compute, { ...data(), [foreign[0] as string]: 1 }) as Record<
      string,
      unknown
    >;
    for (const name of foreign) expect(options[name], name).toBeUndefined();
    expect(unreadOptions(compute, options, ["params", "tokens", "gpus"])).toEqual([
      "params",
      "tokens",
      "gpus",
    ]);
  });

  it("refuses a write (a command never changes its options)", () => {
    const options = trackedOptions(compute, data()) as Record<string, unknown>;
    expect(() => {
      options.params = 1;
    }).toThrow(TypeError);
  });
});

describe("every command's options", () => {
  it("fit the read flags, so each command's tracked class can be made", () => {
    for (const command of registry.commands) {
      expect(command.optionList.length, command.name).toBeLessThanOrEqual(32);
      expect(() => trackedOptions(command, {}), command.name).not.toThrow();
    }
  });
});

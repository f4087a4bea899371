import { describe, expect, it } from "vitest";
import { registry } from "../../src/commands/registry.ts";
import { type OptionSpec, opt } from "../../src/dispatch/options.ts";

/** Each option spec declares its own completion: catalogs for GPUs and runs, the list for choices, none for free text. */
describe("option completion", () => {
  it("a GPU (one or a list): the H100 variants for h1, at most the limit, named without the vendor", () => {
    for (const spec of [opt.gpu(), opt.gpuList()]) {
      const offered = spec.complete?.("h1", 25) ?? [];
      expect(offered.slice(0, 3).map((c) => c.value)).toEqual(["h100-sxm", "h100-pcie", "h100-nvl"]);
      expect(offered[0]).toEqual({ name: "H100 SXM5 80GB", value: "h100-sxm" });
      expect(spec.complete?.("", 5)).toHaveLength(5);
    }
  });

  it("a published run: deeps → DeepSeek-V3, shown by name, filled in by id", () => {
    expect(opt.model().complete?.("deeps", 25)[0]).toEqual({ name: "DeepSeek-V3", value: "deepseek-v3" });
  });

  it("a list of choices completes from the list; counts and free text offer nothing", () => {
    expect(
      opt
        .precision()
        .complete?.("fp", 25)
        .map((c) => c.value),
    ).toEqual(["fp64", "fp32", "fp16", "fp8", "fp4"]);
    expect(opt.choice(["infer", "train"] as const).complete?.("tr", 25)).toEqual([
      { name: "train", value: "train" },
    ]);
    expect(opt.size().complete).toBeUndefined();
    expect(opt.text().complete).toBeUndefined();
  });

  it("every GPU and run option of the registered commands completes", () => {
    const specs = registry.commands.flatMap((c) => Object.values(c.options as Record<string, OptionSpec>));
    const named = specs.filter((s) => s.kind === "gpu" || s.kind === "model");
    expect(named.length).toBeGreaterThanOrEqual(5); // compute, mfu, cards, serve: gpu; model: name
    for (const spec of named) expect(spec.complete, spec.kind).toBeDefined();
  });
});

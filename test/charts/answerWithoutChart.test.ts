import { describe, expect, it } from "vitest";
import { chartInput } from "../../src/charts/data.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

const ask = (line: string) => respondToText(registry, line, { lang: "en" });

describe("a chart asked for where the answer has nothing to draw", () => {
  it.each([
    // QLoRA on a 24 GB card (Dettmers et al. 2023): a fine-tuning memory answer, not a layout to draw.
    "cards 7B gpu=4090 mode=qlora chart",
    // What 90 days of 1,000 H100s buy: a hardware budget, no GPUs to compare.
    "compute gpu=H100 gpus=1000 days=90 chart",
  ])("says so instead of promising one: %s", (line) => {
    const reply = ask(line);
    expect(reply.ok).toBe(true);
    expect(chartInput(reply)).toBeUndefined();
    expect(reply.chart).toBeUndefined();
    expect(reply.notes.map((note) => note.key)).toContain("note.chartNoneForAnswer");
  });

  it("still draws the answers it can (the seed's GPT-3 on A100s)", () => {
    const reply = ask("175B 300B gpu=A100 chart");
    expect(reply.chart).toBe(true);
    expect(chartInput(reply)?.kind).toBe("compute");
  });

  it("names the commands with charts for one that has none", () => {
    expect(ask("params llama-3-8b chart").notes.map((note) => note.key)).toContain("chart.none");
  });
});

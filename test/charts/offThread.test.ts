import { describe, expect, it } from "vitest";
import { CHART_EXAMPLES } from "../../src/charts/examples.ts";
import { chartOf } from "../../src/charts/index.ts";
import { renderOffThread } from "../../src/charts/offThread.ts";
import { renderChart } from "../../src/charts/render.ts";
import { chartSpec } from "../../src/charts/spec.ts";
import { registry } from "../../src/commands/registry.ts";
import { respondToText } from "../../src/dispatch/respond.ts";

const compute = CHART_EXAMPLES.find((example) => example.kind === "compute")?.text ?? "";

/**
 * Charts are drawn on a thread of their own: Vega and resvg take hundreds of milliseconds a
 * chart, and on the thread that answers Slack and Discord a few charts at once would push other
 * people's answers past Slack's 3-second acknowledgement.
 */
describe("charts off the answering thread", () => {
  it("the chart thread's PNG is the same bytes as drawing it here", async () => {
    const reply = respondToText(registry, `${compute} chart`, { lang: "en" });
    const spec = chartSpec(reply, "en");
    if (!spec) throw new Error("the compute example has a chart");
    const [there, here] = [await renderOffThread(spec), await renderChart(spec)];
    expect(Buffer.isBuffer(there.png)).toBe(true);
    expect(there.png.equals(here.png)).toBe(true);
    expect([there.width, there.height, there.fileName]).toEqual([here.width, here.height, here.fileName]);
  });

  it("this thread keeps running timers while a chart draws: no pause near the drawing time", async () => {
    const reply = respondToText(registry, `${compute} chart`, { lang: "zh-TW" });
    let last = performance.now();
    let longest = 0;
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
    const chart = await chartOf(reply, "zh-TW");
    ticking = false;
    longest = Math.max(longest, performance.now() - last);
    // Drawn here, Vega's parse and resvg's render and PNG encoding are each one synchronous
    // stretch of the drawing time; drawn on the chart thread, this thread only waits.
    expect(chart?.ms).toBeGreaterThan(20);
    expect(longest).toBeLessThan((chart?.ms ?? 0) / 4);
  });

  it("a chart that fails to draw fails alone: the next one is drawn", async () => {
    const reply = respondToText(registry, `${compute} chart`, { lang: "en" });
    const spec = chartSpec(reply, "en");
    if (!spec) throw new Error("the compute example has a chart");
    const broken = {
      ...spec,
      vegaLite: { ...spec.vegaLite, mark: "no-such-mark" },
    } as unknown as typeof spec;
    await expect(renderOffThread(broken)).rejects.toThrow(Error);
    const chart = await renderOffThread(spec);
    expect(chart.png.subarray(1, 4).toString()).toBe("PNG");
  });
});

/**
 * The GPU catalog asked in words rather than by its command's name: 列出所有 AMD 的 GPU was refused
 * on AMD as a word compute does not know, with the Try line `/flops 列出所有 的 GPU` (AMD dropped,
 * the rest not a question); `list all amd gpus` on `list`. Each is now `gpus`, filtered by the vendor.
 */
import { describe, expect, it } from "vitest";
import { answered, ask } from "./helpers.ts";

describe("the catalog asked in words", () => {
  it.each<[string, "en" | "zh-TW", string]>([
    ["列出所有 AMD 的 GPU", "zh-TW", "amd"],
    ["AMD 的 GPU 有哪些？", "zh-TW", "amd"],
    ["NVIDIA 的卡有哪些", "zh-TW", "nvidia"],
    ["Google 有哪些顯示卡？", "zh-TW", "google"],
    ["list all amd gpus", "en", "amd"],
    ["which AMD GPUs do you know", "en", "amd"],
    ["amd gpus", "en", "amd"],
  ])("%s: `gpus %s`, that vendor's cards only", (line, lang, vendor) => {
    const asked = answered(line, lang);
    expect(asked.command).toBe("gpus");
    expect(asked.readAs.filter).toBe(vendor);
    const gpus = asked.result.gpus as { vendor: string; id: string }[];
    expect(gpus.length).toBeGreaterThan(0);
    for (const gpu of gpus) expect(gpu.vendor.toLowerCase()).toBe(vendor);
  });

  it("AMD's cards include the MI300X (AMD Instinct MI300X datasheet: 192 GB HBM3)", () => {
    const asked = answered("列出所有 AMD 的 GPU", "zh-TW");
    const listed = asked.rendered.rows.map((row) => `${row.label} ${row.value}`).join("\n");
    expect(listed).toContain("MI300X 192GB · 192 GB");
  });

  it.each(["有哪些 GPU？", "list gpus", "what gpus do you have"])("%s: the whole catalog", (line) => {
    const asked = answered(line, /\p{Script=Han}/u.test(line) ? "zh-TW" : "en");
    expect(asked.command).toBe("gpus");
    const vendors = new Set((asked.result.gpus as { vendor: string }[]).map((gpu) => gpu.vendor));
    expect([...vendors]).toEqual(expect.arrayContaining(["NVIDIA", "AMD", "Google"]));
  });

  it.each(["how many gpus for 70B 1.4T", "amd nvidia gpus"])(
    "%s: not the catalog (a count; two vendors)",
    (line) => {
      expect(ask(line).command).not.toBe("gpus");
    },
  );
});

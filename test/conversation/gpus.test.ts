/** The GPU menu under an answer: which entry a question's `gpu=` selects. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMON_GPUS, currentGpu } from "../../src/conversation/gpus.ts";
import { GPU_CATALOG } from "../../src/core/gpus.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("currentGpu", () => {
  it("selects the menu entry of the card a question names, however it was typed", () => {
    expect(currentGpu("H100")).toBe("H100");
    // NVIDIA's datasheet name for the SXM5 part and its catalog id both read as the H100 on the menu.
    expect(currentGpu("h100-sxm5")).toBe("H100");
    expect(currentGpu("mi300x")).toBe("MI300X");
  });

  it("selects nothing for a card off the menu, a list of cards, a typo, or no card", () => {
    expect(COMMON_GPUS.map((g) => g.value)).not.toContain("4090");
    expect(GPU_CATALOG.find("4090")).toBeDefined();
    expect(currentGpu("4090")).toBeUndefined();
    expect(currentGpu("h100,a100,mi300x,tpu-v5p")).toBeUndefined();
    expect(currentGpu("H1OO")).toBeUndefined();
    expect(currentGpu(undefined)).toBeUndefined();
  });

  it("looks a card up without building the refusal (its suggestions) that an unknown card gets elsewhere", () => {
    const suggest = vi.spyOn(GPU_CATALOG, "suggest");
    expect(currentGpu("h100,a100")).toBeUndefined();
    expect(suggest).not.toHaveBeenCalled();
    suggest.mockRestore();
  });
});

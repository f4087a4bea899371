/**
 * `gpus 80gb` matched the memory as text, so the B200 180GB ("180gb" holds "80gb") was listed among
 * the 80 GB cards; `which gpus have 80gb` and `gpus with 80gb` were refused. A memory is now a number
 * matched exactly, however the question says it.
 */
import { describe, expect, it } from "vitest";
import { answered, errorOf } from "../dispatch/helpers.ts";

/** The catalog ids listed in an answer. */
const idsOf = (line: string) =>
  (answered(line).result.gpus as { id: string; memoryBytes: number }[]).map((gpu) => gpu.id);

describe("the catalog by memory", () => {
  it.each([
    "gpus 80gb",
    "gpus 80 GB",
    "which gpus have 80gb",
    "gpus with 80gb",
    "what cards have 80 GB of memory?",
  ])("%s: the 80 GB cards (A100 80GB and H100 datasheets), never the B200's 180 GB", (line) => {
    const asked = answered(line);
    expect(asked.command).toBe("gpus");
    const gpus = asked.result.gpus as { id: string; memoryBytes: number }[];
    expect(gpus.map((gpu) => gpu.id)).toEqual(expect.arrayContaining(["a100-80gb-sxm", "h100-sxm"]));
    for (const gpu of gpus) expect(gpu.memoryBytes, gpu.id).toBe(80e9);
  });

  it("gpus 24gb: the RTX 4090 (24 GB, NVIDIA's sheet) and no 124 GB or 240 GB card", () => {
    expect(idsOf("gpus 24gb")).toContain("rtx-4090");
    expect(answered("gpus 24gb").rendered.title).toBe("GPUs with 24 GB (4)");
  });

  it("a memory no card has is refused with the memories known, in the asker's language", () => {
    expect(errorOf("gpus 81gb")).toMatchObject({ key: "gpu.noneWithMemory" });
    expect(errorOf("gpus 81gb").text).toContain("80, 94");
    expect(errorOf("gpus 81gb", "zh-TW").text).toContain("沒有 81 GB");
  });

  it("a card's name with its memory is still a name: `gpus h100 80gb`", () => {
    expect(idsOf("gpus h100 80gb")).toContain("h100-sxm");
  });
});

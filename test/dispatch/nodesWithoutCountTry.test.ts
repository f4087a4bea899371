import { describe, expect, it } from "vitest";
import { answered, errorOf } from "./helpers.ts";

/**
 * Nodes with no count of GPUs in each are refused (never a guessed node size); the refusal's example
 * is in the asker's language, and its Try line is the asker's own line with 8 GPUs a node (DGX/HGX
 * H100: 8 GPUs a server) when that line is answered (it was the generic `/flops 175B 300B`).
 */
describe("a node count without GPUs a node: refused, with the asker's line and 8 a node to try", () => {
  it("zh-TW: 8B 15T 用 64 個節點的 H100 → a Chinese example, and the line with 每節點 8 張 to try", () => {
    const { key, text } = errorOf("8B 15T 用 64 個節點的 H100", "zh-TW");
    expect(key).toBe("read.nodesWithoutCount");
    expect(text).toContain("例如 /flops 70B 2T 64 個節點、每節點 8 張 H100");
    expect(text).not.toContain("nodes of");
    expect(text).toContain("/flops 8B 15T 用 64 個節點、每節點 8 張 H100");
    expect(text).not.toContain("175B 300B");
  });

  it("the Chinese example and the Try line answer: 64 × 8 = 512 H100s, as `64 nodes of 8 H100`", () => {
    expect(answered("70B 2T 64 個節點、每節點 8 張 H100", "zh-TW").readAs.gpus).toBe(512);
    const tried = answered("8B 15T 用 64 個節點、每節點 8 張 H100", "zh-TW");
    expect(tried.readAs.gpus).toBe(answered("8B 15T 64 nodes of 8 H100").readAs.gpus);
  });

  it.each([
    ["8B 15T 64 nodes H100", "/flops 8B 15T 64 nodes of 8 H100"],
    ["70B 2T on 64 nodes of H100", "/flops 70B 2T on 64 nodes of 8 H100"],
  ])("English: %s → %s to try", (line, tried) => {
    const { key, text } = errorOf(line);
    expect(key).toBe("read.nodesWithoutCount");
    expect(text).toContain(tried);
  });
});

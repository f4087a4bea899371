import { describe, expect, it } from "vitest";
import { ask } from "./helpers.ts";

// Llama 3 70B's config.json count, as the catalog gives it.
const LLAMA3_70B = 70_553_706_496;

describe("a command of one GPU given several: the Try line is the asker's line on the first GPU, and answers", () => {
  it.each([
    ["serve llama 3 70b on H100 / H200", "serve llama 3 70b on H100", String(LLAMA3_70B)],
    ["serve llama 3 70b on H100, H200", "serve llama 3 70b on H100", String(LLAMA3_70B)],
    ["serve llama-3-70b gpu=h100,h200", "serve llama-3-70b gpu=h100", String(LLAMA3_70B)],
    ["cards 70B on H100/A100", "cards 70B on H100", "70B"],
    ["does llama 3 70b fit on 2 H100 or H200", "does llama 3 70b fit on 2 H100", String(LLAMA3_70B)],
    ["serve 8B on a100 vs h100", "serve 8B on a100", "8B"],
  ])("%s → Try: /flops %s", (line, example, params) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("gpu.oneOnly");
    expect(reply.hint?.params?.example).toBe(`/flops ${example}`);
    // The asker's model, not the command's first example (it offered serve llama-3-8b).
    const tried = ask(example);
    expect(tried.ok).toBe(true);
    expect(tried.asked?.raw.params).toBe(params);
  });
});

import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

const readAsOf = (line: string) =>
  (toJson(ask(line), "en") as { readAs: Record<string, unknown> & { assumed: string[] } }).readAs;

// Chinchilla's rule of thumb, D = 20·N (Hoffmann et al. 2022, Table 3), and the 1,024-GPU default:
// an answer built on them lists them in Read as, marked assumed, beside the MFU it assumed.
describe("Read as lists the GPU count and tokens an answer assumed", () => {
  it("how many A100 to train a 7B model: 140B tokens (20·N) and 1,024 GPUs, both (assumed)", () => {
    const line = "how many A100 to train a 7B model";
    const r = result(line);
    expect(r.tokens).toBe(20 * 7e9);
    expect(r.gpus).toBe(1024);
    const readAs = readAsOf(line);
    expect(readAs.tokens).toBe(140e9);
    expect(readAs.gpus).toBe(1024);
    expect(readAs.assumed).toEqual(expect.arrayContaining(["tokens", "gpus", "mfu"]));
    const text = said(line);
    expect(text).toContain("140B tokens (assumed)");
    expect(text).toContain("1,024 (assumed) × A100");
  });

  it("typed tokens and GPUs are not marked assumed", () => {
    const readAs = readAsOf("70B 2T gpu=H100 gpus=512");
    expect(readAs.assumed).not.toContain("tokens");
    expect(readAs.assumed).not.toContain("gpus");
  });

  it("GPUs worked out from a deadline are derived, not assumed", () => {
    expect(readAsOf("70B 2T gpu=H100 days=30").assumed).not.toContain("gpus");
  });

  it("tokens from a FLOP budget are derived, not assumed", () => {
    expect(readAsOf("70B budget=1e24").assumed ?? []).not.toContain("tokens");
  });
});

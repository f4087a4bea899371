import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

const tryLine = (line: string): string => {
  const hint = JSON.stringify(ask(line).hint ?? "");
  const example = /mfu [^"]*/.exec(hint)?.[0];
  if (!example) throw new Error(`no Try line for ${line}: ${hint}`);
  return example;
};

describe("mfu of a run that published no single GPU and no GPU time: one refusal that names all it lacks", () => {
  it("mfu mixtral: GPU, GPU time and tokens are all unpublished (Mistral AI's Mixtral release gives none)", () => {
    const reply = ask("mfu mixtral");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("mfu.unpublishedRunTokens");
    expect(said("mfu mixtral")).toContain("Mixtral 8x7B's GPU time and training tokens are not published");
    expect(said("mfu mixtral", "zh-TW")).toContain("Mixtral 8x7B 的 GPU 時間與訓練 token 數沒有公開");
    // The Try line gives everything: it answers, not refused a second time for the time or tokens.
    const example = tryLine("mfu mixtral");
    expect(example).toMatch(/gpu=\S+ gpus=\d+ days=\d+d tokens=\S+/);
    const r = result(example);
    // Its days are what the run's FLOP (6N + attention, PaLM App. B) takes at 40%: a plausible MFU.
    expect(r.mfuWithAttention).toBeGreaterThan(0.3);
    expect(r.mfuWithAttention).toBeLessThan(0.5);
  });

  it("mfu chinchilla: its 1.4T tokens are published (Hoffmann et al. §4.1), its chip count and time are not", () => {
    expect(ask("mfu chinchilla").error?.key).toBe("mfu.unpublishedRun");
    const example = tryLine("mfu chinchilla");
    // Chinchilla names TPU v3 and TPU v4: the first the catalog knows is the example's card.
    expect(example).toContain("gpu=tpu-v3");
    expect(example).not.toContain("tokens=");
    const r = result(example);
    expect(r.mfuWithAttention).toBeGreaterThan(0.3);
    expect(r.mfuWithAttention).toBeLessThan(0.5);
  });

  it("with a GPU time typed, only the GPU is missing: the plain refusal for gpu=", () => {
    expect(ask("mfu mixtral gpu-hours=500k").error?.key).toBe("model.notApplicable");
  });
});

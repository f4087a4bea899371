import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

type Served = { throughput: { batch: number } };

describe("a label, a link word and a value is read only where the label takes that value", () => {
  it("`cost of 70B 1.4T on 1024 H100 at $2/h` prices the run at $2/h (6 × 70B × 1.4T = 5.88e23 FLOP), no price of 70B", () => {
    const r = result("cost of 70B 1.4T on 1024 H100 at $2/h");
    expect(r.params).toBe(70e9);
    expect(r.flops).toBeCloseTo(5.88e23, -20);
    expect(r.gpus).toBe(1024);
    expect(said("cost of 70B 1.4T on 1024 H100 at $2/h")).toContain("$2/GPU-hour");
  });

  it("`time of 70B 1.4T on 1024 H100` is 70B on 1.4T tokens, not 1.4T parameters", () => {
    const r = result("time of 70B 1.4T on 1024 H100");
    expect(r.params).toBe(70e9);
    expect(r.tokens).toBe(1.4e12);
  });

  it("`MFU of 45%` is still mfu=45%, and `a batch of 16` is serve's batch 16", () => {
    expect(result("70B 1.4T on 1024 H100 at MFU of 45%").mfu).toBe(0.45);
    const reply = ask("llama 3 70b on H100 with a batch of 16");
    expect(reply.command).toBe("serve");
    expect((reply.result as Served).throughput.batch).toBe(16);
  });
});

describe("`max` asks only before a batch; `batch size N` is that batch", () => {
  it("`max 8 GPUs for 70B 1.4T`: a cap is not read as exactly 8 GPUs, it is refused naming max", () => {
    const reply = ask("max 8 GPUs for 70B 1.4T");
    expect(reply.ok).toBe(false);
    expect(said("max 8 GPUs for 70B 1.4T")).toContain("max");
  });

  it("`serve llama 3 70b on H100 batch size 32` is batch 32", () => {
    expect((ask("serve llama 3 70b on H100 batch size 32").result as Served).throughput.batch).toBe(32);
  });

  it("`4M token batch` is a batch of tokens, not a question of the largest batch: refused naming batch", () => {
    const reply = ask("70B 1.4T on 1024 H100 with 4M token batch");
    expect(reply.ok).toBe(false);
    expect(reply.notes.map((note) => note.key)).not.toContain("read.maxBatchAsked");
    expect(said("70B 1.4T on 1024 H100 with 4M token batch")).toContain("batch");
  });
});

describe("zh-TW: 人民幣 is a currency, not users; 人工智慧 and 想知道 are no words to refuse", () => {
  it.each(["H100 每張 15 人民幣 一小時 70B 1.4T", "預算 100 萬人民幣 H100 訓練"])(
    "%s: refused as a price that is not in dollars",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(false);
      expect(said(line, "zh-TW")).toContain("「人民幣」不是美元");
    },
  );

  it.each(["人工智慧 70B 15T 要多少算力", "我想知道 70B 15T 要多少算力"])(
    "%s: 6 × 70B × 15T = 6.3e24 FLOP",
    (line) => {
      const reply = ask(line, "zh-TW");
      expect(reply.ok).toBe(true);
      expect((reply.result as { flops: number }).flops).toBeCloseTo(6.3e24, -21);
    },
  );
});

describe("params refused for a missing value: the Try line keeps the asker's shape and adds what it lacks", () => {
  it.each([
    [
      "how many params does a 32 layer 4096 hidden model have",
      "/flops params transformer layers=32 d=4096 vocab=50257",
    ],
    ["params transformer layers=96", "/flops params transformer layers=96 d=12288 vocab=50257"],
  ])("%s → Try: %s, which answers", (line, example) => {
    const reply = ask(line);
    expect(reply.ok).toBe(false);
    expect(reply.hint?.params?.example).toBe(example);
    expect(ask(example.replace("/flops ", "")).ok).toBe(true);
  });
});

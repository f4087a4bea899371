import { describe, expect, it } from "vitest";
import {
  batchNormParams,
  convParams,
  denseParams,
  embeddingParams,
  layerNormParams,
  recurrentParams,
  rmsNormParams,
} from "../../../src/core/params/index.ts";
import { expectConsistent, part, userError } from "./helpers.ts";

describe("denseParams", () => {
  it("counts in·out weights and out biases", () => {
    const count = denseParams({ inputs: 784, outputs: 128 });
    expect(count.total).toBe(100_480);
    expect(count.nonEmbedding).toBe(100_480);
    expect(count.parts).toEqual([
      { id: "weights", params: 100_352 },
      { id: "bias", params: 128 },
    ]);
  });
  it("drops the bias when asked", () => {
    const count = denseParams({ inputs: 128, outputs: 10, bias: false });
    expect(count.total).toBe(1280);
    expect(part(count, "bias")).toBeUndefined();
  });
  it("rejects sizes that are not positive whole numbers", () => {
    for (const inputs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = userError(() => denseParams({ inputs, outputs: 3 }));
      expect(error.id).toBe("params.invalidSize");
      expect(error.params).toMatchObject({ name: "inputs", min: 1 });
    }
  });
  it("parts sum to the total", () => {
    for (const [inputs, outputs] of [
      [1, 1],
      [3, 7],
      [4096, 11008],
    ] as const) {
      expectConsistent(denseParams({ inputs, outputs }));
      expectConsistent(denseParams({ inputs, outputs, bias: false }));
    }
  });
});

describe("convParams", () => {
  it("Keras Conv2D(64, 3x3) on 3 channels = 1,792", () => {
    const count = convParams({ kernel: [3, 3], inChannels: 3, outChannels: 64 });
    expect(count.total).toBe(1792);
    expect(count.parts).toEqual([
      { id: "weights", params: 1728 },
      { id: "bias", params: 64 },
    ]);
  });
  it("depthwise 3x3 over 32 channels (groups = 32) = 320", () => {
    expect(convParams({ kernel: [3, 3], inChannels: 32, outChannels: 32, groups: 32 }).total).toBe(320);
  });
  it("1d and 3d kernels, and no bias", () => {
    expect(convParams({ kernel: [5], inChannels: 16, outChannels: 32 }).total).toBe(5 * 16 * 32 + 32);
    expect(convParams({ kernel: [3, 3, 3], inChannels: 2, outChannels: 4, bias: false }).total).toBe(216);
  });
  it("groups must divide both channel counts", () => {
    const error = userError(() => convParams({ kernel: [3, 3], inChannels: 32, outChannels: 48, groups: 5 }));
    expect(error.id).toBe("params.groups");
    expect(error.params).toEqual({ groups: 5, inChannels: 32, outChannels: 48 });
    expect(userError(() => convParams({ kernel: [1], inChannels: 6, outChannels: 4, groups: 3 })).id).toBe(
      "params.groups",
    );
  });
  it("kernels have 1 to 3 dimensions of positive size", () => {
    expect(userError(() => convParams({ kernel: [], inChannels: 1, outChannels: 1 })).id).toBe(
      "params.kernel",
    );
    expect(
      userError(() => convParams({ kernel: [1, 1, 1, 1], inChannels: 1, outChannels: 1 })).params,
    ).toEqual({
      kernel: "1x1x1x1",
    });
    expect(userError(() => convParams({ kernel: [3, 0], inChannels: 1, outChannels: 1 })).params.name).toBe(
      "kernel",
    );
  });
  it("parts sum to the total", () => {
    expectConsistent(convParams({ kernel: [7, 7], inChannels: 3, outChannels: 64, bias: false }));
    expectConsistent(convParams({ kernel: [1, 1], inChannels: 256, outChannels: 64, groups: 4 }));
  });
});

describe("embeddingParams", () => {
  it("vocab·dim, all embedding", () => {
    const count = embeddingParams({ vocab: 20_000, dim: 128 });
    expect(count).toEqual({
      total: 2_560_000,
      nonEmbedding: 0,
      parts: [{ id: "embedding", params: 2_560_000 }],
    });
  });
});

describe("norms", () => {
  it("LayerNorm has a scale and a shift: 2·dim", () => {
    const count = layerNormParams(512);
    expect(count.total).toBe(1024);
    expectConsistent(count);
    expect(layerNormParams(512, false).total).toBe(512);
  });
  it("RMSNorm has a scale only: dim", () => {
    expect(rmsNormParams(4096)).toEqual({
      total: 4096,
      nonEmbedding: 4096,
      parts: [{ id: "weights", params: 4096 }],
    });
  });
  it("BatchNorm counts gamma and beta, not the running statistics", () => {
    const count = batchNormParams(64);
    expect(count.total).toBe(128);
    expectConsistent(count);
  });
});

describe("recurrentParams", () => {
  it("Keras LSTM(128) on 64 features = 98,816", () => {
    const count = recurrentParams({ cell: "lstm", inputs: 64, hidden: 128, convention: "keras" });
    expect(count.total).toBe(98_816);
    expect(count.parts).toEqual([
      { id: "inputWeights", params: 4 * 64 * 128, count: 4 },
      { id: "recurrentWeights", params: 4 * 128 * 128, count: 4 },
      { id: "bias", params: 4 * 128, count: 4 },
    ]);
  });
  it("PyTorch nn.LSTM(64, 128) = 99,328 (two bias vectors per gate)", () => {
    expect(recurrentParams({ cell: "lstm", inputs: 64, hidden: 128, convention: "pytorch" }).total).toBe(
      99_328,
    );
  });
  it("Keras GRU(128) on 64 features: 74,496 with reset_after (default), 74,112 without", () => {
    expect(recurrentParams({ cell: "gru", inputs: 64, hidden: 128, convention: "keras" }).total).toBe(74_496);
    expect(
      recurrentParams({ cell: "gru", inputs: 64, hidden: 128, convention: "keras", resetAfter: false }).total,
    ).toBe(74_112);
  });
  it("PyTorch GRU always keeps two biases; Keras SimpleRNN one, PyTorch RNN two", () => {
    expect(
      recurrentParams({ cell: "gru", inputs: 64, hidden: 128, convention: "pytorch", resetAfter: false })
        .total,
    ).toBe(74_496);
    expect(recurrentParams({ cell: "rnn", inputs: 10, hidden: 20, convention: "keras" }).total).toBe(620);
    expect(recurrentParams({ cell: "rnn", inputs: 10, hidden: 20, convention: "pytorch" }).total).toBe(640);
  });
  it("resetAfter only matters for Keras GRU", () => {
    const lstm = recurrentParams({
      cell: "lstm",
      inputs: 8,
      hidden: 16,
      convention: "keras",
      resetAfter: true,
    });
    expect(lstm.total).toBe(4 * ((8 + 16) * 16 + 16));
  });
  it("parts sum to the total", () => {
    for (const cell of ["rnn", "lstm", "gru"] as const) {
      for (const convention of ["keras", "pytorch"] as const) {
        for (const resetAfter of [true, false]) {
          expectConsistent(recurrentParams({ cell, inputs: 33, hidden: 17, convention, resetAfter }));
        }
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import {
  LayerSpec,
  layerParams,
  MAX_LAYERS,
  networkParams,
  parseLayerList,
  ZERO_PARAM_KINDS,
} from "../../../src/core/params/index.ts";
import { expectConsistent, userError } from "./helpers.ts";

const total = (text: string) => networkParams(parseLayerList(text)).total;

describe("networkParams", () => {
  it("MNIST MLP dense 784->128, dense 128->10 = 101,770", () => {
    const count = networkParams(parseLayerList("dense 784->128, dense 128->10"));
    expect(count.total).toBe(101_770);
    expect(count.parts).toEqual([
      { id: "dense", index: 0, params: 100_480 },
      { id: "dense", index: 1, params: 1290 },
    ]);
  });
  it("a small CNN, one part per layer including zero-parameter layers", () => {
    const count = networkParams(
      parseLayerList(
        "conv2d 3x3 1->32, relu, maxpool 2x2, conv2d 3x3 32->64, batchnorm 64, relu, maxpool, flatten, dropout 0.5, dense 1600->10, softmax",
      ),
    );
    expect(count.total).toBe(320 + 18_496 + 128 + 16_010);
    expect(count.parts.map((p) => p.id)).toEqual([
      "conv",
      "relu",
      "maxpool",
      "conv",
      "batchnorm",
      "relu",
      "maxpool",
      "flatten",
      "dropout",
      "dense",
      "softmax",
    ]);
    expect(count.parts.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expectConsistent(count);
  });
  it("embeddings are excluded from nonEmbedding", () => {
    const count = networkParams(parseLayerList("embedding 20000x128, lstm 128->64, dense 64->1"));
    expect(count.total).toBe(2_560_000 + 4 * ((128 + 64) * 64 + 64) + 65);
    expect(count.nonEmbedding).toBe(count.total - 2_560_000);
    expectConsistent(count);
  });
  it("every kind has a count; zero-parameter kinds count 0", () => {
    const specs: LayerSpec[] = [
      { kind: "dense", inputs: 4, outputs: 2 },
      { kind: "conv", kernel: [3], inChannels: 2, outChannels: 2 },
      { kind: "embedding", vocab: 10, dim: 2 },
      { kind: "layernorm", dim: 4 },
      { kind: "rmsnorm", dim: 4 },
      { kind: "batchnorm", channels: 4 },
      { kind: "rnn", inputs: 2, hidden: 2 },
      { kind: "lstm", inputs: 2, hidden: 2, convention: "pytorch" },
      { kind: "gru", inputs: 2, hidden: 2, resetAfter: false },
      { kind: "dropout" },
      ...ZERO_PARAM_KINDS.map((kind) => ({ kind })),
    ];
    for (const spec of specs) expect(LayerSpec.parse(spec)).toEqual(spec);
    const count = networkParams(specs);
    expect(count.parts.map((p) => p.params).slice(0, 10)).toEqual([10, 14, 20, 8, 4, 8, 10, 48, 30, 0]);
    expect(count.parts.slice(10).every((p) => p.params === 0)).toBe(true);
    expectConsistent(count);
    expect(layerParams({ kind: "gelu" }).total).toBe(0);
  });
  it("refuses more than MAX_LAYERS layers, and an empty network is zero", () => {
    const many: LayerSpec[] = Array.from({ length: MAX_LAYERS + 1 }, () => ({ kind: "relu" }));
    expect(userError(() => networkParams(many)).id).toBe("params.tooManyLayers");
    expect(networkParams([])).toEqual({ total: 0, nonEmbedding: 0, parts: [] });
  });
  it("passes on the groups error from convParams", () => {
    expect(userError(() => total("conv2d 3x3 32->48 groups=5")).id).toBe("params.groups");
  });
});

describe("parseLayerList", () => {
  it("reads the examples people write", () => {
    expect(parseLayerList("dense 784->128")).toEqual([{ kind: "dense", inputs: 784, outputs: 128 }]);
    expect(parseLayerList("conv 3x3 3->64")).toEqual([
      { kind: "conv", kernel: [3, 3], inChannels: 3, outChannels: 64 },
    ]);
    expect(parseLayerList("conv2d 3x3 3->64 groups=1")).toEqual([
      { kind: "conv", kernel: [3, 3], inChannels: 3, outChannels: 64, groups: 1 },
    ]);
    expect(parseLayerList("conv1d 5 16->32")).toEqual([
      { kind: "conv", kernel: [5], inChannels: 16, outChannels: 32 },
    ]);
    expect(parseLayerList("lstm 64->128")).toEqual([{ kind: "lstm", inputs: 64, hidden: 128 }]);
    expect(parseLayerList("lstm 64->128 pytorch")).toEqual([
      { kind: "lstm", inputs: 64, hidden: 128, convention: "pytorch" },
    ]);
    expect(parseLayerList("gru 64->128 keras reset_after=false")).toEqual([
      { kind: "gru", inputs: 64, hidden: 128, convention: "keras", resetAfter: false },
    ]);
    expect(parseLayerList("rnn 10->20")).toEqual([{ kind: "rnn", inputs: 10, hidden: 20 }]);
    expect(parseLayerList("embedding 20000x128")).toEqual([{ kind: "embedding", vocab: 20_000, dim: 128 }]);
    expect(parseLayerList("embed 20k->128")).toEqual([{ kind: "embedding", vocab: 20_000, dim: 128 }]);
    expect(parseLayerList("layernorm 512, rmsnorm 512, batchnorm 64")).toEqual([
      { kind: "layernorm", dim: 512 },
      { kind: "rmsnorm", dim: 512 },
      { kind: "batchnorm", channels: 64 },
    ]);
    expect(parseLayerList("layernorm 512 nobias")).toEqual([{ kind: "layernorm", dim: 512, bias: false }]);
    expect(parseLayerList("maxpool, flatten, dropout 0.5, relu, dropout, dropout rate=.1")).toEqual([
      { kind: "maxpool" },
      { kind: "flatten" },
      { kind: "dropout", rate: 0.5 },
      { kind: "relu" },
      { kind: "dropout" },
      { kind: "dropout", rate: 0.1 },
    ]);
  });
  it("accepts aliases, arrows, spacing, case and multipliers", () => {
    const mlp = [{ kind: "dense", inputs: 784, outputs: 128 }];
    for (const text of [
      "linear 784->128",
      "Dense 784 -> 128",
      "dense 784→128",
      "dense 784 > 128",
      "fc 784=>128",
      "  dense 784->128 ,",
    ]) {
      expect(parseLayerList(text)).toEqual(mlp);
    }
    expect(parseLayerList("dense 1.5M->1k nobias")).toEqual([
      { kind: "dense", inputs: 1_500_000, outputs: 1000, bias: false },
    ]);
    expect(parseLayerList("dense 10->5 bias=false; dense 5->1 bias=true\nconv2d 3 × 3 8->8")).toEqual([
      { kind: "dense", inputs: 10, outputs: 5, bias: false },
      { kind: "dense", inputs: 5, outputs: 1, bias: true },
      { kind: "conv", kernel: [3, 3], inChannels: 8, outChannels: 8 },
    ]);
    expect(
      parseLayerList("Conv2D 3 3->64, BatchNormalization 64, MaxPooling2D 2x2 strides=2, SimpleRNN 10->20"),
    ).toEqual([
      { kind: "conv", kernel: [3, 3], inChannels: 3, outChannels: 64 },
      { kind: "batchnorm", channels: 64 },
      { kind: "maxpool" },
      { kind: "rnn", inputs: 10, hidden: 20 },
    ]);
  });
  it("conv: kernel length sets the dimension; depthwise; ignorable options", () => {
    expect(parseLayerList("conv3d 3 1->8")[0]).toMatchObject({ kernel: [3, 3, 3] });
    expect(parseLayerList("conv 3x3x3 1->8")[0]).toMatchObject({ kernel: [3, 3, 3] });
    expect(parseLayerList("conv 5 1->8")[0]).toMatchObject({ kernel: [5] });
    expect(parseLayerList("conv2d 32->32 3x3 depthwise padding=same stride=1")).toEqual([
      { kind: "conv", kernel: [3, 3], inChannels: 32, outChannels: 32, groups: 32 },
    ]);
    expect(total("conv2d 3x3 32->32 depthwise")).toBe(320);
    expect(total("conv2d 3x3 3->64")).toBe(1792);
    expect(total("conv2d 3x3 3->64 nobias")).toBe(1728);
  });
  it("dense chains expand into one layer per arrow", () => {
    expect(parseLayerList("dense 784->128->10")).toHaveLength(2);
    expect(total("dense 784->128->10")).toBe(101_770);
  });
  it("framework conventions through the grammar", () => {
    expect(total("lstm 64->128")).toBe(98_816);
    expect(total("lstm 64->128 pytorch")).toBe(99_328);
    expect(total("lstm 64->128 torch")).toBe(99_328);
    expect(total("gru 64->128")).toBe(74_496);
  });

  const syntax = (text: string) => {
    const error = userError(() => parseLayerList(text));
    expect(error.id).toBe("params.layerSyntax");
    return error.params;
  };
  it("reports the bad piece with an example for its kind", () => {
    expect(syntax("dense 784->128, dense 128")).toEqual({ layer: "dense 128", example: "dense 784->128" });
    expect(syntax("conv2d 3->64")).toEqual({ layer: "conv2d 3->64", example: "conv2d 3x3 3->64" });
    expect(syntax("lstm 64")).toEqual({ layer: "lstm 64", example: "lstm 64->128" });
    expect(syntax("maxpool same")).toEqual({ layer: "maxpool same", example: "maxpool" });
    expect(syntax("")).toEqual({ layer: "", example: "dense 784->128" });
    expect(syntax(" , ,")).toMatchObject({ example: "dense 784->128" });
  });
  it("rejects malformed layers", () => {
    for (const text of [
      "dense 784->",
      "dense 784",
      "dense 0->10",
      "dense 1.5->10",
      "dense 7e3->10",
      "dense -5->10",
      "dense 784->128 relu",
      "dense 784->128 bias=maybe",
      "dense 784->128 bias=1 bias=0",
      "dense 784->128 colour=red",
      "dense 784->128 10->5",
      "dense 2000000000->1",
      "conv1d 3x3 1->2",
      "conv2d 3x3x3 1->2",
      "conv 3x3x3x3 1->2",
      "conv 3x3 1->2->3",
      "conv 3x3 1->2 depthwise groups=2",
      "conv 3x3 1->2 groups=two",
      "embedding 20000",
      "embedding 20000x128x3",
      "embedding 20000x",
      "layernorm",
      "layernorm 512 512",
      "batchnorm 64 nobias",
      "lstm 64->128 keras pytorch",
      "lstm 64->128 reset_after=false",
      "gru 64->128 reset_after=perhaps",
      "dropout 1.5",
      "dropout abc",
      "dropout 0x1",
      "relu dense 10->5",
    ]) {
      syntax(text);
    }
  });
  it("suggests a kind for an unknown name", () => {
    const error = userError(() => parseLayerList("dense 784->128, lstn 64->128"));
    expect(error.id).toBe("params.layerUnknown");
    expect(error.params.kind).toBe("lstn");
    expect(String(error.params.suggestions).split(", ")).toContain("lstm");
    // Nothing near them: the known layer names instead of an empty "Did you mean".
    expect(userError(() => parseLayerList("__proto__ 3")).id).toBe("params.layerUnknownNoSuggestion");
    expect(userError(() => parseLayerList("constructor")).id).toBe("params.layerUnknownNoSuggestion");
  });
  it("caps the network at MAX_LAYERS", () => {
    expect(parseLayerList(Array.from({ length: MAX_LAYERS }, () => "relu").join(", "))).toHaveLength(
      MAX_LAYERS,
    );
    const error = userError(() =>
      parseLayerList(Array.from({ length: MAX_LAYERS + 1 }, () => "relu").join(",")),
    );
    expect(error.id).toBe("params.tooManyLayers");
    expect(error.params).toEqual({ max: MAX_LAYERS, count: MAX_LAYERS + 1 });
    const chain = `dense ${Array.from({ length: MAX_LAYERS + 2 }, () => "8").join("->")}`;
    expect(userError(() => parseLayerList(chain)).id).toBe("params.layerSyntax");
    const expanded = `${Array.from({ length: 60 }, () => "dense 8->8->8").join(", ")}`;
    expect(userError(() => parseLayerList(expanded)).params).toEqual({ max: MAX_LAYERS, count: 120 });
  });
  it("keeps echoed text short", () => {
    const long = `dense ${"9".repeat(500)}`;
    expect(String(syntax(long).layer).length).toBeLessThanOrEqual(80);
    const unknown = userError(() => parseLayerList("x".repeat(500)));
    expect(String(unknown.params.kind).length).toBeLessThanOrEqual(80);
  });
});

describe("parseLayerList dense layers", () => {
  // The MNIST MLP of Keras' mnist_mlp example (784 inputs, 128 hidden, 10 classes): dense layers are
  // checked without a zod parse each, and must come out exactly as LayerSpec's parse gives them.
  it("gives dense layers as LayerSpec parses them, keys in the same order", () => {
    for (const text of [
      "dense 784->128, dense 128->10",
      "dense 784->128->10 bias=false",
      "dense 1->1000000000",
    ]) {
      const layers = parseLayerList(text);
      expect(JSON.stringify(layers)).toBe(
        JSON.stringify(layers.map((layer) => LayerSpec.parse({ ...layer }))),
      );
    }
  });

  it("refuses a dense size LayerSpec refuses (1 to 1e9 whole)", () => {
    expect(parseLayerList("dense 1000000000->1")).toEqual([{ kind: "dense", inputs: 1e9, outputs: 1 }]);
    for (const text of ["dense 1000000001->1", "dense 4->0"]) {
      expect(userError(() => parseLayerList(text)).id).toBe("params.layerSyntax");
    }
  });
});

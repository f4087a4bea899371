export type { ConvOptions } from "./conv.ts";
export { convParams } from "./conv.ts";
export type { DecoderOptions, MoeOptions } from "./decoder.ts";
export { decoderParams } from "./decoder.ts";
export type { DenseOptions } from "./dense.ts";
export { denseParams } from "./dense.ts";
export type { EmbeddingOptions } from "./embedding.ts";
export { embeddingParams } from "./embedding.ts";
export type { LayerKind } from "./network.ts";
export {
  LayerSpec,
  layerParams,
  MAX_LAYERS,
  MAX_SIZE,
  networkParams,
  parseLayerList,
  ZERO_PARAM_KINDS,
} from "./network.ts";
export { batchNormParams, layerNormParams, rmsNormParams } from "./norm.ts";
export type { RecurrentCell, RecurrentConvention, RecurrentOptions } from "./rnn.ts";
export { GATES, recurrentParams } from "./rnn.ts";
export type { GptOptions } from "./transformer.ts";
export { gptParams } from "./transformer.ts";
export type { ParamCount, ParamPart } from "./types.ts";

import { SOURCES } from "../sources.ts";
import type { SourceRef } from "./types.ts";

/**
 * The constants a formula can use, in the order `explain` lists them after a step: the message
 * that says what the constant is and the source it cites.
 */
export const EXPLANATIONS: readonly { key: string; source?: SourceRef }[] = [
  { key: "explain.const.sixND", source: SOURCES.kaplan2020 },
  { key: "explain.const.attention", source: SOURCES.palm2022 },
  { key: "explain.const.chinchilla", source: SOURCES.hoffmann2022 },
  { key: "explain.const.pfDay", source: SOURCES.gpt3 },
  { key: "explain.const.densePeak" },
  { key: "explain.const.mfu", source: SOURCES.palm2022 },
  { key: "explain.const.adam", source: SOURCES.zero2020 },
  { key: "explain.const.activations", source: SOURCES.korthikanti2022 },
  { key: "explain.const.activationsGated", source: SOURCES.korthikanti2022 },
  { key: "explain.const.lossFit", source: SOURCES.hoffmann2022 },
  { key: "explain.const.kvCache" },
  { key: "explain.const.usable", source: SOURCES.vllm },
  { key: "explain.const.threeForward" },
  { key: "explain.const.mlaCache" },
  { key: "explain.const.slidingWindow", source: SOURCES.mistral2023 },
];

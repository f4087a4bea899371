import { loraParams, qloraStates } from "../finetune.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Fine-tuning: LoRA adapters (Hu et al. 2021, §4), QLoRA's NF4 with double quantization (Dettmers et al. 2023, §3). */
export const FINETUNE = defineFormulas({
  "lora.adapter": {
    id: "lora.adapter",
    symbolic: "r·(d_in + d_out)",
    evaluate: loraParams,
    source: SOURCES.lora2021,
    at: "§4",
    readme: "LoRA",
    explain: [],
  },
  "qlora.bitsPerWeight": {
    id: "qlora.bitsPerWeight",
    symbolic: "4 + 8/64 + 32/(64·256)",
    evaluate: qloraStates,
    source: SOURCES.qlora2023,
    at: "§3",
    readme: "QLoRA",
    explain: [],
  },
});

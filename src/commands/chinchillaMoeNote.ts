import { chinchillaOptimalTokens } from "../core/chinchilla.ts";
import { input, text } from "../reply/build.ts";
import type { Text } from "../reply/reply.ts";

/**
 * Chinchilla's 20 tokens a parameter was fitted on dense models (Hoffmann et al. 2022, §3): for a
 * mixture of experts the row counts the total parameters, said here with what the active ones give
 * (DeepSeek-V3: 20 × 671B = 13.4T, 20 × 37B = 740B).
 */
export function chinchillaMoeNote(total: number, active: number): Text {
  return text("note.chinchillaMoe", {
    total: input("params", total),
    totalTokens: input("tokens", chinchillaOptimalTokens(total)),
    active: input("params", active),
    activeTokens: input("tokens", chinchillaOptimalTokens(active)),
  });
}

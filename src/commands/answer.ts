import type { Lang } from "../i18n/lang.ts";
import type { Reply } from "../reply/reply.ts";
import { findCommand } from "./grammar.ts";
import { registry } from "./registry.ts";
import { respondToArguments, respondToText } from "./respond.ts";

export type Platform = "slack" | "discord" | "cli";

interface AskBase {
  platform: Platform;
  /** Stable id of the asker on that platform (rate limits, logs). */
  userId: string;
  lang: Lang;
}

/** Free text in the grammar (`175B 300B gpu=H100`), or a command with its options already split (Discord). */
export type Ask =
  | (AskBase & { text: string })
  | (AskBase & { command: string; options: Record<string, string>; explain?: boolean; private?: boolean });

/** The one entry point every adapter calls: the request in, a platform-neutral Reply out. Never throws. */
export function answer(ask: Ask): Reply {
  if ("text" in ask) return respondToText(registry, ask.text, { lang: ask.lang });
  const command = findCommand(registry, ask.command) ?? registry.defaultCommand;
  const reply = respondToArguments(command, ask.options, { lang: ask.lang, explain: ask.explain ?? false });
  return ask.private ? { ...reply, ephemeral: true } : reply;
}

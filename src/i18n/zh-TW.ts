/** Traditional Chinese (Taiwan). Same keys as en.ts; the type check fails when one is missing. */
import type { MessageKey } from "./en.ts";
import { en } from "./en.ts";

// TODO placeholder removed by the translation pass
export const zhTW: Record<MessageKey, string> = { ...en };

import type { Lang } from "../../i18n/lang.ts";
import { localize, toJson } from "../../reply/localize.ts";
import type { Reply } from "../../reply/reply.ts";
import { renderText } from "./text.ts";

/** One reply as terminal text `columns` wide, or as one line of JSON. */
export function renderForTerminal(reply: Reply, lang: Lang, json: boolean, columns?: number): string {
  return json
    ? `${JSON.stringify(toJson(reply, lang))}\n`
    : renderText(localize(reply, lang), columns, reply.lang ?? lang);
}

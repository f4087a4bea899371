import type { Lang } from "../../i18n/lang.ts";
import { visibleControls } from "../../reply/controls.ts";
import { localize, toJson } from "../../reply/localize.ts";
import type { Reply } from "../../reply/reply.ts";
import { renderText } from "./text.ts";

/** One reply as terminal text `columns` wide, or as one line of JSON. */
export function renderForTerminal(reply: Reply, lang: Lang, json: boolean, columns?: number): string {
  return json
    ? `${jsonLine(toJson(reply, lang))}\n`
    : visibleControls(renderText(localize(reply, lang), columns, reply.lang ?? lang));
}

/** DEL and the C1 controls, which JSON.stringify writes as they are (it escapes only C0). */
const UNESCAPED_CONTROL = /[\u007f-\u009f]/;
const UNESCAPED_CONTROLS = new RegExp(UNESCAPED_CONTROL.source, "g");

/**
 * One line of JSON with every control character escaped (`\u009b`): the same JSON, and a C1
 * control a question typed (U+009B is CSI, U+009D OSC) never reaches a terminal reading it.
 */
export function jsonLine(value: unknown): string {
  const text = JSON.stringify(value);
  return UNESCAPED_CONTROL.test(text)
    ? text.replace(UNESCAPED_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : text;
}

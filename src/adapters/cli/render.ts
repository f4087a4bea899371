import type { Lang } from "../../i18n/lang.ts";
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

/** C0 controls but tab and newline, DEL, and C1 controls: the terminal would act on them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, "g");

/**
 * `text` with each control character a reply echoes (a typed word quoted in an error) shown as
 * its Unicode control picture (ESC as ␛, BEL as ␇, DEL as ␡; C1 as �), so typed text never moves
 * the cursor, rings the bell or sets the terminal's title or clipboard (escape sequences).
 */
export function visibleControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

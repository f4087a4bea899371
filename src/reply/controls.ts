/** C0 controls but tab and newline, DEL, and C1 controls: a terminal acts on them, a chat shows nothing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, "g");

/**
 * `text` with each control character a reply echoes (a typed word quoted in an error) shown as
 * its Unicode control picture (ESC as ␛, BEL as ␇, DEL as ␡; C1 as �): in a terminal typed text
 * never moves the cursor, rings the bell or sets the title or clipboard (escape sequences); in
 * Slack and Discord a NUL or an ESC quoted back shows as what was typed, not as nothing.
 */
export function visibleControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

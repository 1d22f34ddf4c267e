// Control characters, and the marks that reorder text (bidi overrides), that a terminal or a CI
// log would act on instead of showing: ESC sequences, OSC 8 links, carriage returns, new lines.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as the command line prints it: every control character shown as `\u001b` and so on, so a
 * value from a file can neither move the cursor, set the window title, erase a line, nor start a
 * line of its own (a forged "valid" or `::error::`). One issue stays one line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

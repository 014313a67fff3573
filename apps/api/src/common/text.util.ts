// Control characters other than tab and newline, and bidirectional overrides that can spoof names.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point of this pattern
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Text as it is stored: NFC, without control characters or bidi overrides, trimmed. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNSAFE, '').trim();
}

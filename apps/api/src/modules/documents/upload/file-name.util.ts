/**
 * File names arrive from the client and end up in lists, messages and download headers. Names
 * that could spoof what a file is (bidirectional controls turn "cod.exe\u202Efdp" into something
 * that reads "pdf") or point into folders are refused; a name shown anywhere is cleaned first.
 */

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above, to strip them all
const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F]/g;
const PATH = /[/\\]/;
export const MAX_FILE_NAME = 255;

/** The reason a name is refused, or null when it may be stored as it is (after NFC). */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'has no file name; send the file with its name';
  if (BIDI.test(name)) {
    const code = name.match(BIDI)?.[0].codePointAt(0) ?? 0;
    return `name "${displayFileName(name)}" contains a text-direction control (U+${code.toString(16).toUpperCase().padStart(4, '0')}), which can disguise a file's type; rename the file`;
  }
  if (CONTROL.test(name)) return `name "${displayFileName(name)}" contains control characters; rename the file`;
  if (PATH.test(name) || name === '.' || name === '..') return `name "${displayFileName(name)}" contains a path; send the file's name only`;
  if (name.length > MAX_FILE_NAME) return `name is longer than ${MAX_FILE_NAME} characters; rename the file`;
  return null;
}

/** A name safe to show: controls and direction marks removed, path separators replaced. */
export function displayFileName(name: string): string {
  const cleaned = name.normalize('NFC').replace(BIDI_ALL, '').replace(CONTROL_ALL, '').replace(/[/\\]/g, '_').trim();
  return cleaned.slice(0, MAX_FILE_NAME) || 'file';
}

/**
 * `attachment` with an ASCII fallback and the exact name in RFC 5987 form, so browsers save it
 * under its name and nothing in it can break out of the header.
 */
export function contentDisposition(name: string): string {
  const display = displayFileName(name);
  const ascii = display.replace(/[^\x20-\x7E]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(display).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

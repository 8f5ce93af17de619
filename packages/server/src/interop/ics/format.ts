// The bits of RFC 5545 text format the feed needs: escaping TEXT values, folding content lines at 75
// octets without splitting a UTF-8 character, CRLF line ends, and date / date-time values.
const MAX_OCTETS = 75;

/** RFC 5545 TEXT allows no control characters but tab (newlines are escaped below). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded (RFC 5545 §3.1): CRLF + a space before each further chunk of ≤ 74 octets. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** `YYYY-MM-DD` → `YYYYMMDD` (a DATE value). */
export const icsDate = (localDate: string) => localDate.replaceAll('-', '');

/** A floating local DATE-TIME (no zone: the person's own wall-clock time wherever they are). */
export const icsLocalDateTime = (localDate: string, time: string) =>
  `${icsDate(localDate)}T${time.replace(':', '')}00`;

/** A UTC DATE-TIME, e.g. for DTSTAMP. */
export const icsUtc = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

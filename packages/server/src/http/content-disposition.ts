// Content-Disposition for a download named after the person and the date (RFC 6266): a plain ASCII
// `filename` every browser and spreadsheet understands, and the name as written in `filename*` (RFC 5987,
// UTF-8), so "Ana García-López" arrives as such where supported and as "Ana-Garcia-Lopez" elsewhere.

/** The name as written, without what a file system refuses (path separators, quotes, control codes). */
function fileSafe(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}/\\:*?"<>|]+|\.{2,}/gu, ' ')
    .trim()
    .replace(/\s+/g, '-');
}

/** Letters and digits only, accents dropped: "García-López" → "Garcia-Lopez". */
function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** RFC 5987 percent-encoding (attr-char stays as is). */
function encode5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="steadily-Ana-Garcia-Lopez-sessions-2025-05-01.csv"; filename*=UTF-8''…`, from
 * the parts of the name (empty parts are left out) and the extension.
 */
export function contentDisposition(
  disposition: 'inline' | 'attachment',
  parts: (string | null | undefined)[],
  extension: string,
): string {
  const words = parts.filter((p): p is string => p !== null && p !== undefined && p.trim() !== '');
  const plain = words
    .map(ascii)
    .filter((p) => p !== '')
    .join('-');
  const written = words
    .map(fileSafe)
    .filter((p) => p !== '')
    .join('-');
  const header = `${disposition}; filename="${plain}.${extension}"`;
  return written === plain ? header : `${header}; filename*=UTF-8''${encode5987(`${written}.${extension}`)}`;
}

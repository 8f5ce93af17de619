import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';

describe('a download named after the person and the date', () => {
  it('gives an ASCII filename and the name as written in filename* (RFC 5987)', () => {
    const header = contentDisposition(
      'attachment',
      ['steadily', 'Ana García-López', 'sessions', '2025-05-01'],
      'csv',
    );
    expect(header).toBe(
      `attachment; filename="steadily-Ana-Garcia-Lopez-sessions-2025-05-01.csv"; filename*=UTF-8''steadily-Ana-Garc%C3%ADa-L%C3%B3pez-sessions-2025-05-01.csv`,
    );
  });

  it('keeps quotes, slashes and control codes out of both names, and leaves out missing parts', () => {
    const header = contentDisposition(
      'inline',
      ['steadily', 'Bob "the" O\'Brien/../x\r\n', null, 'report'],
      'pdf',
    );
    expect(header).not.toMatch(/[\r\n]|\.\.\//);
    expect(header).toMatch(/^inline; filename="steadily-Bob-the-O-Brien-x-report\.pdf"; filename\*=UTF-8''/);
    const star = header.split("filename*=UTF-8''")[1] ?? '';
    expect(decodeURIComponent(star)).toBe("steadily-Bob-the-O'Brien-x-report.pdf");
    expect(contentDisposition('attachment', ['steadily', 'sessions'], 'csv')).toBe(
      'attachment; filename="steadily-sessions.csv"',
    );
  });

  it('falls back to the other parts for a name with no Latin letters', () => {
    expect(contentDisposition('attachment', ['steadily', '李小龍', 'measures'], 'csv')).toMatch(
      /^attachment; filename="steadily-measures\.csv"; filename\*=UTF-8''steadily-%E6%9D%8E/,
    );
  });
});

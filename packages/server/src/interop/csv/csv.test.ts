import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeJourneyRecord, makeSession } from '../testing/records.ts';
import { csvCell, toCsv } from './csv.ts';
import { CSV_KINDS, csvFile, exportCsv, UTF8_BOM } from './exports.ts';

/** A small RFC 4180 reader, to read our output back the way a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field).toBe(''); // every row ends with CRLF
  return rows;
}

describe('csv encoding', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends every row with CRLF', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['two\nlines', 3],
      ],
    );
    expect(text).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\tx",
    ]);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect([csvCell(null), csvCell(true), csvCell(Number.NaN)]).toEqual(['', 'true', '']);
  });
});

describe('csv over any text', () => {
  it('reads back cell for cell, formulas defused', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(toCsv(['a', 'b'], rows));
          expect(parsed.slice(1)).toEqual(
            rows.map((row) => row.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('exportCsv', () => {
  const record = makeJourneyRecord(49);

  it('starts a file with a UTF-8 byte-order mark, so Excel keeps "Child’s pose" and "García" intact', () => {
    const exercises = record.programme?.exercises ?? [];
    const named = {
      ...record,
      programme: record.programme && {
        ...record.programme,
        exercises: exercises.map((e, i) => (i === 0 ? { ...e, name: 'Child’s pose' } : e)),
      },
    };
    for (const kind of CSV_KINDS) {
      const bytes = Buffer.from(csvFile(named, kind), 'utf8');
      expect([...bytes.subarray(0, 3)], kind).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8')).toBe(exportCsv(named, kind));
    }
    expect(csvFile(named, 'sessions').startsWith(`${UTF8_BOM}date,exercise`)).toBe(true);
    expect(Buffer.from(csvFile(named, 'sessions'), 'utf8').toString('utf8')).toContain('Child’s pose');
  });

  it('has a header row and one row per record for every kind', () => {
    const counts = {
      sessions: record.sessions.length,
      checkins: record.checkIns.length,
      decisions: record.decisions.length,
      measures: record.measures.length,
    };
    for (const kind of CSV_KINDS) {
      const rows = parseCsv(exportCsv(record, kind));
      expect(rows.length - 1, kind).toBe(counts[kind]);
      for (const row of rows) expect(row.length).toBe(rows[0]?.length);
      for (const row of rows.slice(1)) expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('lists sessions with the quota in force, pain answers and notes intact', () => {
    const rows = parseCsv(exportCsv(record, 'sessions'));
    expect(rows[0]).toEqual([
      'date',
      'exercise',
      'unit',
      'done',
      'quota',
      'pain_before',
      'pain_peak',
      'pain_after',
      'effort',
      'note',
      'sets',
      'load_kg',
    ]);
    expect(rows[1]).toEqual(['2025-03-03', 'Easy walk', 'minutes', '7', '7', '', '4', '3', '5', '', '', '']);
    expect(rows.find((r) => r[9] !== '' && r[0] !== 'date')?.[9]).toBe(
      'Walked to the shop, "felt ok", then rested',
    );
  });

  it('gives each session its quota as the clinician’s sets, and the load (issue 14)', () => {
    const programme = record.programme as NonNullable<typeof record.programme>;
    const exercises = programme.exercises.map((e) => ({ ...e, unit: 'reps' as const, sets: 3, loadKg: 2.5 }));
    const rows = parseCsv(exportCsv({ ...record, programme: { ...programme, exercises } }, 'sessions'));
    // The quota in force that day was 7: 3 sets as even as possible, bigger first.
    expect(rows[1]?.slice(10)).toEqual(['3+2+2', '2.5']);
  });

  it('protects a note that starts like a formula', () => {
    const one = { ...record, sessions: [makeSession({ note: '=cmd|"/c calc"!A1' })] };
    const rows = parseCsv(exportCsv(one, 'sessions'));
    expect(rows[1]?.[9]).toBe('\'=cmd|"/c calc"!A1');
  });

  it('gives decisions their reason and time, and measures their change against the meaningful change', () => {
    const decisions = parseCsv(exportCsv(record, 'decisions'));
    expect(decisions[1]?.slice(0, 7)).toEqual(['2025-03-03', 'Easy walk', 'minutes', 'start', '', '7', '7']);
    expect(decisions[1]?.[8]).toMatch(/^2025-03-03T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const measures = parseCsv(exportCsv(record, 'measures'));
    const row = (instrument: string, week: string) =>
      measures.find((r) => r[2] === instrument && r[1] === week);
    expect(row('PSEQ', '6')?.slice(3, 6)).toEqual(['37', '12', 'true']);
    expect(row('PSFS', '6')?.slice(3, 7)).toEqual(['5', '1.5', 'true', 'Gardening: 5; Carrying shopping: 5']);
    expect(row('PEG', '6')?.slice(3, 6)).toEqual(['4.3', '-1.3', 'false']);
    expect(row('PHQ-2', '0')?.[7]).toBe('Suggest talking to a clinician (a screen, not a diagnosis)');
  });
});

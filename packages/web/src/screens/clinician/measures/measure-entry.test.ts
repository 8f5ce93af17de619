import { describe, expect, it } from 'vitest';
import { checkMeasure, emptyDraft } from './measure-entry.ts';

describe('a measure typed in by a clinician', () => {
  it('sends PEG items as whole numbers from 0 to 10', () => {
    const draft = { ...emptyDraft('PEG', 6, '2026-05-01', []), items: ['7', ' 5 ', '0'] };
    expect(checkMeasure(draft)).toEqual({
      input: { instrument: 'PEG', week: 6, localDate: '2026-05-01', items: [7, 5, 0] },
      errors: {},
    });
  });

  it('names each item that is empty, out of range or not whole', () => {
    const draft = { ...emptyDraft('PHQ2', 0, '2026-05-01', []), items: ['4', ''] };
    expect(checkMeasure(draft).errors).toEqual({
      'items.0': { code: 'range', max: 3 },
      'items.1': { code: 'range', max: 3 },
    });
    const pseq = { ...emptyDraft('PSEQ', 0, '2026-05-01', []), items: Array(10).fill('6') };
    pseq.items[9] = '2.5';
    expect(checkMeasure(pseq).errors).toEqual({ 'items.9': { code: 'range', max: 6 } });
  });

  it('scores PSFS activities, prefilled with the last names, and skips empty rows', () => {
    const draft = emptyDraft('PSFS', 12, '2026-05-01', ['Walk to the shop', 'Garden']);
    expect(draft.activities.map((a) => a.name)).toEqual(['Walk to the shop', 'Garden', '']);
    draft.activities[0] = { name: 'Walk to the shop', score: '8' };
    draft.activities[1] = { name: 'Garden', score: '' };
    expect(checkMeasure(draft).errors).toEqual({ 'activities.1.score': { code: 'range', max: 10 } });
    draft.activities[1] = { name: '', score: '' };
    expect(checkMeasure(draft).input).toEqual({
      instrument: 'PSFS',
      week: 12,
      localDate: '2026-05-01',
      activities: [{ name: 'Walk to the shop', score: 8 }],
    });
  });

  it('asks for at least one activity, and a name for every score', () => {
    const draft = emptyDraft('PSFS', 0, '2026-05-01', []);
    expect(checkMeasure(draft).errors).toEqual({ 'activities.0.name': { code: 'none' } });
    draft.activities[2] = { name: ' ', score: '4' };
    expect(checkMeasure(draft).errors).toEqual({ 'activities.2.name': { code: 'name' } });
  });

  it('wants a date', () => {
    const draft = { ...emptyDraft('PEG', 0, '', []), items: ['1', '1', '1'] };
    expect(checkMeasure(draft)).toEqual({ input: null, errors: { localDate: { code: 'date' } } });
  });
});

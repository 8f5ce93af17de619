import { describe, expect, it } from 'vitest';
import { checkPrescription, checkRow, prescriptionOf, type Row, toInput } from './draft.ts';

const row = (patch: Partial<Row>): Row => ({
  key: 'r',
  libraryExerciseId: 'calf-raise',
  illustration: null,
  name: 'Calf raise',
  instructions: '',
  unit: 'reps',
  step: '',
  maxQuota: '',
  perWeek: '5',
  baseline: '24',
  sets: '',
  loadKg: '',
  restSeconds: '',
  ...patch,
});

describe('the builder’s sets, load and rest (issue 14)', () => {
  it('sends them with the exercise when they are set', () => {
    const input = toInput(row({ sets: '3', loadKg: '7,5', restSeconds: '60' }));
    expect(input).toMatchObject({ sets: 3, loadKg: 7.5, restSeconds: 60 });
    expect(toInput(row({}))).not.toHaveProperty('sets');
  });

  it('names the field that is out of range, as the server would', () => {
    expect(checkRow(row({ sets: '0' }))).toEqual({ sets: 'sets' });
    expect(checkRow(row({ sets: '11' }))).toEqual({ sets: 'sets' });
    expect(checkRow(row({ loadKg: '501' }))).toEqual({ loadKg: 'loadKg' });
    expect(checkRow(row({ loadKg: '2.1' }))).toEqual({ loadKg: 'loadKg' });
    expect(checkRow(row({ restSeconds: '60' }))).toEqual({ restSeconds: 'restSeconds' });
    expect(checkRow(row({ sets: '3', restSeconds: '601' }))).toEqual({ restSeconds: 'restSeconds' });
    expect(checkRow(row({ sets: '3', loadKg: '500', restSeconds: '0' }))).toEqual({});
  });

  it('leaves sets and rest out for minutes, which are given as one number', () => {
    const walk = row({ unit: 'minutes', sets: '3', restSeconds: '60', loadKg: '5' });
    expect(checkPrescription('minutes', walk)).toEqual({});
    expect(toInput(walk)).not.toHaveProperty('sets');
    expect(toInput(walk)).toMatchObject({ loadKg: 5 });
    expect(prescriptionOf({ sets: '', loadKg: ' ', restSeconds: '' })).toEqual({
      sets: null,
      loadKg: null,
      restSeconds: null,
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { toLocalDate } from './local-date.ts';

const savedZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedZone;
});

describe('toLocalDate', () => {
  const lateEveningUtc = new Date('2025-03-01T23:30:00Z');

  it('uses the calendar day of the device time zone, not UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(toLocalDate(lateEveningUtc)).toBe('2025-03-01');
    process.env.TZ = 'Pacific/Auckland';
    expect(toLocalDate(lateEveningUtc)).toBe('2025-03-02');
  });

  it('pads months and days', () => {
    process.env.TZ = 'UTC';
    expect(toLocalDate(new Date('2025-01-05T12:00:00Z'))).toBe('2025-01-05');
  });
});

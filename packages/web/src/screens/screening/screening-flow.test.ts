import { screeningOutcome } from '@steadily/core';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  followUpIds,
  NO_ANSWERS,
  nextStage,
  previousStage,
  type Stage,
  screeningBody,
  toScreening,
} from './screening-flow.ts';

const allNo = Array(7).fill(false) as boolean[];
function answers(overrides: Partial<Answers>): Answers {
  return { ...NO_ANSWERS, general: allNo, ...overrides };
}

function walk(start: Stage, given: Answers): Stage[] {
  const stages = [start];
  while (stages.at(-1)?.kind !== 'done') stages.push(nextStage(stages.at(-1) as Stage, given));
  return stages;
}

describe('screening flow', () => {
  it('goes from the 7 clearance questions straight to red flags when no follow-up is needed', () => {
    const kinds = walk({ kind: 'intro' }, answers({})).map((s) => s.kind);
    expect(kinds).toEqual(['intro', ...Array(7).fill('clearance'), 'redFlags', 'pem', 'done']);
  });

  it('asks the follow-ups of the chosen conditions after a yes to a chronic condition', () => {
    const given = answers({
      general: [false, false, false, true, false, false, false],
      conditions: ['cancer'],
    });
    const stages = walk({ kind: 'clearance', index: 6 }, given);
    expect(stages.map((s) => s.kind)).toEqual([
      'clearance',
      'conditions',
      'followUp',
      'followUp',
      'redFlags',
      'pem',
      'done',
    ]);
    expect(followUpIds(['cancer'])).toEqual(['cancer_types', 'cancer_therapy']);
  });

  it('steps back the same way it came', () => {
    const given = answers({
      general: [false, false, false, false, false, true, false],
      conditions: ['stroke'],
    });
    const forward = walk({ kind: 'intro' }, given);
    const backward = [forward.at(-1) as Stage];
    while (backward.at(-1)?.kind !== 'intro') backward.push(previousStage(backward.at(-1) as Stage, given));
    expect(backward.reverse()).toEqual(forward);
  });

  it('sends only the follow-ups that were asked, and agrees with the engine on the outcome', () => {
    const given = answers({
      general: [false, false, false, true, false, false, false],
      conditions: ['cancer'],
      followUps: { cancer_types: false, cancer_therapy: true, stroke_recent: true },
    });
    expect(screeningBody(given).clearance.followUps).toEqual({ cancer_types: false, cancer_therapy: true });
    expect(screeningOutcome(toScreening(given)).status).toBe('needs_clearance');
    expect(screeningOutcome(toScreening({ ...given, followUps: {} })).status).toBe('clear');
  });

  it('stops for a red flag and paces for post-exertional malaise', () => {
    expect(screeningOutcome(toScreening(answers({ redFlags: ['fever'] }))).status).toBe('stopped');
    expect(screeningOutcome(toScreening(answers({ pem: true })))).toMatchObject({
      status: 'clear',
      pacing: true,
    });
  });
});

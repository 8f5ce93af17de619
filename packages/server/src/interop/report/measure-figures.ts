// Measures up to the end of a report's range against their meaningful change (SPEC §3): PSEQ 11 points,
// PSFS 1.4, PEG 30% lower; PHQ-2 ≥ 3 suggests talking to a clinician, never a diagnosis.
import { judgeChange, PHQ2_TALK_AT, roundScore } from '@steadily/core';
import { byDate, type PersonRecord } from '../record.ts';

export interface MeasureFigures {
  kind: 'peg' | 'pseq' | 'psfs';
  first: { localDate: string; score: number };
  latest: { localDate: string; score: number } | null;
  change: number | null;
  meaningful: boolean | null;
}

export interface Phq2Figures {
  first: { localDate: string; score: number };
  /** Null while only one was recorded. */
  latest: { localDate: string; score: number } | null;
  suggestTalk: boolean;
}

const round1 = roundScore;

/**
 * The change from a first score to a later one, and whether it is meaningful: PSEQ and PSFS higher is
 * better (by at least the MCID), PEG lower is better (by 30%). Core's one rule and one rounding
 * (core/measures.ts), the same the app, the API and FHIR use.
 */
export function changeAgainstMcid(kind: MeasureFigures['kind'], first: number, latest: number) {
  return judgeChange(kind, first, latest);
}

/** Every measure up to the end of the range: the change is from the first ever to the latest. */
export function measureFigures(
  record: PersonRecord,
  to: string,
): { measures: MeasureFigures[]; phq2: Phq2Figures | null } {
  const upTo = record.measures.filter((m) => m.localDate <= to).sort(byDate);
  const measures = (['pseq', 'psfs', 'peg'] as const).flatMap((kind): MeasureFigures[] => {
    const list = upTo.filter((m) => m.kind === kind);
    const first = list[0];
    const latest = list.length > 1 ? list.at(-1) : undefined;
    if (first === undefined) return [];
    const compared = latest === undefined ? null : changeAgainstMcid(kind, first.score, latest.score);
    return [
      {
        kind,
        first: { localDate: first.localDate, score: round1(first.score) },
        latest: latest === undefined ? null : { localDate: latest.localDate, score: round1(latest.score) },
        change: compared?.change ?? null,
        meaningful: compared?.meaningful ?? null,
      },
    ];
  });
  const phq = upTo.filter((m) => m.kind === 'phq2');
  const [first, latest] = [phq[0], phq.at(-1)];
  if (first === undefined || latest === undefined) return { measures, phq2: null };
  return {
    measures,
    phq2: {
      first: { localDate: first.localDate, score: first.score },
      latest: phq.length > 1 ? { localDate: latest.localDate, score: latest.score } : null,
      suggestTalk: latest.score >= PHQ2_TALK_AT,
    },
  };
}

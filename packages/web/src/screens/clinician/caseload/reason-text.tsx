// A caseload reason in words: what happened, to which exercise, and when.

import type { Tier } from '@steadily/core';
import type { TFunction } from 'i18next';
import type { Reason } from '../../../api/caseload.ts';
import { formatDate } from '../format.ts';

export function causeText(cause: string | undefined, t: TFunction): string {
  if (cause === undefined) return '';
  return t(`causes.${cause}`, { defaultValue: cause.replaceAll('_', ' ') });
}

export function reasonText(reason: Reason, t: TFunction, language: string): string {
  const date = reason.localDate === undefined ? '' : formatDate(reason.localDate, language);
  const params = {
    cause: causeText(reason.cause, t),
    date,
    exercise: reason.exerciseName ?? '',
    sessions: reason.sessions,
    planned: reason.planned,
    days: reason.days,
  };
  if (reason.cause === 'phq2') {
    return t(reason.earlier ? 'reasons.phq2Earlier' : 'reasons.phq2', { total: reason.total, date });
  }
  // A plateau or a worse week whose rule no longer holds: kept until acknowledged, as something earlier.
  if (reason.earlier) {
    return (
      t(`reasons.${reason.code}Earlier`, { ...params, defaultValue: '' }) || earlierText(reason, t, language)
    );
  }
  // The engine's own flag beside the alert that raised it: named as a flag, not as a second cause.
  if (reason.cause === 'red_flag' || reason.cause === 'safety_stop') {
    return t('reasons.flagRaised', { flag: t(`flags.${reason.cause}`), date });
  }
  if (reason.code === 'safety' && reason.exerciseName) return t('reasons.safetyExercise', params);
  if (reason.code === 'stopped') {
    return reason.cause === 'screening' ? t('reasons.stoppedScreening') : t('reasons.stopped', params);
  }
  if (date === '' && reason.code !== 'low_adherence')
    return t(`reasons.${reason.code}Undated`, { ...params, defaultValue: t(`tiers.${reason.code}`) });
  return t(`reasons.${reason.code}`, params);
}

function earlierText(reason: Reason, t: TFunction, language: string): string {
  return t('reasons.earlier', { reason: reasonText({ ...reason, earlier: false }, t, language) });
}

/** How a tier looks: urgent (red), watch (amber), calm. */
export function tierTone(tier: Tier): 'urgent' | 'watch' | 'calm' {
  if (tier === 'stopped' || tier === 'red_flag' || tier === 'safety') return 'urgent';
  if (tier === 'in_flare' || tier === 'not_started' || tier === 'steady') return 'calm';
  return 'watch';
}

export function TierBadge({ tier, t }: { tier: Tier; t: TFunction }) {
  return <span className={`tier ${tierTone(tier)}`}>{t(`tiers.${tier}`)}</span>;
}

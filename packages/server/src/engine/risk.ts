// Where a person sorts in a clinician's list (SPEC §12): stopped and red flags first, then safety
// stops, a long flare, frequent flares, boom–bust, plateau, a worse week. Lower is more urgent.
import type { EngineView, Flag } from '@steadily/core';

const FLAG_ORDER: Flag[] = [
  'red_flag',
  'safety_stop',
  'flare_prolonged',
  'flares_frequent',
  'boom_bust',
  'plateau',
  'week_worse',
];

export function riskRank(view: Pick<EngineView, 'mode' | 'flags'>): number {
  if (view.mode === 'stopped') return 0;
  const ranks = view.flags.map((flag) => FLAG_ORDER.indexOf(flag) + 1).filter((rank) => rank > 0);
  if (ranks.length > 0) return Math.min(...ranks);
  return view.mode === 'needs_clearance' ? 8 : 9;
}

// Every word of the progress report in English and Spanish (SPEC §11: plain language, both languages).
// The decisions' reasons come from core's renderReason in the same language.
import { type Action, type Language, MEASURE_MCID as M, PHQ2_TALK_AT, type Unit } from '@steadily/core';

type Measure = 'pseq' | 'psfs' | 'peg';

export interface Words {
  language: Language;
  months: string[];
  monthsShort: string[];
  units: Record<Unit, string>;
  title: string;
  yourReport: string;
  period: (from: string, to: string) => string;
  footer: (made: string, page: number, pages: number) => string;
  headings: {
    summary: string;
    chart: string;
    did: string;
    measures: string;
    flares: string;
    changes: string;
  };
  chart: {
    pain: string;
    capacity: string;
    flare: string;
    empty: string;
    green: string;
    greenText: string;
    purple: string;
    purpleText: string;
  };
  exercisesHeader: string[];
  measuresHeader: string[];
  flaresHeader: string[];
  changesHeader: string[];
  measureNames: Record<Measure | 'phq2', string>;
  mcid: Record<Measure | 'phq2', string>;
  results: { once: string; meaningful: string; notYet: string; talk: string; below: string };
  actions: Record<Action, string>;
  stillGoing: string;
  days: (n: number, soFar: boolean) => string;
  none: { programme: string; measures: string; flares: string; changes: string };
  holds: (list: string) => string;
  /** Under the exercises table: the first dose is below the baseline on purpose (SPEC §3, Lambeek 2007). */
  baselineNote: (startPct: number) => string;
  summary: {
    noSessions: string;
    sessions: (n: number, pct: number | null, planned: number) => string;
    work: (parts: { minutes: string | null; reps: number | null }) => string;
    dosesUp: (list: { name: string; from: string; to: string }[]) => string;
    dosesSame: (list: { name: string; at: string }[]) => string;
    dosesDown: (list: { name: string; from: string; to: string }[]) => string;
    consistent: (weeks: number, of: number) => string;
    samePain: (pct: number) => string;
    noFlares: string;
    flares: (durations: string[]) => string;
    pain: (first: string, last: string) => string;
    checkIns: (n: number) => string;
    tooEarly: string;
    measure: (kind: 'pseq' | 'psfs', change: number, meaningful: boolean, mcid: string) => string;
    phq2: string;
  };
}

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: Words = {
  language: 'en',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  units: { minutes: 'min', seconds: 'sec', reps: 'times' },
  title: 'Steadily progress report',
  yourReport: 'Your report',
  period: (from, to) => `${from} to ${to}`,
  footer: (made, page, pages) =>
    `Steadily progress report · made ${made} · page ${page} of ${pages} · not a diagnosis`,
  headings: {
    summary: 'Summary',
    chart: 'Pain and capacity',
    did: 'What you did',
    measures: 'Measures against their meaningful change',
    flares: 'Flare-ups',
    changes: 'Dose changes and their reasons',
  },
  chart: {
    pain: 'Morning pain (0–10)',
    capacity: 'Capacity: dose as % of baseline',
    flare: 'Flare-up',
    empty: 'Nothing logged in this period yet',
    green: 'Green',
    greenText: ': your dose as a share of your baseline. ',
    purple: 'Purple',
    purpleText: ': your morning pain. Shaded days: a flare-up.',
  },
  exercisesHeader: ['Exercise', 'Sessions', 'Dose at start', 'Dose at end', 'Baseline', 'End vs baseline'],
  measuresHeader: ['Measure', 'First', 'Latest', 'Change', 'Meaningful change', 'Result'],
  flaresHeader: ['Started', 'Ended', 'Lasted'],
  changesHeader: ['Date', 'Exercise', 'Change', 'Reason'],
  measureNames: {
    pseq: 'PSEQ (confidence despite pain)',
    psfs: 'PSFS (your own activities)',
    peg: 'PEG (pain and its impact)',
    phq2: 'PHQ-2 (mood check)',
  },
  // The numbers from core's one MCID source (core/measures.ts), the words here.
  mcid: {
    pseq: `${M.pseq.points} points up`,
    psfs: `${M.psfs.points} points up`,
    peg: `${M.peg.percent}% lower`,
    phq2: `${PHQ2_TALK_AT} or more`,
  },
  results: {
    once: 'Not yet measured twice',
    meaningful: 'Meaningful change',
    notYet: 'Not yet a meaningful change',
    talk: 'Suggest talking to a clinician (not a diagnosis)',
    below: 'Below 3',
  },
  actions: {
    start: 'Start',
    progress: 'Up',
    hold: 'Hold',
    step_back: 'Step back',
    flare: 'Flare dose',
    rebuild: 'Rebuild',
    pause: 'Paused',
    stop: 'Stopped',
    set: 'Set by a person',
  },
  stillGoing: 'Still going',
  days: (n, soFar) => `${s(n, 'day', 'days')}${soFar ? ' so far' : ''}`,
  none: {
    programme: 'No programme yet.',
    measures: 'No measures recorded yet.',
    flares: 'No flare-ups in this period.',
    changes: 'No dose changes in this period.',
  },
  holds: (list) => `Doses kept the same (hold decisions): ${list}.`,
  baselineNote: (pct) =>
    `Your baseline is what you did on your test days. Your first dose was set on purpose at ${pct}% of it, so you could build up safely. A dose under 100% does not mean you got worse.`,
  summary: {
    noSessions: 'You did not log any sessions in this period.',
    sessions: (n, pct, planned) =>
      `You did ${s(n, 'session', 'sessions')}${pct === null ? '' : ` (${pct}% of the ${planned} planned)`}.`,
    work: ({ minutes, reps }) =>
      `That was ${[minutes && `${minutes} of exercise`, reps && `${reps} reps`].filter(Boolean).join(' and ')}.`,
    dosesUp: (list) => `Your doses went up. ${list.map((e) => `${e.name}: ${e.from} to ${e.to}.`).join(' ')}`,
    dosesSame: (list) =>
      `Some doses stayed the same. ${list.map((e) => `${e.name}: ${e.at}.`).join(' ')} That is fine: a dose goes up when your body is ready.`,
    dosesDown: (list) =>
      `Some doses went down for a while. ${list.map((e) => `${e.name}: ${e.from} to ${e.to}.`).join(' ')} This helps you settle, then build up again.`,
    consistent: (weeks, of) =>
      `You kept to most of your plan (70% or more) in ${weeks} of ${s(of, 'week', 'weeks')}.`,
    samePain: (pct) =>
      `Same pain, more work. In the last week you did ${pct}% more than in the first week. Your morning pain stayed within 1 point.`,
    noFlares: 'You had no flare-ups in this period.',
    flares: (d) =>
      `You had ${s(d.length, 'flare-up', 'flare-ups')} (${d.join(', ')}). Flares are part of recovery, not a sign of harm.`,
    pain: (first, last) =>
      `Your morning pain was ${first} out of 10 on average in the first week, and ${last} in the last week.`,
    checkIns: (n) => `You answered ${s(n, 'morning check-in', 'morning check-ins')}.`,
    tooEarly: 'Most people need 6 to 8 weeks before their pain starts to change. Keep going.',
    measure: (kind, change, meaningful, mcid) =>
      `${kind === 'pseq' ? 'Your confidence to do things despite pain (PSEQ)' : 'Your own activities (PSFS)'} went ${change >= 0 ? 'up' : 'down'} ${Math.abs(change)} points${meaningful ? `: a real change (${mcid} or more)` : ''}.`,
    phq2: 'Your latest mood check (PHQ-2) was 3 or more. We suggest talking to a clinician about it. It is not a diagnosis.',
  },
};

const ES: Words = {
  language: 'es',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  monthsShort: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  units: { minutes: 'min', seconds: 's', reps: 'veces' },
  title: 'Informe de progreso de Steadily',
  yourReport: 'Su informe',
  period: (from, to) => `del ${from} al ${to}`,
  footer: (made, page, pages) =>
    `Informe de progreso de Steadily · hecho el ${made} · página ${page} de ${pages} · no es un diagnóstico`,
  headings: {
    summary: 'Resumen',
    chart: 'Dolor y capacidad',
    did: 'Lo que hizo',
    measures: 'Medidas y su cambio importante',
    flares: 'Crisis',
    changes: 'Cambios de dosis y sus razones',
  },
  chart: {
    pain: 'Dolor por la mañana (0–10)',
    capacity: 'Capacidad: dosis como % de la base',
    flare: 'Crisis',
    empty: 'Aún no hay nada anotado en este periodo',
    green: 'Verde',
    greenText: ': su dosis como parte de su base. ',
    purple: 'Morado',
    purpleText: ': su dolor por la mañana. Días en color: una crisis.',
  },
  exercisesHeader: [
    'Ejercicio',
    'Sesiones',
    'Dosis al inicio',
    'Dosis al final',
    'Base',
    'Final frente a base',
  ],
  measuresHeader: ['Medida', 'Primera', 'Última', 'Cambio', 'Cambio importante', 'Resultado'],
  flaresHeader: ['Empezó', 'Terminó', 'Duró'],
  changesHeader: ['Fecha', 'Ejercicio', 'Cambio', 'Razón'],
  measureNames: {
    pseq: 'PSEQ (confianza pese al dolor)',
    psfs: 'PSFS (sus propias actividades)',
    peg: 'PEG (dolor y su impacto)',
    phq2: 'PHQ-2 (ánimo)',
  },
  mcid: {
    pseq: `${M.pseq.points} puntos más`,
    psfs: `${String(M.psfs.points).replace('.', ',')} puntos más`,
    peg: `${M.peg.percent}% menos`,
    phq2: `${PHQ2_TALK_AT} o más`,
  },
  results: {
    once: 'Aún medida una sola vez',
    meaningful: 'Cambio importante',
    notYet: 'Aún no es un cambio importante',
    talk: 'Sugerimos hablar con un profesional (no es un diagnóstico)',
    below: 'Menos de 3',
  },
  actions: {
    start: 'Inicio',
    progress: 'Sube',
    hold: 'Se queda',
    step_back: 'Baja',
    flare: 'Dosis de crisis',
    rebuild: 'Vuelve a subir',
    pause: 'En pausa',
    stop: 'Parado',
    set: 'Puesta por una persona',
  },
  stillGoing: 'Sigue',
  days: (n, soFar) => `${s(n, 'día', 'días')}${soFar ? ' hasta ahora' : ''}`,
  none: {
    programme: 'Aún no hay programa.',
    measures: 'Aún no hay medidas.',
    flares: 'No hubo crisis en este periodo.',
    changes: 'No hubo cambios de dosis en este periodo.',
  },
  holds: (list) => `Dosis que se quedaron igual: ${list}.`,
  baselineNote: (pct) =>
    `Su base es lo que hizo en sus días de prueba. Su primera dosis se puso a propósito en el ${pct}% de la base, para que pueda subir sin riesgo. Una dosis por debajo del 100% no quiere decir que esté peor.`,
  summary: {
    noSessions: 'No anotó sesiones en este periodo.',
    sessions: (n, pct, planned) =>
      `Hizo ${s(n, 'sesión', 'sesiones')}${pct === null ? '' : ` (el ${pct}% de las ${planned} previstas)`}.`,
    work: ({ minutes, reps }) =>
      `Fueron ${[minutes && `${minutes} de ejercicio`, reps && `${reps} repeticiones`].filter(Boolean).join(' y ')}.`,
    dosesUp: (list) =>
      `Sus dosis subieron. ${list.map((e) => `${e.name}: de ${e.from} a ${e.to}.`).join(' ')}`,
    dosesSame: (list) =>
      `Algunas dosis se quedaron igual. ${list.map((e) => `${e.name}: ${e.at}.`).join(' ')} Está bien: una dosis sube cuando su cuerpo está listo.`,
    dosesDown: (list) =>
      `Algunas dosis bajaron un tiempo. ${list.map((e) => `${e.name}: de ${e.from} a ${e.to}.`).join(' ')} Así se calma, y luego vuelve a subir.`,
    consistent: (weeks, of) =>
      `Cumplió casi todo su plan (70% o más) en ${weeks} de ${s(of, 'semana', 'semanas')}.`,
    samePain: (pct) =>
      `Mismo dolor, más trabajo. La última semana hizo un ${pct}% más que la primera. Su dolor de la mañana no cambió más de 1 punto.`,
    noFlares: 'No tuvo crisis en este periodo.',
    flares: (d) =>
      `Tuvo ${s(d.length, 'crisis', 'crisis')} (${d.join(', ')}). Las crisis son parte de mejorar, no una señal de daño.`,
    pain: (first, last) =>
      `Su dolor de la mañana fue de ${first} sobre 10 de media la primera semana, y de ${last} la última.`,
    checkIns: (n) => `Respondió ${s(n, 'vez', 'veces')} por la mañana.`,
    tooEarly: 'Casi todos necesitan de 6 a 8 semanas para que el dolor empiece a cambiar. Siga así.',
    measure: (kind, change, meaningful, mcid) =>
      `${kind === 'pseq' ? 'Su confianza para hacer cosas pese al dolor (PSEQ)' : 'Sus propias actividades (PSFS)'} ${change >= 0 ? 'subió' : 'bajó'} ${number('es', Math.abs(change))} puntos${meaningful ? `: un cambio real (${mcid} o más)` : ''}.`,
    phq2: 'Su última prueba de ánimo (PHQ-2) dio 3 o más. Le sugerimos hablar de ello con un profesional. No es un diagnóstico.',
  },
};

/** A number as the language writes it: 5.3 in English, 5,3 in Spanish. */
export function number(language: Language, value: number): string {
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
  return language === 'es' ? text.replace('.', ',') : text;
}

export const wordsFor = (language: Language): Words => (language === 'es' ? ES : EN);

/** `3 March 2025` / `3 de marzo de 2025`. */
export function longDate(w: Words, localDate: string): string {
  const [day, month, year] = [
    Number(localDate.slice(8, 10)),
    w.months[Number(localDate.slice(5, 7)) - 1],
    localDate.slice(0, 4),
  ];
  return w.language === 'es' ? `${day} de ${month} de ${year}` : `${day} ${month} ${year}`;
}

/** `3 Mar` / `3 mar`: chart labels. */
export const shortDate = (w: Words, localDate: string) =>
  `${Number(localDate.slice(8, 10))} ${w.monthsShort[Number(localDate.slice(5, 7)) - 1]}`;

/** `3 Mar 2025`: tables are narrow. */
export const tableDate = (w: Words, localDate: string) =>
  `${shortDate(w, localDate)} ${localDate.slice(0, 4)}`;

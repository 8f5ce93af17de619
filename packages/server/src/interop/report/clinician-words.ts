// Every word of the clinician report (to a GP or an insurer) in English and Spanish: third person,
// clinical register. Numbers are filled in by clinician-document.ts; dates and units come from words.ts.
import {
  type Action,
  type ConditionId,
  type DosingModel,
  type Language,
  MEASURE_MCID as M,
  PHQ2_TALK_AT,
  type PresetId,
  type Thresholds,
} from '@steadily/core';
import type { DoseStatus } from './clinician-figures.ts';

type Kind = 'peg' | 'pseq' | 'psfs' | 'phq2';

export interface ClinicianWords {
  language: Language;
  title: string;
  subtitle: (from: string, to: string) => string;
  footer: (made: string, page: number, pages: number) => string;
  headings: {
    who: string;
    why: string;
    adherence: string;
    measures: string;
    doses: string;
    decisions: string;
    flares: string;
    next: string;
  };
  who: {
    patient: string;
    birthDate: string;
    notRecorded: string;
    steadilyId: string;
    clinician: string;
    noClinician: string;
    service: string;
    programme: string;
    period: string;
  };
  programmeStatus: Record<'draft' | 'active' | 'ended', (start: string | null, end: string | null) => string>;
  conditions: Record<ConditionId, string>;
  conditionsLine: (list: string | null) => string;
  goalsIntro: string;
  goal: (activity: string, first: string, latest: string | null) => string;
  noGoals: string;
  model: (presets: PresetId[], t: Thresholds, dosing: DosingModel) => string[];
  adherence: {
    sessions: (done: number, planned: number, pct: number | null) => string;
    noSessions: string;
    consistent: (weeks: number, of: number) => string;
    pain: (first: string, last: string) => string;
    checkIns: (n: number) => string;
  };
  measureNames: Record<Kind, string>;
  mcid: Record<Kind, string>;
  measuresHeader: string[];
  interpretation: {
    meaningful: string;
    notMeaningful: string;
    once: string;
    phqHigh: string;
    phqLow: string;
  };
  noMeasures: string;
  dosesExplained: (startPct: number) => string;
  dosesHeader: string[];
  status: Record<DoseStatus, string>;
  removedOn: (date: string) => string;
  actions: Record<Action, string>;
  decisionsLine: (parts: string[]) => string;
  noDecisions: string;
  changesHeader: string[];
  fromTo: (from: string, to: string) => string;
  flaresNone: string;
  flares: (n: number, list: string) => string;
  flarePlan: (text: string) => string;
  next: {
    measuresDue: (week: number, date: string) => string;
    openFlare: (since: string) => string;
    phq2: string;
    continue: string;
    pacing: string;
    ended: (date: string) => string;
    notStarted: string;
  };
  notADiagnosis: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: ClinicianWords = {
  language: 'en',
  title: 'Clinical progress report',
  subtitle: (from, to) => `Graded exercise programme, ${from} to ${to}`,
  footer: (made, page, pages) =>
    `Steadily clinical progress report · generated ${made} · page ${page} of ${pages} · not a diagnosis`,
  headings: {
    who: 'Patient and care team',
    why: 'Conditions, goals and programme',
    adherence: 'Adherence and pain',
    measures: 'Outcome measures against their minimal clinically important difference',
    doses: 'Exercise doses against baseline',
    decisions: 'Dosing decisions',
    flares: 'Flare-ups',
    next: 'Next steps',
  },
  who: {
    patient: 'Patient',
    birthDate: 'Year of birth',
    notRecorded: 'Not recorded',
    steadilyId: 'Steadily ID',
    clinician: 'Clinician',
    noClinician: 'None: self-guided use (no clinician is linked to this record)',
    service: 'Service',
    programme: 'Programme',
    period: 'Report period',
  },
  programmeStatus: {
    draft: () => 'Being prepared (not started)',
    active: (start) => `Active since ${start ?? '–'}`,
    ended: (start, end) => `Started ${start ?? '–'}, ended ${end ?? '–'}`,
  },
  conditions: {
    fibromyalgia: 'Fibromyalgia',
    widespread_pain: 'Chronic widespread pain',
    chronic_low_back_pain: 'Chronic low back pain',
    neck_pain: 'Neck pain',
    knee_osteoarthritis: 'Knee osteoarthritis',
    hip_osteoarthritis: 'Hip osteoarthritis',
    tendinopathy: 'Tendinopathy',
    me_cfs: 'ME/CFS (post-exertional malaise)',
    other: 'Other condition (not specified)',
  },
  conditionsLine: (list) => `Conditions recorded: ${list ?? 'none recorded'}.`,
  goalsIntro: 'Goals (Patient-Specific Functional Scale activities, 0 = unable, 10 = as before):',
  goal: (activity, first, latest) =>
    `${activity}: ${first}/10 at baseline${latest === null ? '' : `, ${latest}/10 at the latest review`}.`,
  noGoals: 'No PSFS activities have been recorded.',
  model: (presets, t, dosing) => [
    dosing === 'personal'
      ? `Model: graded activity with pain monitoring, dosed by Steadily's personal model (docs/dosing.md). Each exercise starts at ${t.startPct}% of the patient's baseline tolerance (mean of the baseline trials; Lambeek 2007). The dose rises on a time-contingent schedule while pain does not respond to load (Lindström 1992), and an increase is undone when pain rises beyond the patient's own day-to-day variation after it, as learned from their history. Pain above the hard ceiling of ${t.hardCeiling}/10 is never accepted (Silbernagel 2007). Increases are capped at ${Math.round((t.capFactor - 1) * 100)}% over ${t.capDays} days (Nielsen 2014).`
      : `Model: graded activity with pain monitoring. Each exercise starts at ${t.startPct}% of the patient's baseline tolerance (mean of the baseline trials; Lambeek 2007) and rises by ${t.progressPct}% after ${t.greensToProgress} sessions in the green zone. Pain up to ${t.ceiling}/10 during exercise is acceptable, with a rise of at most ${t.rise} points the next morning and a hard ceiling of ${t.hardCeiling}/10 (Silbernagel 2007). Increases are capped at ${Math.round((t.capFactor - 1) * 100)}% over ${t.capDays} days (Nielsen 2014).`,
    `Condition presets in force (the most cautious value of each wins): ${presets
      .map(
        (p) =>
          ({
            default: 'default',
            fibromyalgia: 'fibromyalgia (start low, go slow; ACSM)',
            tendinopathy: 'tendinopathy (fixed pain limit of 5/10; Silbernagel 2007)',
            osteoarthritis: 'osteoarthritis (pain after exercise checked at 2 hours)',
            mecfs: 'ME/CFS (pacing, no progression; NICE NG206)',
          })[p],
      )
      .join('; ')}.`,
  ],
  adherence: {
    sessions: (done, planned, pct) =>
      `The patient logged ${plural(done, 'session', 'sessions')}${pct === null ? '' : ` of ${planned} planned (${pct}%)`}.`,
    noSessions: 'The patient logged no sessions in this period.',
    consistent: (weeks, of) => `Adherence of 70% or more in ${weeks} of ${plural(of, 'week', 'weeks')}.`,
    pain: (first, last) =>
      `Mean morning pain (0–10 NRS): ${first} in the first week, ${last} in the last week of the period.`,
    checkIns: (n) => `${plural(n, 'morning pain rating', 'morning pain ratings')} recorded.`,
  },
  measureNames: {
    peg: 'PEG (pain, enjoyment, general activity; 0–10)',
    pseq: 'PSEQ (pain self-efficacy; 0–60)',
    psfs: 'PSFS (patient-specific function; 0–10)',
    phq2: 'PHQ-2 (depression screen; 0–6)',
  },
  // The numbers from core's one MCID source (core/measures.ts), the words here.
  mcid: {
    peg: `${M.peg.percent}% reduction`,
    pseq: `+${M.pseq.points} points`,
    psfs: `+${M.psfs.points} points`,
    phq2: `screen positive at ≥ ${PHQ2_TALK_AT}`,
  },
  measuresHeader: ['Measure', 'Week 0', 'Week 6', 'Week 12', 'Change', 'MCID', 'Interpretation'],
  interpretation: {
    meaningful: 'Clinically important improvement',
    notMeaningful: 'Below the MCID',
    once: 'Single measurement',
    phqHigh: 'Screen positive: further assessment advised (not a diagnosis)',
    phqLow: 'Screen negative',
  },
  noMeasures: 'No outcome measures have been recorded.',
  dosesExplained: (startPct) =>
    `Baseline is the mean of the patient's baseline tolerance trials. By design, the first dose is set below baseline, at ${startPct}% of it (graded activity, Lambeek 2007), so a dose below 100% of baseline early in the programme reflects the planned starting point, not a decline. Progress is read from the change since the start dose.`,
  dosesHeader: ['Exercise', 'Sessions', 'Baseline', 'Start dose', 'Current dose', 'Since start', 'Status'],
  status: {
    increased: 'Increased',
    unchanged: 'Not increased',
    reduced: 'Reduced',
    removed: 'Removed',
    not_started: 'Not started',
  },
  removedOn: (date) => `removed ${date}`,
  actions: {
    start: 'start',
    progress: 'progression',
    hold: 'hold',
    step_back: 'step back',
    flare: 'flare dose',
    rebuild: 'rebuild',
    pause: 'pause',
    stop: 'safety stop',
    set: 'set by a clinician or the patient',
  },
  decisionsLine: (parts) => `Decisions in the period: ${parts.join(', ')}.`,
  noDecisions: 'No dosing decisions in this period.',
  changesHeader: ['Date', 'Exercise', 'Decision', 'Dose'],
  fromTo: (from, to) => `${from} to ${to}`,
  flaresNone: 'No flare-ups were recorded in this period.',
  flares: (n, list) => `${plural(n, 'flare-up', 'flare-ups')} recorded: ${list}.`,
  flarePlan: (text) => `Agreed flare plan: ${text}`,
  next: {
    measuresDue: (week, date) => `Week ${week} outcome measures due on ${date}.`,
    openFlare: (since) =>
      `A flare-up has been ongoing since ${since}; the dose is reduced and rebuilt automatically. Review if it lasts more than two weeks.`,
    phq2: 'The latest PHQ-2 is 3 or more: consider further assessment of mood (for example PHQ-9). This is a screen, not a diagnosis.',
    continue:
      'Continue the graded programme; doses will keep rising while pain stays within the agreed limits.',
    pacing: 'Pacing mode: doses are held, not progressed (NICE NG206).',
    ended: (date) => `The programme ended on ${date}.`,
    notStarted: 'The programme has not started yet.',
  },
  notADiagnosis:
    'This report is generated by Steadily from the data the patient and their clinician entered. It supports, and does not replace, clinical judgement; it is not a diagnosis.',
};

const ES: ClinicianWords = {
  language: 'es',
  title: 'Informe clínico de progreso',
  subtitle: (from, to) => `Programa de ejercicio graduado, del ${from} al ${to}`,
  footer: (made, page, pages) =>
    `Informe clínico de progreso de Steadily · generado el ${made} · página ${page} de ${pages} · no es un diagnóstico`,
  headings: {
    who: 'Paciente y equipo',
    why: 'Condiciones, objetivos y programa',
    adherence: 'Adherencia y dolor',
    measures: 'Medidas de resultado frente a su diferencia mínima clínicamente importante',
    doses: 'Dosis de ejercicio frente a la basal',
    decisions: 'Decisiones de dosificación',
    flares: 'Crisis',
    next: 'Próximos pasos',
  },
  who: {
    patient: 'Paciente',
    birthDate: 'Año de nacimiento',
    notRecorded: 'No registrado',
    steadilyId: 'ID de Steadily',
    clinician: 'Profesional',
    noClinician: 'Ninguno: uso autónomo (no hay ningún profesional vinculado a este registro)',
    service: 'Servicio',
    programme: 'Programa',
    period: 'Periodo del informe',
  },
  programmeStatus: {
    draft: () => 'En preparación (sin empezar)',
    active: (start) => `Activo desde el ${start ?? '–'}`,
    ended: (start, end) => `Empezó el ${start ?? '–'}, terminó el ${end ?? '–'}`,
  },
  conditions: {
    fibromyalgia: 'Fibromialgia',
    widespread_pain: 'Dolor crónico generalizado',
    chronic_low_back_pain: 'Lumbalgia crónica',
    neck_pain: 'Dolor de cuello',
    knee_osteoarthritis: 'Artrosis de rodilla',
    hip_osteoarthritis: 'Artrosis de cadera',
    tendinopathy: 'Tendinopatía',
    me_cfs: 'EM/SFC (malestar tras el esfuerzo)',
    other: 'Otra condición (sin especificar)',
  },
  conditionsLine: (list) => `Condiciones registradas: ${list ?? 'ninguna registrada'}.`,
  goalsIntro:
    'Objetivos (actividades de la Escala Funcional Específica del Paciente, 0 = incapaz, 10 = como antes):',
  goal: (activity, first, latest) =>
    `${activity}: ${first}/10 al inicio${latest === null ? '' : `, ${latest}/10 en la última revisión`}.`,
  noGoals: 'No se han registrado actividades de la PSFS.',
  model: (presets, t, dosing) => [
    dosing === 'personal'
      ? `Modelo: actividad graduada con control del dolor, dosificada por el modelo personal de Steadily (docs/dosing.md). Cada ejercicio empieza al ${t.startPct}% de la tolerancia basal de la persona (media de las pruebas basales; Lambeek 2007). La dosis sube según un calendario fijo mientras el dolor no responde a la carga (Lindström 1992), y una subida se deshace cuando el dolor sube después más allá de la variación diaria propia de la persona, aprendida de su historial. Nunca se acepta un dolor por encima del techo absoluto de ${t.hardCeiling}/10 (Silbernagel 2007). Las subidas se limitan a un ${Math.round((t.capFactor - 1) * 100)}% en ${t.capDays} días (Nielsen 2014).`
      : `Modelo: actividad graduada con control del dolor. Cada ejercicio empieza al ${t.startPct}% de la tolerancia basal de la persona (media de las pruebas basales; Lambeek 2007) y sube un ${t.progressPct}% tras ${t.greensToProgress} sesiones en zona verde. Se acepta un dolor de hasta ${t.ceiling}/10 durante el ejercicio, con una subida de como mucho ${t.rise} puntos a la mañana siguiente y un techo absoluto de ${t.hardCeiling}/10 (Silbernagel 2007). Las subidas se limitan a un ${Math.round((t.capFactor - 1) * 100)}% en ${t.capDays} días (Nielsen 2014).`,
    `Perfiles de condición en vigor (gana el valor más prudente de cada uno): ${presets
      .map(
        (p) =>
          ({
            default: 'general',
            fibromyalgia: 'fibromialgia (empezar bajo, avanzar despacio; ACSM)',
            tendinopathy: 'tendinopatía (límite fijo de dolor de 5/10; Silbernagel 2007)',
            osteoarthritis: 'artrosis (dolor tras el ejercicio valorado a las 2 horas)',
            mecfs: 'EM/SFC (dosificación del esfuerzo, sin progresión; NICE NG206)',
          })[p],
      )
      .join('; ')}.`,
  ],
  adherence: {
    sessions: (done, planned, pct) =>
      `La persona registró ${plural(done, 'sesión', 'sesiones')}${pct === null ? '' : ` de ${planned} previstas (${pct}%)`}.`,
    noSessions: 'La persona no registró sesiones en este periodo.',
    consistent: (weeks, of) => `Adherencia del 70% o más en ${weeks} de ${plural(of, 'semana', 'semanas')}.`,
    pain: (first, last) =>
      `Dolor matutino medio (EVN 0–10): ${first} en la primera semana, ${last} en la última semana del periodo.`,
    checkIns: (n) => `${plural(n, 'valoración', 'valoraciones')} de dolor matutino registradas.`,
  },
  measureNames: {
    peg: 'PEG (dolor, disfrute, actividad general; 0–10)',
    pseq: 'PSEQ (autoeficacia ante el dolor; 0–60)',
    psfs: 'PSFS (función específica del paciente; 0–10)',
    phq2: 'PHQ-2 (cribado de depresión; 0–6)',
  },
  mcid: {
    peg: `${M.peg.percent}% de reducción`,
    pseq: `+${M.pseq.points} puntos`,
    psfs: `+${String(M.psfs.points).replace('.', ',')} puntos`,
    phq2: `positivo con ≥ ${PHQ2_TALK_AT}`,
  },
  measuresHeader: ['Medida', 'Semana 0', 'Semana 6', 'Semana 12', 'Cambio', 'DMCI', 'Interpretación'],
  interpretation: {
    meaningful: 'Mejora clínicamente importante',
    notMeaningful: 'Por debajo de la DMCI',
    once: 'Una sola medición',
    phqHigh: 'Cribado positivo: se aconseja valoración adicional (no es un diagnóstico)',
    phqLow: 'Cribado negativo',
  },
  noMeasures: 'No se han registrado medidas de resultado.',
  dosesExplained: (startPct) =>
    `La basal es la media de las pruebas de tolerancia basal de la persona. Por diseño, la primera dosis se fija por debajo de la basal, en el ${startPct}% (actividad graduada, Lambeek 2007), de modo que una dosis inferior al 100% de la basal al principio del programa refleja el punto de partida previsto, no un empeoramiento. El progreso se lee en el cambio desde la dosis inicial.`,
  dosesHeader: [
    'Ejercicio',
    'Sesiones',
    'Basal',
    'Dosis inicial',
    'Dosis actual',
    'Desde el inicio',
    'Estado',
  ],
  status: {
    increased: 'Aumentada',
    unchanged: 'Sin aumento',
    reduced: 'Reducida',
    removed: 'Retirado',
    not_started: 'Sin empezar',
  },
  removedOn: (date) => `retirado el ${date}`,
  actions: {
    start: 'inicio',
    progress: 'progresión',
    hold: 'mantenimiento',
    step_back: 'reducción',
    flare: 'dosis de crisis',
    rebuild: 'reconstrucción',
    pause: 'pausa',
    stop: 'parada de seguridad',
    set: 'fijada por un profesional o la persona',
  },
  decisionsLine: (parts) => `Decisiones en el periodo: ${parts.join(', ')}.`,
  noDecisions: 'No hubo decisiones de dosificación en este periodo.',
  changesHeader: ['Fecha', 'Ejercicio', 'Decisión', 'Dosis'],
  fromTo: (from, to) => `de ${from} a ${to}`,
  flaresNone: 'No se registraron crisis en este periodo.',
  flares: (n, list) => `${plural(n, 'crisis registrada', 'crisis registradas')}: ${list}.`,
  flarePlan: (text) => `Plan de crisis acordado: ${text}`,
  next: {
    measuresDue: (week, date) => `Medidas de resultado de la semana ${week} previstas para el ${date}.`,
    openFlare: (since) =>
      `Hay una crisis en curso desde el ${since}; la dosis se reduce y se reconstruye de forma automática. Revisar si dura más de dos semanas.`,
    phq2: 'El último PHQ-2 es de 3 o más: valorar una evaluación adicional del estado de ánimo (por ejemplo, PHQ-9). Es un cribado, no un diagnóstico.',
    continue:
      'Continuar el programa graduado; las dosis seguirán subiendo mientras el dolor se mantenga dentro de los límites acordados.',
    pacing: 'Modo de dosificación del esfuerzo: las dosis se mantienen, sin progresión (NICE NG206).',
    ended: (date) => `El programa terminó el ${date}.`,
    notStarted: 'El programa aún no ha empezado.',
  },
  notADiagnosis:
    'Este informe lo genera Steadily a partir de los datos que introdujeron la persona y su profesional. Apoya el juicio clínico y no lo sustituye; no es un diagnóstico.',
};

export const clinicianWordsFor = (language: Language): ClinicianWords => (language === 'es' ? ES : EN);

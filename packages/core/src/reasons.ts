// Plain-language reasons for every decision (SPEC §6), in English and Spanish.
// Kind and non-judgemental; reading grade ≤ 7 (checked in reasons.test.ts). Built only from params,
// so a stored decision can be shown again in either language.
import type { ReasonCode, ReasonParams } from './types.ts';

export type Language = 'en' | 'es';

const UNIT_WORDS: Record<Language, Record<string, [string, string]>> = {
  en: { minutes: ['minute', 'minutes'], seconds: ['second', 'seconds'], reps: ['time', 'times'] },
  es: { minutes: ['minuto', 'minutos'], seconds: ['segundo', 'segundos'], reps: ['vez', 'veces'] },
};

const SYMPTOM_WORDS: Record<Language, Record<string, string>> = {
  en: {
    chest_pain: 'chest pain or pressure',
    fainting: 'fainting or nearly fainting',
    breathlessness: 'being very out of breath',
    palpitations: 'a new racing or uneven heartbeat',
    numbness_weakness: 'new numbness or weakness',
    joint_locking: 'a joint that locks, gives way, or is hot and swollen',
    sharp_new_pain: 'a sharp pain that is not like your usual pain',
  },
  es: {
    chest_pain: 'dolor o presión en el pecho',
    fainting: 'un desmayo o casi desmayo',
    breathlessness: 'mucha falta de aire',
    palpitations: 'latidos nuevos muy rápidos o irregulares',
    numbness_weakness: 'falta de sensibilidad o debilidad nueva',
    joint_locking: 'una articulación que se traba, falla, o está caliente e hinchada',
    sharp_new_pain: 'un dolor agudo distinto del habitual',
  },
};

function formatNumber(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return language === 'es' ? text.replace('.', ',') : text;
}

function amount(language: Language, value: string | number | undefined, unit: string | number | undefined) {
  const n = Number(value ?? 0);
  const words = UNIT_WORDS[language][String(unit)] ?? ['', ''];
  return `${formatNumber(n, language)} ${n === 1 ? words[0] : words[1]}`;
}

/** "about 1 point" / "about 1.5 points"; Spanish "un punto" / "unos 1,5 puntos". */
function points(language: Language, value: string | number | undefined): string {
  const n = Number(value ?? 0);
  if (language === 'es') return n === 1 ? 'un punto' : `unos ${formatNumber(n, 'es')} puntos`;
  return `${formatNumber(n, 'en')} ${n === 1 ? 'point' : 'points'}`;
}

/** `a` renders an amount with its unit ("8 minutes"), `n` the bare number ("8"). */
type Render = (
  p: ReasonParams,
  a: (key: 'from' | 'to') => string,
  n: (key: 'from' | 'to') => string,
) => string;

const EN: Record<ReasonCode, Render> = {
  start: (p, a) =>
    `We start ${p.exercise} at ${a('to')}. That is a bit less than you could do in your tests, so your body can get used to it.`,
  start_after_clearance: (p, a) =>
    `You are cleared to start. We start ${p.exercise} at ${a('to')}, a bit less than you could do in your tests.`,
  resume: (p, a) => `Your clinician says you can go on. ${p.exercise} starts again at ${a('to')}.`,
  progress: (p, a, n) =>
    `Your pain stayed in your range and settled by the next morning, ${p.count} days in a row. So ${p.exercise} goes up from ${n('from')} to ${a('to')}.`,
  hold_green_streak: (p, a) =>
    `Good session. Your pain stayed in your range. ${p.exercise} stays at ${a('to')}. After ${p.remaining} more good ${p.remaining === 1 ? 'day' : 'days'} like this, it can go up.`,
  hold_amber_pain: (p, a) =>
    `Your pain came close to your limit of ${p.limit} out of 10. That is OK. ${p.exercise} stays at ${a('to')} for now.`,
  hold_amber_morning: (p, a) =>
    `Your pain was a bit higher the next morning. That is OK. ${p.exercise} stays at ${a('to')} for now.`,
  hold_amber_less: (p, a) =>
    `You did less than planned this time. That is fine. ${p.exercise} stays at ${a('to')} for now.`,
  hold_amber_more: (p, a) =>
    `You did more than planned. That is fine, but doing more is no reason to go up faster. ${p.exercise} stays at ${a('to')} for now.`,
  hold_timeout: (p, a) =>
    `We did not get your morning check-in, so we could not tell how you felt. ${p.exercise} stays at ${a('to')} for now.`,
  hold_pacing: (p, a) =>
    `Good session, inside your energy. With pacing, ${p.exercise} stays at ${a('to')}. You or your clinician can choose to go up.`,
  hold_week_worse: (p, a) =>
    `Your mornings were harder this week than last week. So ${p.exercise} stays at ${a('to')} for now, even after a good day.`,
  hold_cap_growth: (p, a) =>
    `You are doing well. But ${p.exercise} has gone up a lot in the last two weeks, and bigger jumps raise the risk of harm. So it stays at ${a('to')} for now.`,
  hold_cap_max: (p, a) =>
    `You have reached the top amount for ${p.exercise}: ${a('to')}. It stays there. Well done.`,
  step_back_pain: (p, a, n) =>
    `Your pain went above your limit of ${p.limit} out of 10. So ${p.exercise} steps back from ${n('from')} to ${a('to')}. This is normal. It is not a failure.`,
  step_back_morning: (p, a, n) =>
    `Your pain was higher the next morning. So ${p.exercise} steps back from ${n('from')} to ${a('to')}. This is a normal part of the plan, not a failure.`,
  step_back_crash: (p, a, n) =>
    `You told us you crashed. So ${p.exercise} steps back from ${n('from')} to ${a('to')}, to stay inside your energy. Rest is part of the plan.`,
  flare: (p, a, n) =>
    `Flares are part of getting better. They are not a sign of harm or of something you did wrong. Keep moving gently: ${p.exercise} goes from ${n('from')} to ${a('to')} for now.`,
  rebuild: (p, a, n) =>
    `You had good days during your flare. So ${p.exercise} goes back up from ${n('from')} to ${a('to')}.`,
  rebuild_done: (p, a) =>
    `Your flare has settled. ${p.exercise} is back to ${a('to')}. Well done for keeping moving.`,
  flare_ended_by_clinician: (p, a) =>
    `Your clinician checked in with you and ended the flare plan. ${p.exercise} is back to ${a('to')}.`,
  pause_symptom: (p) =>
    `You told us about ${p.symptom}. We paused ${p.exercise} and told your clinician. Please answer the safety questions again.`,
  stop_symptom: (p) =>
    `You told us about ${p.symptom}. Stop now and get urgent medical help. We told your clinician. Your plan is on hold until they check it.`,
  stop_red_flag: () =>
    `One of your answers needs a check by a doctor soon. Please get urgent medical advice. Your plan is on hold until your clinician says it is safe.`,
  set_by_clinician: (p, a) => `${p.exercise} was set to ${a('to')} by your care team.`,
  hold_noise: (p, a) =>
    `Your morning pain goes up and down by about ${points('en', p.noise)}. You did the same as last week, so this is not from ${p.exercise}. ${p.exercise} stays at ${a('to')}.`,
  hold_watch: (p, a) =>
    `Your pain was higher soon after ${p.exercise} went up. It goes up and down by about ${points('en', p.noise)}, so one day may be chance. We will watch. ${p.exercise} stays at ${a('to')} for now.`,
  hold_response: (p, a) =>
    `Your pain tends to rise when ${p.exercise} goes up. So ${p.exercise} stays at ${a('to')} until your body is used to it.`,
  step_back_undo: (p, a, n) =>
    `Your pain went up since ${p.exercise} last went up. So we undo that change: ${p.exercise} goes back from ${n('from')} to ${a('to')}. This is normal. It is not a failure.`,
  step_back_one: (p, a, n) =>
    `Your pain went above ${p.limit} out of 10. So ${p.exercise} steps back a little, from ${n('from')} to ${a('to')}. This is normal. It is not a failure.`,
  progress_floor: (p, a, n) =>
    `Your pain does not seem to go up with more ${p.exercise}. You kept going for ${p.days} days. So ${p.exercise} goes up from ${n('from')} to ${a('to')}.`,
  hold_settle: (p, a) =>
    `Good session. ${p.exercise} went up a few days ago. We wait about a week to see how your body takes it. ${p.exercise} stays at ${a('to')} for now.`,
  step_back_load: (p, a, n) =>
    `Your pain is often higher on the morning after ${p.exercise} than after a rest day. So ${p.exercise} steps back a little, from ${n('from')} to ${a('to')}. This is normal. It is not a failure.`,
  hold_red_day: (p, a) =>
    `Your pain went above ${p.limit} out of 10, so ${p.exercise} does not go up today. Your pain was already high this morning, so this is not from ${p.exercise}. It stays at ${a('to')}.`,
};

const ES: Record<ReasonCode, Render> = {
  start: (p, a) =>
    `Empezamos ${p.exercise} con ${a('to')}. Es un poco menos de lo que pudo hacer en sus pruebas, para que su cuerpo se acostumbre.`,
  start_after_clearance: (p, a) =>
    `Ya puede empezar. Empezamos ${p.exercise} con ${a('to')}, un poco menos de lo que pudo hacer en sus pruebas.`,
  resume: (p, a) =>
    `Su equipo de salud dice que puede seguir. ${p.exercise} vuelve a empezar con ${a('to')}.`,
  progress: (p, a, n) =>
    `Su dolor se quedó en su rango y se calmó a la mañana siguiente, ${p.count} días seguidos. Por eso ${p.exercise} sube de ${n('from')} a ${a('to')}.`,
  hold_green_streak: (p, a) =>
    `Buena sesión. Su dolor se quedó en su rango. ${p.exercise} se queda en ${a('to')}. Con ${p.remaining} ${p.remaining === 1 ? 'día bueno' : 'días buenos'} más así, puede subir.`,
  hold_amber_pain: (p, a) =>
    `Su dolor llegó cerca de su límite de ${p.limit} sobre 10. Está bien. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_amber_morning: (p, a) =>
    `Su dolor fue un poco más alto a la mañana siguiente. Está bien. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_amber_less: (p, a) =>
    `Esta vez hizo menos de lo previsto. No pasa nada. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_amber_more: (p, a) =>
    `Hizo más de lo previsto. Está bien, pero hacer más no es razón para subir más rápido. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_timeout: (p, a) =>
    `No tenemos su respuesta de la mañana, así que no sabemos cómo se sintió. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_pacing: (p, a) =>
    `Buena sesión, dentro de su energía. Con el ritmo pausado, ${p.exercise} se queda en ${a('to')}. Usted o su equipo de salud pueden decidir subir.`,
  hold_week_worse: (p, a) =>
    `Sus mañanas fueron más duras esta semana que la anterior. Por eso ${p.exercise} se queda en ${a('to')} por ahora, aunque el día fue bueno.`,
  hold_cap_growth: (p, a) =>
    `Va muy bien. Pero ${p.exercise} ya subió mucho en las dos últimas semanas, y subir de golpe trae más riesgo. Por eso se queda en ${a('to')} por ahora.`,
  hold_cap_max: (p, a) => `Llegó al máximo para ${p.exercise}: ${a('to')}. Se queda ahí. Muy bien hecho.`,
  step_back_pain: (p, a, n) =>
    `Su dolor pasó su límite de ${p.limit} sobre 10. Por eso ${p.exercise} baja de ${n('from')} a ${a('to')}. Esto es normal. No es un fracaso.`,
  step_back_morning: (p, a, n) =>
    `Su dolor fue más alto a la mañana siguiente. Por eso ${p.exercise} baja de ${n('from')} a ${a('to')}. Es parte normal del plan, no un fracaso.`,
  step_back_crash: (p, a, n) =>
    `Nos dijo que tuvo un bajón. Por eso ${p.exercise} baja de ${n('from')} a ${a('to')}, para quedar dentro de su energía. Descansar es parte del plan.`,
  flare: (p, a, n) =>
    `Las crisis son parte de mejorar. No son señal de daño ni de que hizo algo mal. Siga moviéndose con calma: ${p.exercise} pasa de ${n('from')} a ${a('to')} por ahora.`,
  rebuild: (p, a, n) =>
    `Tuvo días buenos durante su crisis. Por eso ${p.exercise} vuelve a subir de ${n('from')} a ${a('to')}.`,
  rebuild_done: (p, a) =>
    `Su crisis se calmó. ${p.exercise} vuelve a ${a('to')}. Muy bien por seguir moviéndose.`,
  flare_ended_by_clinician: (p, a) =>
    `Su equipo de salud habló con usted y terminó el plan de crisis. ${p.exercise} vuelve a ${a('to')}.`,
  pause_symptom: (p) =>
    `Nos contó que tuvo ${p.symptom}. Pausamos ${p.exercise} y avisamos a su equipo de salud. Por favor, responda otra vez las preguntas de seguridad.`,
  stop_symptom: (p) =>
    `Nos contó que tuvo ${p.symptom}. Pare ahora y busque ayuda médica urgente. Avisamos a su equipo de salud. Su plan queda en pausa hasta que lo revisen.`,
  stop_red_flag: () =>
    `Una de sus respuestas necesita que un médico le vea pronto. Busque consejo médico urgente. Su plan queda en pausa hasta que su equipo de salud diga que es seguro.`,
  set_by_clinician: (p, a) => `Su equipo de salud puso ${p.exercise} en ${a('to')}.`,
  hold_noise: (p, a) =>
    `Su dolor de la mañana sube y baja ${points('es', p.noise)}. Usted hizo lo mismo que la semana pasada, así que esto no viene de ${p.exercise}. ${p.exercise} se queda en ${a('to')}.`,
  hold_watch: (p, a) =>
    `Su dolor subió poco después de subir ${p.exercise}. Su dolor sube y baja ${points('es', p.noise)}, así que un solo día puede ser casualidad. Vamos a observar. ${p.exercise} se queda en ${a('to')} por ahora.`,
  hold_response: (p, a) =>
    `Su dolor suele subir cuando sube ${p.exercise}. Por eso ${p.exercise} se queda en ${a('to')} hasta que su cuerpo se acostumbre.`,
  step_back_undo: (p, a, n) =>
    `Su dolor subió desde la última vez que subió ${p.exercise}. Por eso deshacemos ese cambio: ${p.exercise} vuelve de ${n('from')} a ${a('to')}. Esto es normal. No es un fracaso.`,
  step_back_one: (p, a, n) =>
    `Su dolor pasó de ${p.limit} sobre 10. Por eso ${p.exercise} baja un poco, de ${n('from')} a ${a('to')}. Esto es normal. No es un fracaso.`,
  progress_floor: (p, a, n) =>
    `Su dolor no parece subir con más ${p.exercise}. Usted siguió durante ${p.days} días. Por eso ${p.exercise} sube de ${n('from')} a ${a('to')}.`,
  hold_settle: (p, a) =>
    `Buena sesión. ${p.exercise} subió hace unos días. Esperamos más o menos una semana para ver cómo lo lleva su cuerpo. ${p.exercise} se queda en ${a('to')} por ahora.`,
  step_back_load: (p, a, n) =>
    `Su dolor suele ser más alto la mañana después de ${p.exercise} que después de un día de descanso. Por eso ${p.exercise} baja un poco, de ${n('from')} a ${a('to')}. Esto es normal. No es un fracaso.`,
  hold_red_day: (p, a) =>
    `Su dolor pasó de ${p.limit} sobre 10, así que ${p.exercise} no sube hoy. Su dolor ya era alto esta mañana, así que esto no viene de ${p.exercise}. Se queda en ${a('to')}.`,
};

const TEMPLATES: Record<Language, Record<ReasonCode, Render>> = { en: EN, es: ES };

export function renderReason(language: Language, code: ReasonCode, params: ReasonParams): string {
  const p: ReasonParams = { ...params };
  if (typeof p.symptom === 'string') p.symptom = SYMPTOM_WORDS[language][p.symptom] ?? p.symptom;
  const a = (key: 'from' | 'to') => amount(language, p[key], p.unit);
  const n = (key: 'from' | 'to') => formatNumber(Number(p[key] ?? 0), language);
  return capitaliseSentences(TEMPLATES[language][code](p, a, n));
}

/** Exercise names may start a sentence ("walk stays at…" → "Walk stays at…"). */
function capitaliseSentences(text: string): string {
  return text.replace(
    /(^|[.!?]\s+)(\p{Ll})/gu,
    (_, lead: string, letter: string) => lead + letter.toUpperCase(),
  );
}

export const REASON_CODES = Object.keys(EN) as ReasonCode[];

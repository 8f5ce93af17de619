// The person is addressed as "usted" everywhere in Spanish (the app's screens, the engine's reasons,
// the exercise library, the PDF report): mixing "tú" and "usted" on one screen reads as careless. This
// finds the informal forms a tú text gives itself away by, for the tests of every Spanish text.

/** Pronouns, possessives and common tú verb forms (accent-insensitive where the accent is optional). */
const INFORMAL_WORDS =
  /(?<![\p{L}])(tú|tu|tus|te|ti|contigo|tuyo|tuya|tuyos|tuyas|puedes|tienes|haces|hiciste|tuviste|pudiste|dijiste|contaste|estás|eres|quieres|sientes|necesitas|vuelves)(?![\p{L}])/giu;
/** Imperatives with an enclitic "te": túmbate, siéntate, apóyate, muévete, estírate. */
const INFORMAL_IMPERATIVE = /(?<![\p{L}])\p{L}*[áéíóú]\p{L}*[ae]te(?![\p{L}])/giu;

/** The informal (tú) words in a Spanish text; empty when it speaks as "usted" throughout. */
export function informalSpanish(text: string): string[] {
  return [...text.matchAll(INFORMAL_WORDS), ...text.matchAll(INFORMAL_IMPERATIVE)].map((m) => m[0]);
}

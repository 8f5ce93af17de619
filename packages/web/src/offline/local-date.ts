// The person's calendar date (YYYY-MM-DD) in the device's time zone at the moment of logging.
// SPEC §14: a log keeps the date it was made on, even if it is sent days later or from another zone.

export function toLocalDate(at: Date): string {
  const year = String(at.getFullYear()).padStart(4, '0');
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

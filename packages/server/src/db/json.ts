// jsonb values are written as JSON text: node-postgres would turn a JS array into a Postgres array.
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

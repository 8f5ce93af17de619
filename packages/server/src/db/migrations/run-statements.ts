// Runs a block of SQL one statement at a time: PGlite's extended protocol takes one statement per
// query. Splits on `;` at the end of a line, except inside a `$$ … $$` body.
import { type Kysely, sql } from 'kysely';

function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of text.split('\n')) {
    current.push(line);
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.join('\n').trim());
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest !== '') statements.push(rest);
  return statements;
}

export async function runStatements(db: Kysely<unknown>, text: string): Promise<void> {
  for (const statement of splitStatements(text)) {
    await sql.raw(statement).execute(db);
  }
}

// `steadily simulate FILE`: the engine on a scenario file (SPEC §14). Exit 0 with JSON on stdout;
// an invalid file exits 2 with nothing on stdout and one line on stderr naming the field.
import { readFile } from 'node:fs/promises';
import { simulate } from '@steadily/core';
import { parseScenarioText, ScenarioError } from '../scenario/validate.ts';

export const INVALID = 2;

export async function run(argv: string[]): Promise<number> {
  const [file, ...extra] = argv;
  if (file === undefined || extra.length > 0) {
    process.stderr.write('usage: steadily simulate FILE.json\n');
    return INVALID;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    process.stderr.write(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    return INVALID;
  }
  try {
    const output = simulate(parseScenarioText(text));
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`invalid scenario: ${error.message.replace(/\s+/g, ' ')}\n`);
    return INVALID;
  }
}

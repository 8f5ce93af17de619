// `steadily simulate FILE`: the engine on a scenario file (SPEC §14). Exit 0 with JSON on stdout;
// an invalid file exits 2 with nothing on stdout and one line on stderr naming the field.
import { readFile } from 'node:fs/promises';
import { simulate } from '@steadily/core';
import { parseScenarioText, ScenarioError } from '../scenario/validate.ts';

export const INVALID = 2;

export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The whole command as a function of its arguments, so tests take the very path the CLI takes. */
export async function simulateCommand(argv: string[]): Promise<CommandOutcome> {
  const [file, ...extra] = argv;
  if (file === undefined || extra.length > 0) {
    return { code: INVALID, stdout: '', stderr: 'usage: steadily simulate FILE.json\n' };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { code: INVALID, stdout: '', stderr: `${file}: cannot read the file (${reason})\n` };
  }
  try {
    const output = simulate(parseScenarioText(text));
    return { code: 0, stdout: `${JSON.stringify(output)}\n`, stderr: '' };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return { code: INVALID, stdout: '', stderr: `invalid scenario: ${error.message.replace(/\s+/g, ' ')}\n` };
  }
}

export async function run(argv: string[]): Promise<number> {
  const outcome = await simulateCommand(argv);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  return outcome.code;
}

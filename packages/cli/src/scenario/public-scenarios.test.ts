// Every public scenario (copied from ../shared/scenarios) through the CLI's own code path.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateCommand } from '../commands/simulate.ts';
import { type Expectations, unmetExpectations } from './expectations.ts';

const folder = join(import.meta.dirname, 'fixtures');
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('public scenarios', () => {
  it('are all here', () => expect(files.length).toBeGreaterThanOrEqual(13));

  it.each(files)('%s holds', async (file) => {
    const { expect: expectations, ...scenario } = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
      expect: Expectations;
    };
    const input = join(tmpdir(), `steadily-${process.pid}-${file}`);
    writeFileSync(input, JSON.stringify(scenario));
    const outcome = await simulateCommand([input]);
    expect(unmetExpectations(expectations, outcome)).toEqual([]);
  });
});

// The installed command itself, as a separate process: exit codes, stdout and stderr (SPEC §14).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/steadily.js');
const dir = mkdtempSync(join(tmpdir(), 'steadily-cli-'));

async function steadily(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('steadily simulate', () => {
  it('prints the decisions and final state as JSON and exits 0', async () => {
    const scenario = {
      referenceMorningPain: 3,
      exercises: [{ id: 'walk', unit: 'minutes', baseline: [10, 12, 11] }],
      events: [{ day: 1, type: 'session', exercise: 'walk', done: 'quota', peak: 7, after: 5 }],
    };
    const out = await steadily('simulate', file('ok.json', JSON.stringify(scenario)));
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(JSON.parse(out.stdout)).toMatchObject({
      decisions: [
        { action: 'start', quota: 7 },
        { action: 'step_back', zone: 'RED', quota: 5 },
      ],
      final: { mode: 'normal', quotas: { walk: 5 }, flags: [], flares: [] },
    });
  });

  it.each([
    [
      'a pain out of range',
      '{"referenceMorningPain":3,"exercises":[{"id":"w","unit":"reps","baseline":[5]}],"events":[{"day":1,"type":"morning","pain":12}]}',
      'events[0].pain',
    ],
    ['malformed JSON', '{"referenceMorningPain": 3,', '(file)'],
    ['no exercises', '{"referenceMorningPain":3,"events":[]}', 'exercises'],
  ])(
    'exits 2 with one line naming the field for %s, and nothing on stdout',
    async (_label, content, field) => {
      const out = await steadily('simulate', file('bad.json', content));
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(out.stderr).toContain(field);
    },
  );

  it('exits 2 for a file that does not exist', async () => {
    const out = await steadily('simulate', join(dir, 'missing.json'));
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/cannot read the file \(ENOENT\)/);
  });
});

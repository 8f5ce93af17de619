// The server's layering, checked on every import (STYLE.md): route → service → repository, SQL only
// in db/. dependency-cruiser cannot parse TypeScript here (TypeScript 7 has no JS compiler API), so
// this reads the import statements itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = import.meta.dirname;

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gms)) {
    const target = match[2] as string;
    const resolved = target.startsWith('.') ? relative(ROOT, join(path, '..', target)) : target;
    found.push({ file: relative(ROOT, path), target: resolved, typeOnly: match[1] !== undefined });
  }
  return found;
}

const ALL = sources(ROOT)
  .filter((path) => !relative(ROOT, path).startsWith('test/'))
  .flatMap(importsOf);

function offending(from: string, rule: (i: Import) => boolean): string[] {
  return ALL.filter((i) => i.file.startsWith(from) && rule(i)).map((i) => `${i.file} → ${i.target}`);
}

describe('server layering', () => {
  it('reads the imports of every module (a guard against a silently broken scan)', () => {
    expect(ALL.length).toBeGreaterThan(300);
    expect(ALL.some((i) => i.file === 'routes/logs/log-session.ts' && i.target === 'services/logs.ts')).toBe(
      true,
    );
  });

  it('keeps SQL in db/: nothing else imports kysely values or the repositories’ SQL helpers', () => {
    const outside = ALL.filter(
      (i) => !i.file.startsWith('db/') && i.target.startsWith('kysely') && !i.typeOnly,
    );
    expect(outside.map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });

  it('lets routes reach the database only through services', () => {
    expect(offending('routes/', (i) => i.target.startsWith('db/') && !i.typeOnly)).toEqual([]);
  });

  it('keeps services free of HTTP: no routes, no Fastify plumbing', () => {
    expect(
      offending(
        'services/',
        (i) => i.target.startsWith('routes/') || i.target.startsWith('http/') || i.target === 'fastify',
      ),
    ).toEqual([]);
  });

  it('keeps repositories below services', () => {
    const upward = (i: Import) =>
      ['services/', 'routes/', 'http/', 'jobs/'].some((layer) => i.target.startsWith(layer));
    expect(offending('db/', upward)).toEqual([]);
  });

  it('never imports test helpers from production code', () => {
    expect(ALL.filter((i) => i.target.startsWith('test/')).map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});

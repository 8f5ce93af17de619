// Architecture rules (STYLE.md), checked on every `npm run lint`: data flows one way — route → service →
// core / repository. (dependency-cruiser cannot read TypeScript 7 yet, so this reads the imports itself.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

interface Rule {
  name: string;
  from: RegExp;
  /** A file the rule ignores (tests may use test tools). */
  except?: RegExp;
  forbidden: (target: string) => boolean;
}

const root = resolve(import.meta.dirname, '..');
const isTest = /\.(int\.)?test\.tsx?$|[/]testing[/]/;

export const RULES: Rule[] = [
  {
    name: 'core is pure: no I/O, no clock, no other package',
    from: /^packages\/core\/src\//,
    except: isTest,
    forbidden: (t) => !t.startsWith('packages/core/src/'),
  },
  {
    name: 'web talks only to the API',
    from: /^packages\/web\/src\//,
    forbidden: (t) => /^(@steadily\/(server|cli)|packages\/(server|cli)\/)/.test(t),
  },
  {
    name: 'routes never touch SQL (only repositories under db/)',
    from: /^packages\/server\/src\/routes\//,
    except: isTest,
    forbidden: (t) =>
      t.startsWith('packages/server/src/db/') || /^(kysely|pg|@electric-sql\/pglite)(\/|$)/.test(t),
  },
  {
    name: 'core and server never import the CLI',
    from: /^packages\/(core|server)\/src\//,
    forbidden: (t) => /^(@steadily\/cli|packages\/cli\/)/.test(t),
  },
];

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A relative import as a repo path (`packages/…`); a package import as its name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(root, resolve(dirname(file), specifier));
}

/** The engine is a pure function of the events: no clock, no randomness, no environment in core. */
const IMPURE = /\bDate\.now\(|\bnew Date\(|\bMath\.random\(|\bprocess\.|\bperformance\.now\(/;

export function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, 'packages'))) {
    const from = relative(root, file);
    if (
      /^packages\/core\/src\//.test(from) &&
      !isTest.test(from) &&
      IMPURE.test(readFileSync(file, 'utf8'))
    ) {
      found.push(`${from}: core is pure: no clock, randomness or process state`);
    }
    const rules = RULES.filter((r) => r.from.test(from) && !r.except?.test(from));
    if (rules.length === 0) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = target(file, match[1] ?? match[2] ?? '');
      for (const rule of rules) if (rule.forbidden(to)) found.push(`${from} → ${to}: ${rule.name}`);
    }
  }
  return found;
}

if (import.meta.main) {
  const found = violations();
  for (const line of found) console.error(line);
  console.log(found.length === 0 ? 'architecture boundaries hold' : `${found.length} boundary violation(s)`);
  process.exitCode = found.length === 0 ? 0 : 1;
}

// Dispatches `steadily <command>` to one module per command; each is loaded only when used,
// so `simulate` never pays for the server's start-up.
import type { CommandModule } from './command.ts';

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  serve: { summary: 'serve the app and API (default port 3000)', load: () => import('./commands/serve.ts') },
  simulate: {
    summary: 'run the engine on a scenario file (SPEC §14)',
    load: () => import('./commands/simulate.ts'),
  },
  migrate: { summary: 'apply database migrations and exit', load: () => import('./commands/migrate.ts') },
  'seed-demo': {
    summary: 'create demo accounts with eight weeks of history',
    load: () => import('./commands/seed-demo.ts'),
  },
  backup: { summary: 'write every row to a backup file', load: () => import('./commands/backup.ts') },
  restore: {
    summary: 'restore a backup file into an empty database',
    load: () => import('./commands/restore.ts'),
  },
  export: { summary: 'export data (FHIR R4 bundle)', load: () => import('./commands/export.ts') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['Usage: steadily <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`steadily: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

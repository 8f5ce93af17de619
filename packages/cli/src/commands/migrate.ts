// Placeholder until its issue lands.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('steadily migrate: not available yet\n');
  return 1;
}

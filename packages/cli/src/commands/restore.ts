// Placeholder until its issue lands.
export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('steadily restore: not available yet\n');
  return 1;
}

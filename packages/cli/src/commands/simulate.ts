export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('steadily simulate: not available yet\n');
  return 1;
}

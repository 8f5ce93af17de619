// Prints the JavaScript a first visit downloads before the app can draw (entry script and its
// modulepreloads), gzipped, and fails above the budget of issue 5 (150 KB).
// Run after a build: npm run size -w @steadily/web (bench/web.ts uses it on its own build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 150;

/** Each initial script with its gzipped size, and the total, for a built app in `dist`. */
export function initialJs(dist: string): { files: { url: string; kb: number }[]; totalKb: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = urls.map((url) => ({ url, kb: gzipSync(readFileSync(join(dist, url))).length / 1024 }));
  return { files, totalKb: files.reduce((sum, f) => sum + f.kb, 0) };
}

if (import.meta.main) {
  const { files, totalKb } = initialJs(join(import.meta.dirname, '..', 'dist'));
  for (const { url, kb } of files) console.log(`${kb.toFixed(1).padStart(7)} KB  ${url}`);
  console.log(`${totalKb.toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${BUDGET_KB} KB)`);
  process.exitCode = totalKb <= BUDGET_KB ? 0 : 1;
}

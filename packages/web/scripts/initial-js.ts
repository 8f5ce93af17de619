// Prints the JavaScript a first visit downloads before the app can draw (entry script and its
// modulepreloads), gzipped, and fails above the budget of issue 5 (150 KB).
// Run after a build: npm run size -w @steadily/web
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const urls = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1] ?? '');

let totalKb = 0;
for (const url of urls) {
  const kb = gzipSync(readFileSync(join(dist, url))).length / 1024;
  totalKb += kb;
  console.log(`${kb.toFixed(1).padStart(7)} KB  ${url}`);
}
console.log(`${totalKb.toFixed(1).padStart(7)} KB  initial JavaScript, gzipped (budget ${BUDGET_KB} KB)`);
process.exitCode = totalKb <= BUDGET_KB ? 0 : 1;

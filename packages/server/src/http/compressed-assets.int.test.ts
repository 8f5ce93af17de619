import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp } from '../test/harness.ts';

describeEachDatabase('the built app is sent compressed when the build made .br and .gz files', (db) => {
  let app: FastifyInstance;
  let dist: string;
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'steadily-dist-'));
    const html = '<!doctype html><title>Steadily</title>';
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(dist, 'app.js'), script);
    writeFileSync(join(dist, 'app.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'app.js.gz'), gzipSync(script));
    ({ app } = await buildTestApp(db().database, { webDist: dist }));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends brotli, gzip or plain as asked', async () => {
    const br = await app.inject({
      method: 'GET',
      url: '/app.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const gz = await app.inject({ method: 'GET', url: '/app.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ method: 'GET', url: '/app.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('sends the app page compressed for any screen path too', async () => {
    const page = await app.inject({ method: 'GET', url: '/today', headers: { 'accept-encoding': 'br' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
  });
});

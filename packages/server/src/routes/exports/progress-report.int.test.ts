import type { FastifyInstance } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../../services/manual-clock.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { demoTeam } from '../../test/demo-team.ts';
import { buildTestApp, signUpAs } from '../../test/harness.ts';

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describeEachDatabase('the PDF progress report', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let demo: Awaited<ReturnType<typeof demoTeam>>;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    demo = await demoTeam(app);
  });
  afterAll(() => app.close());

  const get = (url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: cookieOf(demo.patient) } });

  it('reports the programme so far, with the figures the record holds', async () => {
    const res = await get(`${demo.base}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-language']).toBe('en');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="steadily-report-Alex-demo-had-a-flare-${demo.start}-2026-03-02.pdf"; ` +
        `filename*=UTF-8''steadily-report-Alex-%28demo%2C-had-a-flare%29-${demo.start}-2026-03-02.pdf`,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(res.rawPayload);
    const sessions = (await demo.patient.get(`${demo.base}/sessions?from=${demo.start}&to=2026-03-02`)).body;
    expect(text).toContain('Steadily progress report');
    expect(text).toContain('Alex (demo, had a flare)');
    expect(text).toContain(`You did ${sessions.length} sessions`);
    expect(text).toMatch(/You had 1 flare-up \(\d+ days\)/);
    expect(text).toContain('(PSEQ) went up 13 points: a real change (11 or more)');
    expect(text).toContain('Dose changes and their reasons');
  });

  it('covers only the dates asked for', async () => {
    const res = await get(`${demo.base}/report.pdf?from=2026-02-23&to=2026-03-01`);
    expect(res.statusCode).toBe(200);
    const sessions = (await demo.patient.get(`${demo.base}/sessions?from=2026-02-23&to=2026-03-01`)).body;
    const text = await textOf(res.rawPayload);
    expect(text).toContain(`You did ${sessions.length} sessions`);
    expect(text).toContain('You had no flare-ups in this period.');
  });

  it('is in Spanish when asked, or when the person’s language is Spanish', async () => {
    const asked = await get(`${demo.base}/report.pdf?lang=es`);
    expect(asked.headers['content-language']).toBe('es');
    expect(await textOf(asked.rawPayload)).toContain('Informe de progreso de Steadily');
    await demo.patient.patch('/api/account', { locale: 'es' });
    try {
      const own = await app.inject({
        method: 'GET',
        url: `${demo.base}/report.pdf`,
        headers: { cookie: cookieOf(demo.clinician) },
      });
      expect(own.headers['content-language']).toBe('es');
      expect(await textOf(own.rawPayload)).toContain('Informe de progreso de Steadily');
    } finally {
      await demo.patient.patch('/api/account', { locale: 'en' });
    }
  });

  it.each([
    ['from after to', '?from=2026-03-02&to=2026-03-01', 'from'],
    ['a date that does not exist', '?from=2026-02-30', 'from'],
    ['more than two years', '?from=2023-01-01&to=2026-03-01', 'to'],
    ['a language we do not have', '?lang=fr', 'lang'],
  ])('answers 400 for %s', async (_label, query, field) => {
    const res = await get(`${demo.base}/report.pdf${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe(field);
  });

  it('is for the person and their clinician only', async () => {
    const stranger = await signUpAs(app, { label: 'stranger' });
    expect((await stranger.client.get(`${demo.base}/report.pdf`)).status).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${demo.base}/report.pdf` })).statusCode).toBe(401);
    clock.set('2026-03-02T09:00:00Z');
  });
});

function cookieOf(client: { cookies: Map<string, string> }): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

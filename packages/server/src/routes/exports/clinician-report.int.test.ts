import type { FastifyInstance } from 'fastify';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/client.ts';
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

describeEachDatabase('the clinician report (PDF)', (db) => {
  let app: FastifyInstance;
  let demo: Awaited<ReturnType<typeof demoTeam>>;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database, {
      settings: { allowSelfSignUp: true, invitationDays: 14, serviceName: 'Northside Physiotherapy' },
    }));
    demo = await demoTeam(app);
  });
  afterAll(() => app.close());

  /** The PDF as bytes (the test client reads bodies as text). */
  const pdf = async (client: TestClient, url: string) => {
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    return {
      status: res.statusCode,
      headers: res.headers,
      body: res.statusCode === 200 ? {} : res.json(),
      text: res.statusCode === 200 ? await textOf(res.rawPayload) : '',
    };
  };

  it('names the patient, the clinician and the service, and reports in the third person', async () => {
    const res = await pdf(demo.clinician, `${demo.base}/clinician-report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `^inline; filename="steadily-clinician-report-Alex-demo-had-a-flare-${demo.start}-2026-03-02\\.pdf"; filename\\*=UTF-8''`,
      ),
    );
    const text = res.text;
    const sessions = (await demo.patient.get(`${demo.base}/sessions?from=${demo.start}&to=2026-03-02`)).body;
    expect(text).toContain('Clinical progress report');
    expect(text).toContain('Patient Alex (demo, had a flare)');
    expect(text).toContain(`Steadily ID ${demo.patientId}`);
    expect(text).toContain('Clinician Demo Clinician');
    expect(text).toContain('Service Northside Physiotherapy');
    expect(text).toContain('Conditions recorded: Fibromyalgia.');
    expect(text).toContain('Gardening: 3/10 at baseline.');
    // The fibromyalgia preset starts at 60% of baseline (SPEC §9), and the report says so; the demo runs
    // the personal dosing model, so the report describes that model's rules, not the classic bands.
    expect(text).toContain(
      "dosed by Steadily's personal model (docs/dosing.md). Each exercise starts at 60%",
    );
    expect(text).not.toContain('sessions in the green zone');
    expect(text).toContain(
      'the first dose is set below baseline, at 60% of it (graded activity, Lambeek 2007)',
    );
    expect(text).toContain(`The patient logged ${sessions.length} sessions`);
    expect(text).toMatch(
      /PSEQ \(pain self-efficacy; 0–60\) 23 36 – \+13 \+11 points Clinically important improvement/,
    );
    // Every exercise against its baseline and its start dose (one that did not go up: clinician-report.test.ts).
    expect(text).toContain('Walking 36 11 min 6 min (55%) 10 min (91%) +67% Increased');
    expect(text).toContain('Sit to stand 24 9 times 5 times (56%) 10 times (111%) +100% Increased');
    expect(text).toContain('Week 12 outcome measures due on 31 March 2026.');
    expect(text).not.toMatch(/\bYou\b|\byour\b/);
  });

  it('is open to the person too (to hand to a GP), and audited as a read of the record', async () => {
    const res = await pdf(demo.patient, `${demo.base}/clinician-report.pdf?lang=es`);
    expect(res.status).toBe(200);
    expect(res.headers['content-language']).toBe('es');
    const text = res.text;
    expect(text).toContain('Informe clínico de progreso');
    expect(text).toContain('Profesional Demo Clinician');
    const audit = await app.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', demo.patientId)
      .where('route', '=', 'GET /api/patients/:patientId/clinician-report.pdf')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['read', 'read']);
  });

  it('says truthfully that no clinician is linked for a self-guided person', async () => {
    const self = await signUpAs(app, { label: 'self-guided' });
    const res = await pdf(self.client, `/api/patients/${self.id}/clinician-report.pdf`);
    expect(res.status).toBe(200);
    const text = res.text;
    expect(text).toContain('Clinician None: self-guided use (no clinician is linked to this record)');
    expect(text).toContain('The programme has not started yet.');
  });

  describe('refusals', () => {
    it('is not there for a stranger, and asks an anonymous caller to sign in', async () => {
      const stranger = await signUpAs(app, { label: 'stranger' });
      expect((await stranger.client.get(`${demo.base}/clinician-report.pdf`)).status).toBe(404);
      expect((await app.inject({ method: 'GET', url: `${demo.base}/clinician-report.pdf` })).statusCode).toBe(
        401,
      );
    });

    it('answers 400 naming the field for a bad range', async () => {
      const res = await demo.clinician.get(`${demo.base}/clinician-report.pdf?from=2026-03-02&to=2026-03-01`);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('from');
    });
  });
});

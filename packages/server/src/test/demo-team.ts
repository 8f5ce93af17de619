// The demo's eight weeks (services/demo.ts) signed in through the API, with measures at weeks 0 and 6
// and a clinician's note added, for tests of whole-record exports.
import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../services/demo.ts';
import { TestClient } from './client.ts';
import { write } from './journey.ts';

async function signIn(app: FastifyInstance, email: string, password: string): Promise<TestClient> {
  const client = new TestClient(app);
  const res = await client.post('/api/auth/sign-in', { email, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return client;
}

export async function demoTeam(app: FastifyInstance) {
  const { logins } = await seedDemo(app.ctx);
  const [clinicianLogin, flareLogin] = logins as [(typeof logins)[0], (typeof logins)[0]];
  const clinician = await signIn(app, clinicianLogin.email, clinicianLogin.password);
  const patient = await signIn(app, flareLogin.email, flareLogin.password);
  const patientId = (await patient.get('/api/auth/me')).body.id as string;
  const base = `/api/patients/${patientId}`;
  const start = (await patient.get(`${base}/programme`)).body.startDate as string;
  const measures = [
    { instrument: 'PEG', week: 0, items: [6, 6, 5] },
    { instrument: 'PEG', week: 6, items: [4, 4, 3] },
    { instrument: 'PSEQ', week: 0, items: [2, 2, 3, 2, 3, 2, 2, 3, 2, 2] },
    { instrument: 'PSEQ', week: 6, items: [4, 3, 4, 4, 3, 4, 3, 4, 4, 3] },
    { instrument: 'PSFS', week: 0, activities: [{ name: 'Gardening', score: 3 }] },
    { instrument: 'PHQ2', week: 0, items: [1, 1] },
  ];
  for (const m of measures) {
    const localDate = m.week === 0 ? start : (await patient.get(`${base}/today`)).body.localDate;
    const res = await write(clinician, 'POST', `${base}/measures`, { ...m, localDate });
    if (res.status !== 201) throw new Error(`measure failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  await write(clinician, 'POST', `${base}/notes`, { text: 'Well done on the rebuild.' });
  return { clinician, patient, patientId, base, start };
}

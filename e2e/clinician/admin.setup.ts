// Runs before every browser test: the first account of the fresh test server becomes its admin, so
// it is made here, as a clinician (SPEC §1: only an admin invites clinicians).
import { expect, test as setup } from '@playwright/test';
import { ADMIN, send } from './support.ts';

setup('the test server has an admin clinician', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.ok()).toBe(true);
  const signIn = await request.post('/api/auth/sign-in', {
    data: { email: ADMIN.email, password: ADMIN.password },
    headers: { 'x-csrf-token': (await (await request.get('/api/auth/csrf')).json()).csrfToken },
  });
  if (signIn.ok()) return;
  const me = await send(request, 'POST', '/api/auth/sign-up', {
    email: ADMIN.email,
    password: ADMIN.password,
    displayName: ADMIN.name,
    timeZone: 'Europe/Madrid',
    role: 'clinician',
  });
  expect(me).toMatchObject({ role: 'clinician', isAdmin: true });
});

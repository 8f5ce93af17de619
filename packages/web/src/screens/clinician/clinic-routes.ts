// The clinician workspace's screens (SPEC §12), each loaded on first visit; app/routes.ts lists them
// with the rest. Only clinicians reach them (app/app.tsx sends everyone else home).
import { lazy } from 'react';
import type { Route } from '../../app/routes.ts';

const patients = lazy(() => import('./caseload/patients-screen.tsx'));
const invite = lazy(() => import('./invite/invite-screen.tsx'));
const library = lazy(() => import('./library/library-screen.tsx'));
const overview = lazy(() => import('./patient/overview-screen.tsx'));
const programme = lazy(() => import('./programme/programme-screen.tsx'));
const settings = lazy(() => import('./settings/patient-settings-screen.tsx'));
const timeline = lazy(() => import('./timeline/timeline-screen.tsx'));
const summary = lazy(() => import('./summary/summary-screen.tsx'));

export const CLINIC_ROUTES: Route[] = [
  { path: '/clinic', screen: patients, access: 'signed_in' },
  { path: '/clinic/invite', screen: invite, access: 'signed_in' },
  { path: '/clinic/library', screen: library, access: 'signed_in' },
  { path: '/clinic/patients/:patientId', screen: overview, access: 'signed_in' },
  { path: '/clinic/patients/:patientId/programme', screen: programme, access: 'signed_in' },
  { path: '/clinic/patients/:patientId/settings', screen: settings, access: 'signed_in' },
  { path: '/clinic/patients/:patientId/timeline', screen: timeline, access: 'signed_in' },
  { path: '/clinic/patients/:patientId/summary', screen: summary, access: 'signed_in' },
];

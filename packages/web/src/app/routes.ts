// Every screen, loaded only when first visited, and who may see it.
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { CLINIC_ROUTES } from '../screens/clinician/clinic-routes.ts';
import type { Params } from './router.tsx';

export interface ScreenProps {
  params: Params;
}

export interface Route {
  path: string;
  screen: LazyExoticComponent<ComponentType<ScreenProps>>;
  /** `signed_in`: sends others to sign in. `signed_out`: sends a signed-in person to Today. */
  access: 'anyone' | 'signed_in' | 'signed_out';
}

const start = lazy(() => import('../screens/start/start-screen.tsx'));
const signUp = lazy(() => import('../screens/auth/sign-up-screen.tsx'));
const signIn = lazy(() => import('../screens/auth/sign-in-screen.tsx'));
const invitation = lazy(() => import('../screens/auth/invitation-screen.tsx'));
const learn = lazy(() => import('../screens/learn/learn-screen.tsx'));
const lesson = lazy(() => import('../screens/learn/lesson-screen.tsx'));
const settings = lazy(() => import('../screens/settings/settings-screen.tsx'));
const today = lazy(() => import('../screens/today/today-screen.tsx'));
const screening = lazy(() => import('../screens/screening/screening-screen.tsx'));
const redFlagsAgain = lazy(() => import('../screens/screening/red-flags-again-screen.tsx'));
const progress = lazy(() => import('../screens/progress/progress-screen.tsx'));
const unusual = lazy(() => import('../screens/safety/unusual-screen.tsx'));
const gettingToKnowYou = lazy(() => import('../screens/onboarding/getting-to-know-you-screen.tsx'));
const checkIn = lazy(() => import('../screens/onboarding/check-in-screen.tsx'));

export const ROUTES: Route[] = [
  { path: '/start', screen: start, access: 'signed_out' },
  { path: '/sign-up', screen: signUp, access: 'signed_out' },
  { path: '/sign-in', screen: signIn, access: 'signed_out' },
  { path: '/invite', screen: invitation, access: 'signed_out' },
  { path: '/invite/:code', screen: invitation, access: 'anyone' },
  { path: '/learn', screen: learn, access: 'anyone' },
  { path: '/learn/:lesson', screen: lesson, access: 'anyone' },
  { path: '/settings', screen: settings, access: 'anyone' },
  { path: '/today', screen: today, access: 'signed_in' },
  { path: '/today/unusual', screen: unusual, access: 'signed_in' },
  { path: '/progress', screen: progress, access: 'signed_in' },
  { path: '/screening', screen: screening, access: 'signed_in' },
  { path: '/screening/red-flags', screen: redFlagsAgain, access: 'signed_in' },
  { path: '/getting-to-know-you', screen: gettingToKnowYou, access: 'signed_in' },
  { path: '/check-in/:week', screen: checkIn, access: 'signed_in' },
  ...CLINIC_ROUTES,
];

export const NOT_FOUND = lazy(() => import('../screens/not-found/not-found-screen.tsx'));

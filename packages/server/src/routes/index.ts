// Every route of the API, one module per route. The authorisation matrix test reads the registered
// routes back from Fastify, so a route added here without a row in that test fails it.

import changePasswordRoute from './auth/change-password.ts';
import deleteAccountRoute from './auth/delete-account.ts';
import getCsrfToken from './auth/get-csrf-token.ts';
import getMeRoute from './auth/get-me.ts';
import listSessionsRoute from './auth/list-sessions.ts';
import revokeSessionRoute from './auth/revoke-session.ts';
import signInRoute from './auth/sign-in.ts';
import signOutRoute from './auth/sign-out.ts';
import signUpRoute from './auth/sign-up.ts';
import updateAccountRoute from './auth/update-account.ts';
import getHealth from './meta/get-health.ts';
import getOpenapi from './meta/get-openapi.ts';
import type { ZodApp } from './schemas.ts';

const routes: Array<(app: ZodApp) => void> = [
  getHealth,
  getOpenapi,
  getCsrfToken,
  signUpRoute,
  signInRoute,
  signOutRoute,
  getMeRoute,
  updateAccountRoute,
  changePasswordRoute,
  listSessionsRoute,
  revokeSessionRoute,
  deleteAccountRoute,
];

export function registerRoutes(app: ZodApp): void {
  for (const register of routes) register(app);
}

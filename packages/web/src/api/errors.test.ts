import { describe, expect, it } from 'vitest';
import { toApiError } from './errors.ts';

describe('toApiError', () => {
  it('reads the error shape of docs/api.md', () => {
    const error = toApiError(400, {
      error: 'validation',
      field: 'exercises[0].unit',
      message: 'Unknown unit',
    });
    expect(error).toMatchObject({ code: 'validation', field: 'exercises[0].unit', message: 'Unknown unit' });
  });
  it('reads a nested error with its field', () => {
    const error = toApiError(400, { error: { code: 'invalid', message: 'Too short', field: 'password' } });
    expect(error).toMatchObject({ status: 400, message: 'Too short', field: 'password', code: 'invalid' });
    expect(error.isValidation).toBe(true);
  });
  it('turns a zod issue path into a field path', () => {
    const error = toApiError(400, { issues: [{ path: ['events', 3, 'pain'], message: 'Expected 0–10' }] });
    expect(error.field).toBe('events[3].pain');
    expect(error.message).toBe('Expected 0–10');
  });
  it('reads the Fastify default error shape', () => {
    const error = toApiError(401, { statusCode: 401, error: 'Unauthorized', message: 'Sign in first' });
    expect(error).toMatchObject({ message: 'Sign in first', code: 'Unauthorized', field: null });
    expect(error.isValidation).toBe(false);
  });
  it('still gives a message for an empty body', () => {
    expect(toApiError(503, undefined).message).toBe('HTTP 503');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, serverConfig } from './config.ts';

describe('the test clock setting', () => {
  it('is off unless STEADILY_TEST_CLOCK=1', () => {
    expect(serverConfig({ dataDir: '/tmp/x' }, {}).testClock).toBe(false);
    expect(serverConfig({ dataDir: '/tmp/x' }, { STEADILY_TEST_CLOCK: '1' }).testClock).toBe(true);
  });

  it('is refused in production, where anyone could move the clock', () => {
    const env = { STEADILY_TEST_CLOCK: '1', NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/db' };
    expect(() => serverConfig({}, env)).toThrow(ConfigError);
  });
});

describe('the public URL setting', () => {
  it('is the address without a trailing slash, and absent when not set', () => {
    expect(serverConfig({ dataDir: '/tmp/x' }, {}).publicUrl).toBeUndefined();
    const env = { STEADILY_PUBLIC_URL: 'https://steadily.clinic.example/' };
    expect(serverConfig({ dataDir: '/tmp/x' }, env).publicUrl).toBe('https://steadily.clinic.example');
    const path = { STEADILY_PUBLIC_URL: 'https://clinic.example/steadily/' };
    expect(serverConfig({ dataDir: '/tmp/x' }, path).publicUrl).toBe('https://clinic.example/steadily');
  });

  it('refuses what is not an http(s) URL, naming the setting', () => {
    for (const value of ['clinic.example', 'ftp://clinic.example', 'https://clinic.example/?a=1'])
      expect(() => serverConfig({ dataDir: '/tmp/x' }, { STEADILY_PUBLIC_URL: value })).toThrow(
        /STEADILY_PUBLIC_URL/,
      );
  });

  it('takes the service name clinician reports show', () => {
    const env = { STEADILY_SERVICE_NAME: ' Northside Physiotherapy ' };
    expect(serverConfig({ dataDir: '/tmp/x' }, env).serviceName).toBe('Northside Physiotherapy');
  });
});

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

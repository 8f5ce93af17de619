import { describe, expect, it } from 'vitest';
import { isAllowedHost, isPublicAddress } from './push-address.ts';

describe('push endpoint addresses', () => {
  it('refuses every address a public push service never has', () => {
    for (const address of [
      '0.0.0.0',
      '10.1.2.3',
      '100.64.0.1',
      '100.127.255.254',
      '127.0.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '224.0.0.251',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:a00:1',
      'not an address',
    ])
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: false });
  });

  it('accepts public addresses, just outside the private ranges too', () => {
    for (const address of [
      '8.8.8.8',
      '172.32.0.1',
      '100.128.0.1',
      '142.250.1.1',
      '2607:f8b0::1',
      '::ffff:8.8.8.8',
    ])
      expect({ address, public: isPublicAddress(address) }).toEqual({ address, public: true });
  });

  it('matches allow-listed hosts by name or address, whatever the case and brackets', () => {
    expect(isAllowedHost(new URL('https://Push.Internal:8443/x'), ['push.internal'])).toBe(true);
    expect(isAllowedHost(new URL('https://[::1]/x'), ['::1'])).toBe(true);
    expect(isAllowedHost(new URL('https://127.0.0.1/x'), ['localhost'])).toBe(false);
  });
});

// Push endpoints come from the browser, so from anyone signed in: without a check, a subscription to
// https://169.254.169.254/ or https://10.0.0.1/ makes the reminder job connect inside the operator's
// network (SSRF). An endpoint must be a public host: its name is resolved and every address must be
// public, when the device subscribes (a clear error) and again at each send, by the connection's own
// lookup (DNS can change between the two; the checked address is the one connected to). Redirects are
// never followed. An operator can allow-list hosts (STEADILY_PUSH_ALLOW_HOSTS), e.g. a push service
// inside their own network, or the stand-in push service tests run on 127.0.0.1.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Addresses a push service never has: loopback, private, link-local, CGNAT, multicast, reserved… */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible form
  ['64:ff9b:1::', 48], // local-use IPv4/IPv6 translation
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** True for an address a public push service could have (IPv4-mapped IPv6 is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The URL's host as DNS and the allow-list know it: lower case, IPv6 without brackets. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  const host = hostOf(url);
  return allowHosts.some((h) => h.toLowerCase().replace(/^\[(.*)\]$/, '$1') === host);
}

export class PrivateAddressError extends Error {
  override name = 'PrivateAddressError';
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error === null ? resolve(addresses) : reject(error),
    ),
  );
}

/**
 * At subscribe time: refuses a host that is, or resolves to, a non-public address. A name that does
 * not resolve now is accepted (a passing DNS failure must not lose the device); nothing reaches it
 * unless it resolves to public addresses at the send.
 */
export async function checkPushHost(url: URL, allowHosts: readonly string[]): Promise<string | null> {
  if (isAllowedHost(url, allowHosts)) return null;
  const host = hostOf(url);
  if (isIP(host) !== 0)
    return isPublicAddress(host) ? null : 'must be a public push service (not a private address)';
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch {
    return null;
  }
  return addresses.every((a) => isPublicAddress(a.address))
    ? null
    : 'must be a public push service (its name leads to a private address)';
}

/** A connection lookup that refuses non-public addresses: what is checked is what is connected to. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error !== null) return callback(error, '', 0);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad !== undefined || addresses.length === 0)
      return callback(new PrivateAddressError(`${hostname} leads to a private address`), '', 0);
    if (options.all === true)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0] as LookupAddress;
    return callback(null, first.address, first.family);
  });
};

export interface PushRequest {
  method: string;
  headers: Record<string, string | number>;
  body: Buffer;
  timeoutMs: number;
}

/**
 * Posts one push message and answers the status. Plain node:http(s) rather than fetch: it never
 * follows a redirect, and takes a lookup that refuses private addresses at connection time.
 */
export function postPush(
  endpoint: string,
  push: PushRequest,
  allowHosts: readonly string[],
): Promise<number> {
  const url = new URL(endpoint);
  const allowed = isAllowedHost(url, allowHosts);
  const host = hostOf(url);
  // An address in the URL is connected to without any lookup: it is checked here instead.
  if (!allowed && isIP(host) !== 0 && !isPublicAddress(host))
    return Promise.reject(new PrivateAddressError(`${host} is a private address`));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: push.method,
        headers: push.headers,
        signal: AbortSignal.timeout(push.timeoutMs),
        ...(!allowed && { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(push.body);
  });
}

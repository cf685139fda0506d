// Staff type the council system's address, and a council's server names further addresses (the next
// page, referenced objects). Either could point Lotse at the machine it runs on or at the internal
// network (a database's admin page, a cloud's metadata service); such hosts are refused unless
// LOTSE_OPARL_ALLOW_PRIVATE_ADDRESSES is set (the tests serve their fixtures on 127.0.0.1).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** IPv4 written as IPv6 (`::ffff:127.0.0.1`) is checked as the IPv4 address it is. */
function isBlocked(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  return blocked.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export class PrivateAddress extends Error {
  constructor(
    readonly url: string,
    readonly address: string,
  ) {
    super(`${new URL(url).hostname} is an internal address (${address})`);
    this.name = 'PrivateAddress';
  }
}

/** Throws PrivateAddress when the URL's host is, or resolves to, an internal address. */
export async function checkPublicAddress(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  const internal = addresses.find(isBlocked);
  if (internal !== undefined) throw new PrivateAddress(url, internal);
}

/**
 * Everything a sync reads lies on the council system's own server: an address the server names on
 * another host or port (a `links.next`, a list, a referenced object, a redirect) would make Lotse a
 * proxy for whatever that server points at. Only the system address's origin is read, and its upgrade
 * from http to https on the same host (default ports).
 */
export class ForeignOrigin extends Error {
  constructor(
    readonly url: string,
    readonly origin: string,
  ) {
    super(`${new URL(url).origin} is not the council system's server (${origin})`);
    this.name = 'ForeignOrigin';
  }
}

export function onOrigin(url: string, systemUrl: string): boolean {
  const target = new URL(url);
  const own = new URL(systemUrl);
  if (target.origin === own.origin) return true;
  const upgrade = own.protocol === 'http:' && target.protocol === 'https:' && own.port === '' && target.port === '';
  return upgrade && target.hostname === own.hostname;
}

/** Throws ForeignOrigin when the URL is not on the system address's server. */
export function checkOrigin(url: string, systemUrl: string): void {
  if (!onOrigin(url, systemUrl)) throw new ForeignOrigin(url, new URL(systemUrl).origin);
}

import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Addresses the server must never be made to call on a kommun administrator's word: its own
 * host, the private and carrier networks behind it, link-local (cloud metadata at
 * 169.254.169.254 and fd00:ec2::254), multicast and the reserved and documentation ranges.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}
/** IPv6 ranges that carry an IPv4 address in their last 32 bits: IPv4-mapped and NAT64. */
const CARRIES_IPV4 = new BlockList();
CARRIES_IPV4.addSubnet('::ffff:0:0', 96, 'ipv6');
CARRIES_IPV4.addSubnet('64:ff9b::', 96, 'ipv6');

/** True for an address inside the server's own or a private, link-local or reserved network. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, 'ipv4');
  if (family !== 6) return true;
  if (CARRIES_IPV4.check(address, 'ipv6')) {
    return isInternalAddress(embeddedIpv4(address));
  }
  return INTERNAL.check(address, 'ipv6');
}

function embeddedIpv4(address: string): string {
  const groups = address.split(':');
  const last = groups[groups.length - 1];
  if (last.includes('.')) return last;
  const high = parseInt(groups[groups.length - 2] || '0', 16);
  const low = parseInt(last || '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** A request the guard refused: a scheme other than https, or an internal address. */
export class OutboundRequestRefusedError extends Error {}

export interface OutboundPolicy {
  /** Development and tests only: http and internal addresses allowed (a provider on localhost). */
  allowInternal: boolean;
}

/**
 * Checks a URL before it is requested: https only, and a literal IP host must not be internal
 * (Node connects to a literal IP without asking the lookup below).
 */
export function assertOutboundUrl(url: URL, policy: OutboundPolicy): void {
  if (policy.allowInternal) return;
  if (url.protocol !== 'https:') {
    throw new OutboundRequestRefusedError(`Only https is allowed (${url.protocol})`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isInternalAddress(host)) {
    throw new OutboundRequestRefusedError('The address is internal');
  }
}

/**
 * A DNS lookup for outbound sockets that refuses a name resolving to any internal address. It
 * runs when the socket connects, so a name that resolved to a public address when the setting
 * was saved and to an internal one later (DNS rebinding) is still refused.
 */
export function guardedLookup(policy: OutboundPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!policy.allowInternal && (addresses.length === 0 || addresses.some((a) => isInternalAddress(a.address)))) {
        return callback(Object.assign(new OutboundRequestRefusedError(`${hostname} resolves to an internal address`), { code: 'EREFUSED_INTERNAL' }), '', 0);
      }
      if (options.all) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    });
  };
}

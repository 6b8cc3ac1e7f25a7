// Which addresses a fetch may reach. Loopback, link-local, private, shared (CGNAT), multicast,
// reserved and unspecified ranges are refused unless allowPrivateNetwork, so a URL in a batch (or a
// redirect from one) cannot reach services on the machine or its network. IPv4-mapped and NAT64
// IPv6 addresses are judged by the IPv4 address inside them.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { IngestRejection } from '../errors.js';

/** [network, prefix, what] rows: data, so a range is one more row. */
const V4_RANGES: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6_RANGES: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['fc00::', 7, 'private (unique local)'],
  ['ff00::', 8, 'multicast'],
];

function rangeList(rows: readonly [string, number, string][], family: 'ipv4' | 'ipv6') {
  return rows.map(([net, prefix, what]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, family);
    return { list, what };
  });
}
const V4 = rangeList(V4_RANGES, 'ipv4');
const V6 = rangeList(V6_RANGES, 'ipv6');

/** The IPv4 address inside ::ffff:a.b.c.d, ::ffff:7f00:1 or 64:ff9b::a.b.c.d, else null. */
export function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:(?:0:)?|64:ff9b::)(.+)$/i.exec(address);
  if (!m) return null;
  const rest = m[1]!;
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1]!, 16);
  const lo = Number.parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** What kind of non-public address this is (`loopback`, `private`, …), or null for a public one. */
export function nonPublicRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (family === 4) return V4.find((r) => r.list.check(bare, 'ipv4'))?.what ?? null;
  const inner = embeddedIpv4(bare);
  if (inner) return nonPublicRange(inner);
  return V6.find((r) => r.list.check(bare, 'ipv6'))?.what ?? null;
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Refuses a URL whose host is, or resolves to, a non-public address. Every address the name
 * resolves to is checked: one public answer does not excuse a private one.
 */
export async function assertPublicHost(url: URL, resolve: Resolver): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (e) {
    throw new IngestRejection(
      `cannot resolve host ${host}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  for (const address of addresses) {
    const range = nonPublicRange(address);
    if (range) {
      throw new IngestRejection(
        `refused to fetch ${url.host}: ${address} is a ${range} address (allow with --allow-private-network)`,
      );
    }
  }
}

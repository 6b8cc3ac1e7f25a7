import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embeddedIpv4, nonPublicRange } from './netguard.js';

test('non-public IPv4 ranges are named; public addresses pass', () => {
  const cases: [string, string | null][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.20.30.40', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', null],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['8.8.8.8', null],
    ['93.184.216.34', null],
  ];
  for (const [address, expected] of cases) assert.equal(nonPublicRange(address), expected, address);
});

test('IPv6: loopback, unspecified, link-local, unique local, and IPv4 inside IPv6', () => {
  const cases: [string, string | null][] = [
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd12:3456::1', 'private (unique local)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['[::1]', 'loopback'],
    ['2606:4700:4700::1111', null],
    ['::ffff:8.8.8.8', null],
  ];
  for (const [address, expected] of cases) assert.equal(nonPublicRange(address), expected, address);
  assert.equal(embeddedIpv4('::ffff:c0a8:101'), '192.168.1.1');
});

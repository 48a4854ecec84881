import { describe, expect, it } from 'vitest';
import { parseKnownNetworks } from './known-networks.js';

describe('parseKnownNetworks', () => {
  const known = parseKnownNetworks('10.0.0.0/8, 203.0.113.7\n2001:db8::/32');

  it.each([
    ['10.20.30.40', true],
    ['11.0.0.1', false],
    ['203.0.113.7', true],
    ['203.0.113.8', false],
    ['2001:db8:1::5', true],
    ['2001:db9::1', false],
    ['ec2.amazonaws.com', false],
    ['AWS Internal', false],
  ])('%s is known: %s', (ip, expected) => {
    expect(known.contains(ip)).toBe(expected);
  });

  it('knows nothing when unset', () => {
    expect(parseKnownNetworks(undefined).cidrs).toEqual([]);
    expect(parseKnownNetworks('').contains('10.0.0.1')).toBe(false);
  });

  it.each(['10.0.0.0/33', 'office', '10.0.0.0/8/1', '::1/129', '10.0.0/8', '10.0.0.0/x'])(
    'refuses %s, naming it',
    (bad) => {
      expect(() => parseKnownNetworks(`192.168.0.0/16,${bad}`)).toThrow(
        `${bad} is not an IPv4 or IPv6 address or CIDR`,
      );
    },
  );
});

// The networks a key's legitimate users call AWS from (LEAKHOUND_KNOWN_CIDRS): office ranges,
// VPN egress, NAT gateways. A call from anywhere else after the exposure is flagged.
import { BlockList, isIP } from 'node:net';

export interface KnownNetworks {
  /** The CIDRs as configured, for messages. */
  cidrs: string[];
  contains(ip: string): boolean;
}

/** Parses `10.0.0.0/8, 2001:db8::/32, 203.0.113.7`; throws naming the entry that is not a CIDR. */
export function parseKnownNetworks(text: string | undefined): KnownNetworks {
  const list = new BlockList();
  const cidrs: string[] = [];
  for (const raw of (text ?? '').split(/[\s,]+/)) {
    if (raw === '') continue;
    const [addr = '', bits, extra] = raw.split('/');
    const family = isIP(addr);
    const max = family === 6 ? 128 : 32;
    const prefix = bits === undefined ? max : Number(bits);
    if (family === 0 || extra !== undefined || !/^\d{1,3}$/.test(String(prefix)) || prefix > max) {
      throw new Error(`${raw.slice(0, 60)} is not an IPv4 or IPv6 address or CIDR (e.g. 203.0.113.0/24)`);
    }
    list.addSubnet(addr, prefix, family === 6 ? 'ipv6' : 'ipv4');
    cidrs.push(raw);
  }
  return {
    cidrs,
    contains: (ip) => {
      const family = isIP(ip);
      return family !== 0 && list.check(ip, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

// Who may read /metrics. The numbers name routes, load and queue sizes: useful to an attacker probing
// the installation, so nobody gets them unless the operator says who (a token, or networks).
import crypto from 'node:crypto';
import net from 'node:net';

export interface MetricsAccess {
  token: string | undefined;
  allow: string[];
}

/** A checker for one configuration: a request with the bearer token, or from an allowed address, may read. */
export function metricsAccess({ token, allow }: MetricsAccess): (authorization: string | undefined, address: string) => boolean {
  const networks = new net.BlockList();
  for (const entry of allow) {
    const [address = '', bits] = entry.split('/');
    const family = net.isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) networks.addAddress(address, family);
    else networks.addSubnet(address, Number(bits), family);
  }
  const expected = token ? crypto.createHash('sha256').update(token).digest() : null;
  return (authorization, address) => {
    if (expected && authorization?.startsWith('Bearer ')) {
      const given = crypto.createHash('sha256').update(authorization.slice('Bearer '.length)).digest();
      if (crypto.timingSafeEqual(given, expected)) return true;
    }
    if (!allow.length || !net.isIP(address)) return false;
    // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    return mapped ? networks.check(mapped, 'ipv4') : networks.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
  };
}

/**
 * Hop-by-hop headers (RFC 9110 section 7.6.1) belong to one connection, not to the message: a proxy
 * drops them, and any header the Connection header names, and forwards everything else as it came,
 * names in their original case and repeated headers repeated.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** rawHeaders ([name, value, name, value, …]) without the hop-by-hop ones; `host` is replaced when given. */
export function videresendbare(raw: readonly string[], host?: string): string[] {
  const navngitt = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i].toLowerCase() === 'connection') for (const n of raw[i + 1].split(',')) navngitt.add(n.trim().toLowerCase());
  }
  const ut: string[] = [];
  let harHost = false;
  for (let i = 0; i < raw.length; i += 2) {
    const navn = raw[i].toLowerCase();
    if (HOP_BY_HOP.has(navn) || navngitt.has(navn)) continue;
    if (navn === 'host' && host !== undefined) {
      if (harHost) continue;
      harHost = true;
      ut.push(raw[i], host);
      continue;
    }
    ut.push(raw[i], raw[i + 1]);
  }
  if (host !== undefined && !harHost) ut.push('Host', host);
  return ut;
}

export function erHopByHop(navn: string): boolean {
  return HOP_BY_HOP.has(navn.toLowerCase());
}

/**
 * Which client a request comes from, for rate limits. The address is the TCP peer's, which a
 * client cannot choose: the server that owns the socket (scripts/start.ts in production, the
 * test server in tests) writes it into PEER_HEADER, with a secret made at start-up beside it,
 * replacing whatever a client sent under that name. X-Forwarded-For is believed only when the
 * peer is one of the proxies FAULTLINE_TRUSTED_PROXIES names: then the client is the
 * right-most entry that is not itself a trusted proxy. Without the owning server (`next dev`)
 * every request shares one key, so rotating a header can never lift a limit.
 */
import { isIP } from 'node:net';

export const PEER_HEADER = 'x-faultline-peer';
export const PEER_SECRET_HEADER = 'x-faultline-peer-secret';
/** Where the owning server leaves its secret for the route, in the same process. */
export const PEER_SECRET_ENV = 'FAULTLINE_PEER_SECRET';
/** The key of requests whose peer is not known (no owning server). */
export const UNKNOWN_CLIENT = 'unknown';

interface HeaderReader {
  get(name: string): string | null | undefined;
}

/** An address as a key: lower case, an IPv4-mapped IPv6 address as plain IPv4. */
export function normaliseAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower;
}

/** FAULTLINE_TRUSTED_PROXIES: addresses separated by commas or spaces; anything else is refused. */
export function parseTrustedProxies(text: string | undefined): ReadonlySet<string> {
  const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    if (!isIP(entry)) {
      throw new Error(
        `FAULTLINE_TRUSTED_PROXIES must list IP addresses separated by commas; "${entry.slice(0, 64)}" is not one`,
      );
    }
  }
  return new Set(entries.map(normaliseAddress));
}

let trustedCache: { text: string | undefined; set: ReadonlySet<string> } | undefined;
/** FAULTLINE_TRUSTED_PROXIES as it is now (parsed once per value). */
export function trustedFromEnv(): ReadonlySet<string> {
  const text = process.env.FAULTLINE_TRUSTED_PROXIES;
  if (!trustedCache || trustedCache.text !== text) trustedCache = { text, set: parseTrustedProxies(text) };
  return trustedCache.set;
}

/** The peer address the owning server vouched for, or null when no owning server did. */
export function peerAddress(headers: HeaderReader): string | null {
  const secret = process.env[PEER_SECRET_ENV];
  const peer = headers.get(PEER_HEADER);
  if (!secret || !peer || headers.get(PEER_SECRET_HEADER) !== secret || !isIP(peer)) return null;
  return normaliseAddress(peer);
}

/** The key a request's limits are counted under. */
export function clientAddress(
  headers: HeaderReader,
  trusted: ReadonlySet<string> = trustedFromEnv(),
): string {
  const peer = peerAddress(headers);
  if (peer === null) return UNKNOWN_CLIENT;
  if (!trusted.has(peer)) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((e) => e.trim());
  for (const entry of forwarded.reverse()) {
    // A trusted proxy appends what it saw; anything malformed ends what can be believed.
    if (!isIP(entry)) break;
    const address = normaliseAddress(entry);
    if (!trusted.has(address)) return address;
  }
  return peer;
}

/** Marks a node request with its socket's address, replacing anything a client sent. */
export function stampPeer(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
  secret: string,
): void {
  delete headers[PEER_HEADER];
  delete headers[PEER_SECRET_HEADER];
  if (!remoteAddress) return;
  headers[PEER_HEADER] = remoteAddress;
  headers[PEER_SECRET_HEADER] = secret;
}

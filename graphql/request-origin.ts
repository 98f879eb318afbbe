/**
 * Whether a browser's POST comes from the app's own pages: its Origin against the host it was
 * sent to. That host is the Host header. X-Forwarded-Host and X-Forwarded-Proto are anyone's to
 * write, so they are believed only when the request reached the app through a proxy the operator
 * named in FAULTLINE_TRUSTED_PROXIES (the socket's peer as the app's own server stamped it,
 * graphql/client-address.ts), as a reverse proxy that rewrites Host sends them.
 * FAULTLINE_ALLOWED_ORIGINS may list further origins the desk's forms may be sent from.
 * Used by the desk's Server Actions (graphql/desk-session.ts) and by proxy.ts for every POST
 * to /desk, so both apply the one rule.
 */
import { peerAddress, trustedFromEnv } from './client-address';

interface HeaderReader {
  get(name: string): string | null | undefined;
}

/** FAULTLINE_ALLOWED_ORIGINS: origins such as `https://desk.example.org`, separated by commas or spaces. */
export function parseAllowedOrigins(text: string | undefined): ReadonlySet<string> {
  const origins = new Set<string>();
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare || !/^https?:$/.test(url.protocol)) {
      throw new Error(
        `FAULTLINE_ALLOWED_ORIGINS must list origins such as https://desk.example.org (scheme, host and port only), separated by commas; "${entry.slice(0, 64)}" is not one`,
      );
    }
    origins.add(url.origin);
  }
  return origins;
}

let allowedCache: { text: string | undefined; set: ReadonlySet<string> } | undefined;
function allowedFromEnv(): ReadonlySet<string> {
  const text = process.env.FAULTLINE_ALLOWED_ORIGINS;
  if (!allowedCache || allowedCache.text !== text) allowedCache = { text, set: parseAllowedOrigins(text) };
  return allowedCache.set;
}

/** Whether the socket's peer is a proxy the operator trusts to say what host and scheme were asked for. */
function viaTrustedProxy(headers: HeaderReader, trusted: ReadonlySet<string>): boolean {
  const peer = peerAddress(headers);
  return peer !== null && trusted.has(peer);
}

/** The last value of a forwarded header: the one the trusted proxy in front of the app wrote. */
function lastForwarded(headers: HeaderReader, name: string): string | null {
  const value = headers.get(name)?.split(',').pop()?.trim();
  return value ? value : null;
}

/** The host the request was sent to, as far as it can be believed. */
export function requestHost(
  headers: HeaderReader,
  trusted: ReadonlySet<string> = trustedFromEnv(),
): string | null {
  const forwarded = viaTrustedProxy(headers, trusted) ? lastForwarded(headers, 'x-forwarded-host') : null;
  return (forwarded ?? headers.get('host') ?? null)?.toLowerCase() ?? null;
}

/** Whether the request's Origin names the app itself (or an origin the operator allowed). */
export function sameOrigin(
  headers: HeaderReader,
  trusted: ReadonlySet<string> = trustedFromEnv(),
  allowed: ReadonlySet<string> = allowedFromEnv(),
): boolean {
  const origin = headers.get('origin');
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(url.protocol)) return false;
  if (allowed.has(url.origin)) return true;
  const host = requestHost(headers, trusted);
  return host !== null && url.host === host;
}

/** Whether the page was reached over https, so a cookie must be Secure. */
export function overHttps(headers: HeaderReader, trusted: ReadonlySet<string> = trustedFromEnv()): boolean {
  const proto = viaTrustedProxy(headers, trusted) ? lastForwarded(headers, 'x-forwarded-proto') : null;
  if (proto) return proto.toLowerCase() === 'https';
  return headers.get('origin')?.startsWith('https:') ?? false;
}

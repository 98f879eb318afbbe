/**
 * Where the desk sends an analyst once signed in: the desk page they asked for. Only a path of
 * this site under /desk is taken, so a crafted sign-in link cannot send anyone elsewhere (no
 * absolute URL, no "//host", no backslash that a browser reads as a slash).
 */
const SITE = 'http://desk.invalid';

/** A backslash (read as a slash) or a control character (dropped by URL parsers). */
const unsafeCharacter = (c: string) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/** The path to return to after signing in, or null when `next` is not a same-site /desk path. */
export function deskReturnPath(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/desk')) return null;
  if (next.startsWith('//') || [...next].some(unsafeCharacter)) return null;
  let url: URL;
  try {
    url = new URL(next, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE) return null;
  if (url.pathname !== '/desk' && !url.pathname.startsWith('/desk/')) return null;
  return url.pathname + url.search;
}

/** The desk's sign-in page, asked to return to `path` afterwards. */
export const signInReturningTo = (path: string) =>
  path === '/desk' ? '/desk' : `/desk?next=${encodeURIComponent(path)}`;

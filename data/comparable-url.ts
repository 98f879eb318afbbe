/**
 * An address as two citations of one document compare: the URL parser lowercases the scheme and
 * host and drops a default port; a #fragment, a trailing slash and "www." do not make another
 * document. Text that is not a URL compares as itself, trimmed.
 */
export function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    parsed.hostname = parsed.hostname.replace(/^www\./, '');
    return parsed.href.replace(/\/+$/, '');
  } catch {
    return url.trim();
  }
}

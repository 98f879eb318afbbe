import { SITE_ICON_SVG } from '@/app/lib/site-icon';

/**
 * The icon at the address browsers ask for on their own. Every page names its icon inline, but
 * a browser may still ask for /favicon.ico before it has read that (while a page streams in),
 * and a 404 there is an error in its console.
 */
export function GET(): Response {
  return new Response(SITE_ICON_SVG, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' },
  });
}

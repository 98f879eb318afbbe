/**
 * A browser may ask for /favicon.ico on its own, before it has read the page's inline icon: the
 * address answers with the same icon, never a 404 (which browsers log as an error).
 */
import { describe, expect, it } from 'vitest';
import { GET } from '../../app/favicon.ico/route';
import { SITE_ICON_SVG } from '../../app/lib/site-icon';

describe('/favicon.ico', () => {
  it('serves the site icon as SVG', async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const body = await response.text();
    expect(body).toBe(SITE_ICON_SVG);
    expect(body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/);
  });
});

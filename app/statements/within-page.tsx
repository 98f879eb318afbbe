'use client';

import type { MouseEvent, ReactNode } from 'react';

/**
 * Links to this same screen with other filters or another page (paging, Clear, the swapped
 * date range) change the address in place (pushState), so the lists re-read through Apollo
 * Client instead of the whole page being rendered again on the server. Without JavaScript
 * they are plain links; a click with a modifier key still opens a new tab.
 */
export function WithinPage({ path, children }: { path: string; children: ReactNode }) {
  function onClickCapture(event: MouseEvent<HTMLDivElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin || url.pathname !== path) return;
    event.preventDefault();
    // The link's own router navigation would render the page on the server again.
    event.stopPropagation();
    window.history.pushState(null, '', `${url.pathname}${url.search}`);
  }
  return <div onClickCapture={onClickCapture}>{children}</div>;
}

'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Brings the record a link's #fragment names into view once the page's content is there.
 * After a client-side navigation the browser neither scrolls to it (the content streams in
 * after the router looked) nor matches :target, so this does both, and moves focus to it.
 */
export function ScrollToHash() {
  const search = useSearchParams().toString();
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const element = id ? document.getElementById(id) : null;
    if (!element) return;
    document.querySelectorAll('.is-target').forEach((e) => e.classList.remove('is-target'));
    element.classList.add('is-target');
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  }, [search]);
  return null;
}

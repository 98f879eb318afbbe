'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * How far beyond the screen's edges a chart starts loading: about a thumb's flick, so a reader
 * scrolling towards it finds it drawn.
 */
const AHEAD = '320px 0px';

/** A reader reaching for the chart: a pointer over it, a finger on it, focus inside it. */
const REACHING = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/**
 * Whether a chart should be drawn yet: false until its box comes near the screen or the reader
 * reaches for it, then true for good. Until then the page ships without the chart's code
 * (Recharts is the largest script of a page), and the server's box of the chart's size keeps
 * its place, so nothing moves when it is drawn.
 */
export function useChartWanted(ref: RefObject<HTMLElement | null>): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (wanted || !element) return;
    const want = () => setWanted(true);
    // A browser that cannot say what is on screen draws it at once.
    if (typeof IntersectionObserver === 'undefined') {
      want();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) want();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    for (const type of REACHING) element.addEventListener(type, want, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of REACHING) element.removeEventListener(type, want);
    };
  }, [ref, wanted]);
  return wanted;
}

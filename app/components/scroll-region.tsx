'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A named region that scrolls when its content is wider or taller than the room it has (a wide
 * table on a phone). It takes a Tab stop only while it can scroll, so keyboard readers can
 * scroll it, and are not stopped where there is nothing to scroll. It starts focusable, as the
 * server sends it, so without scripts every region can still be scrolled from the keyboard.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const region = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = () =>
      setScrolls(element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight);
    measure();
    // Sizes change with the window, and when a folded table is opened.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={region}
      className={className}
      role="region"
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}

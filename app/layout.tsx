import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { GradeFilter } from './components/grade-filter';
import { SITE_ICON_SVG } from './lib/site-icon';
import { SiteSearch } from './site-search';
import './globals.css';

const ICON = `data:image/svg+xml,${encodeURIComponent(SITE_ICON_SVG)}`;

export const metadata: Metadata = {
  title: { default: 'Faultline', template: '%s · Faultline' },
  description: 'How bad is it between two countries, why, and says who: a sourced geopolitics dashboard.',
  // Inline, so the first paint needs no request for it; /favicon.ico serves the same for browsers that ask.
  icons: { icon: ICON },
};

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/relations/russia/japan', label: 'Relations' },
  { href: '/statements', label: 'Statements' },
  { href: '/sanctions', label: 'Sanctions' },
  { href: '/alliances', label: 'Alliances' },
  { href: '/events', label: 'Events' },
  { href: '/playground', label: 'Playground' },
  // Analysts sign in here to add and correct records.
  { href: '/desk', label: 'Desk' },
];

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page's scripts carry the request's CSP nonce (proxy.ts), so no page may be prerendered
  // once and served to many: waiting for the request renders each one per request.
  await connection();
  return (
    <html lang="en">
      <body>
        {/* First in the tab order on every page: past the navigation, straight to the content. */}
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name" prefetch={false}>
            Faultline
          </Link>
          <nav aria-label="Main">
            <ul>
              {/* No prefetching, here and in the overview's links: every page is dynamic, so a
                  prefetch fetches only its loading state, and handling them on each load cost the
                  reader's processor more than they save (Lighthouse's total blocking time on /:
                  460–590 ms with, 240–350 without). */}
              {NAV.map(({ href, label }) => (
                <li key={href}>
                  <Link href={href} prefetch={false}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SiteSearch />
          <GradeFilter />
        </header>
        {/* Apollo Client is mounted by the panels that query from the browser, not here. */}
        {/* No tabindex: a click on its text would focus it and send the next Tab back to its top.
            Following the skip link moves where the next Tab starts all the same. */}
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

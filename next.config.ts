import type { NextConfig } from 'next';
import { FORM_BODY_LIMIT } from './app/desk/form-size';

const development = process.env.NODE_ENV === 'development';

/**
 * The Content-Security-Policy of every page and API answer. Everything is served from this
 * origin: no external host appears anywhere. Scripts run from this origin or, inline, only
 * with the nonce proxy.ts makes for each request (Next puts it on its own bootstrap scripts,
 * the layout on Apollo's): no 'unsafe-inline' for scripts. `next dev` also needs
 * 'unsafe-eval' for its fast refresh. GraphiQL's Monaco editor runs its workers from bundled
 * chunks or blob: URLs (worker-src) and sets inline styles (style-src 'unsafe-inline').
 * Without a nonce (answers proxy.ts does not see) no inline script may run at all.
 * docs/security.md.
 */
export function contentSecurityPolicy(nonce: string | null): string {
  const scripts = [
    "'self'",
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Sent with every response, pages and /api alike. The CSP is not among them: proxy.ts sends it
 * with each request's own nonce (two policies would both apply, and the one without the nonce
 * would block Next's inline scripts).
 */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Full referrer within the app; none to the outlets a source links to.
  { key: 'Referrer-Policy', value: 'same-origin' },
  // frame-ancestors 'none' for browsers that read CSP; this for those that do not.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  // A native addon: load it from node_modules at run time instead of bundling it. The rate
  // limiter too: the app's one set of limits (graphql/backend.ts) serves every bundle, and a
  // refusal made by one bundle's copy of its classes would not be recognised by another's.
  // And graphql: bundled, it became two copies (graphql-jit imports both `graphql` and files
  // of its CommonJS build), and a type made by one is not a type to the other. Loaded by Node,
  // every import gets the one CommonJS build (graphql/compiled-execution.ts checks it).
  serverExternalPackages: ['better-sqlite3', 'rate-limiter-flexible', 'graphql'],
  poweredByHeader: false,
  experimental: {
    // The desk's largest form, the intake's, fits well under it (app/desk/form-size.ts); a
    // larger body is refused before any action runs.
    serverActions: { bodySizeLimit: FORM_BODY_LIMIT },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // proxy.ts leaves the API out; its answers are data, under a policy with no nonce.
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(null) }],
      },
    ];
  },
  // Read from disk at run time (path.join(process.cwd(), ...)), so tracing cannot see them.
  outputFileTracingIncludes: {
    '/*': [
      './data/store/migrations/*.sql',
      './data/seed/*.json',
      './data/reference/cameo/*.tsv',
      './graphql/schema/*.graphql',
    ],
  },
};

export default nextConfig;

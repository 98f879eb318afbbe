import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Read from disk at run time (path.join(process.cwd(), ...)), so tracing cannot see them.
  outputFileTracingIncludes: {
    '/*': ['./data/store/migrations/*.sql', './data/seed/*.json', './graphql/schema/*.graphql'],
  },
};

export default nextConfig;

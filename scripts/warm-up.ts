/**
 * Reads the dashboard's pages once as soon as the server listens, so that the first visitor
 * does not pay for what only the first request does: Next loading each route's server code,
 * the API starting (its schema built twice: Apollo's and the cost check's), the database
 * opening, and the first reads of a cold page cache. On the production build, on a loaded
 * two-core machine, the first /sanctions took 3.1 s and the next 0.3-0.5 s (docs/performance.md).
 */

/** The pages a visitor reaches first: the navigation's. */
export const WARM_PATHS = [
  '/',
  '/sanctions',
  '/relations/russia/japan',
  '/statements',
  '/alliances',
  '/events',
];

/** Each path read in turn (one at a time: the machine may have two cores), timed; failures are reported, not thrown. */
export async function warmUp(
  base: string,
  paths: readonly string[] = WARM_PATHS,
): Promise<{ path: string; ms: number; status: number | string }[]> {
  const results: { path: string; ms: number; status: number | string }[] = [];
  for (const path of paths) {
    const start = performance.now();
    let status: number | string;
    try {
      const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      status = error instanceof Error ? error.message : String(error);
    }
    results.push({ path, ms: Math.round(performance.now() - start), status });
  }
  return results;
}

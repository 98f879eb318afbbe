/**
 * The check every hostile-request test ends with: whatever the request did, the server must
 * still answer a trivial query promptly. One second is a liveness timeout, not a speed
 * figure: a blocked event loop misses it by minutes.
 */
import { expect } from 'vitest';

export const LIVENESS_TIMEOUT_MS = 1_000;

export async function expectStillAnswering(url: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    signal: AbortSignal.timeout(LIVENESS_TIMEOUT_MS),
  });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
}

import { afterEach, beforeEach } from 'vitest';

/**
 * Sets FAULTLINE_WRITE_TOKEN, the bootstrap analyst's token, to `token` for each test of the
 * calling file and puts back what was there after it, so no file leaves the server writable or
 * locked for the next.
 */
export function useWriteToken(token: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.FAULTLINE_WRITE_TOKEN;
    process.env.FAULTLINE_WRITE_TOKEN = token;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.FAULTLINE_WRITE_TOKEN;
    else process.env.FAULTLINE_WRITE_TOKEN = saved;
  });
}

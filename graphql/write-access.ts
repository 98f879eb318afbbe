import { timingSafeEqual, createHash } from 'node:crypto';

export interface AccessProblem {
  code: 'FORBIDDEN' | 'UNAUTHENTICATED';
  message: string;
}

/**
 * Whether a request may write. The token is compared in constant time (through digests of
 * equal length), so response timing does not reveal how much of a guess was right.
 */
export function writeAccessProblem(
  bearerToken: string | null,
  expected: string | undefined = process.env.FAULTLINE_WRITE_TOKEN,
): AccessProblem | null {
  if (!expected) {
    return {
      code: 'FORBIDDEN',
      message: 'Writes are disabled: the server has no FAULTLINE_WRITE_TOKEN set.',
    };
  }
  if (!bearerToken) {
    return { code: 'UNAUTHENTICATED', message: 'Writes need an "Authorization: Bearer <token>" header.' };
  }
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  if (!timingSafeEqual(digest(bearerToken), digest(expected))) {
    return { code: 'UNAUTHENTICATED', message: 'The bearer token is not the write token.' };
  }
  return null;
}

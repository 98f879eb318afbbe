/**
 * Limits on writes, with rate-limiter-flexible: in memory on the SQLite store (one app server);
 * on the PostgreSQL store, in its database (data/store/pg/rate-limits.ts), so that every server
 * on it draws from the same buckets and 40 writes spread over two servers still meet one limit
 * of 30. The code below takes either through one interface, Bucket. Two kinds of bucket:
 *
 * - writes, one per analyst (the one the token names, never anything the request could pick):
 *   a request carrying a valid token takes one point per mutation field; past the rate it is
 *   refused with 429 and Retry-After, wherever the analyst sends from.
 * - refused tokens, one per client address (graphql/client-address.ts: the socket's peer, or
 *   what trusted proxies forward), since a wrong token names nobody: a request carrying a wrong
 *   token takes a point from its address's bucket; once
 *   FAILED_TOKEN_LIMIT wrong tokens within the window are spent, every token from that client is
 *   refused with 429 (right or wrong, so the answer tells a guesser nothing) until the window
 *   passes. A right token does not clear the count: otherwise one valid token would let its
 *   holder interleave guesses without end.
 *
 * A request without a token makes no guess and takes nothing: the resolvers refuse it with
 * UNAUTHENTICATED. So nobody can spend an analyst's writes without the analyst's token, or lock
 * the analyst out without sending from the analyst's own address.
 */
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { postgresBucket } from '../data/store/pg/rate-limits';
import { clientAddress } from './client-address';
import { DEFAULT_WRITE_RATE, FAILED_TOKEN_LIMIT, FAILED_TOKEN_WINDOW_SECONDS } from './limits';
import type { Authentication } from '../data/ingest/analysts';

export interface Rate {
  /** Writes allowed per period. */
  limit: number;
  /** The period in milliseconds. */
  periodMs: number;
  /** As written: "30/min". */
  text: string;
}

const UNITS: Record<string, number> = {
  s: 1_000,
  sec: 1_000,
  second: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
};

/** "30/min", "5/s", "600/hour", "30" (per minute). Throws on anything else, naming the value. */
export function parseRate(text: string): Rate {
  const match = /^\s*(\d+)\s*(?:\/\s*([a-z]+))?\s*$/i.exec(text);
  const unit = (match?.[2] ?? 'min').toLowerCase();
  const limit = Number(match?.[1]);
  if (!match || !(unit in UNITS) || !Number.isSafeInteger(limit) || limit < 1) {
    throw new Error(
      `FAULTLINE_WRITE_RATE must be a number of writes per period such as "30/min", "5/s" or "600/hour"; got "${text}"`,
    );
  }
  return { limit, periodMs: UNITS[unit]!, text: `${limit}/${unit}` };
}

/** The limiter FAULTLINE_WRITE_RATE (or the default) describes. */
export function writeRateFromEnv(): Rate {
  return parseRate(process.env.FAULTLINE_WRITE_RATE ?? DEFAULT_WRITE_RATE);
}

/** A bucket as the limits use it, wherever its counts are kept. */
export type Bucket = Pick<RateLimiterAbstract, 'consume' | 'get' | 'penalty' | 'reward'>;

export interface WriteLimits {
  rate: Rate;
  writes: Bucket;
  failedTokens: Bucket;
}

const FAILED_TOKEN_BUCKET = { points: FAILED_TOKEN_LIMIT, duration: FAILED_TOKEN_WINDOW_SECONDS };
const writeBucket = (rate: Rate) => ({ points: rate.limit, duration: Math.ceil(rate.periodMs / 1000) });

/** A bucket of refused tokens per client address, in this process's memory. */
export const createFailedTokenBucket = () => new RateLimiterMemory(FAILED_TOKEN_BUCKET);

/**
 * The app's one bucket of refused tokens: its API and the desk's sign-in (graphql/desk-session.ts)
 * both draw from it, so neither is a way round the other's count. Kept on the process's global
 * object: the route handler and the desk's Server Actions may be built into separate bundles,
 * each with its own copy of this module.
 */
const APP_BUCKET = Symbol.for('faultline.failedTokens');
const processGlobal = globalThis as { [APP_BUCKET]?: RateLimiterMemory };
export const appFailedTokens = (processGlobal[APP_BUCKET] ??= createFailedTokenBucket());

/** The limits of one app server, in its memory. */
export function createWriteLimits(rate: Rate, failedTokens: Bucket = createFailedTokenBucket()): WriteLimits {
  return { rate, writes: new RateLimiterMemory(writeBucket(rate)), failedTokens };
}

/**
 * The refused-token bucket of every app server on `pool`'s database. Buckets made with this on
 * one database are one bucket, in whichever process or bundle: the API's and the desk sign-in's
 * need no global object to be the same.
 */
export const sharedFailedTokens = (pool: pg.Pool): Bucket =>
  postgresBucket(pool, { keyPrefix: 'failed_tokens', ...FAILED_TOKEN_BUCKET });

/** The limits of an app server on the PostgreSQL store: its buckets are every server's. */
export function createSharedWriteLimits(
  pool: pg.Pool,
  rate: Rate,
  failedTokens: Bucket = sharedFailedTokens(pool),
): WriteLimits {
  return { rate, writes: postgresBucket(pool, { keyPrefix: 'writes', ...writeBucket(rate) }), failedTokens };
}

/**
 * One try of a token from `client`, counted before the token is judged: tries sent at once each
 * take their own point, so no burst of guesses is judged past the limit (reading the count first
 * and adding to it after would let every try of a burst see the same count). Past the limit the
 * try is refused unjudged; a right token gives its own point back, and only its own: the wrong
 * ones before it still count. Only wrong tokens that were judged keep their points.
 */
export async function takeTokenAttempt(
  bucket: Bucket,
  client: string,
): Promise<{ refused: boolean; msBeforeNext: number; giveBack: () => Promise<unknown> }> {
  const taken = await bucket.penalty(client);
  const refused = taken.consumedPoints > FAILED_TOKEN_LIMIT;
  // A try refused unjudged guessed nothing: its point goes back at once, so tries in flight
  // together (a burst of right tokens too) cannot hold the client out past the wrong ones' count.
  if (refused) await bucket.reward(client, 1);
  return {
    refused,
    msBeforeNext: taken.msBeforeNext,
    giveBack: () => bucket.reward(client, 1),
  };
}

/** How many mutation fields an operation selects at its root, through fragments too. */
export function rootFieldCount(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((n, s) => {
      if (s.kind === Kind.FIELD) return n + (s.name.value.startsWith('__') ? 0 : 1);
      if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet);
      const fragment = fragments[s.name.value];
      if (!fragment || seen.has(s.name.value)) return n;
      seen.add(s.name.value);
      return n + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function tooMany(message: string, retryAfter: number): GraphQLError {
  return new GraphQLError(`${message} Retry after ${retryAfter} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });
}

function bearerToken(headers: { get(name: string): string | undefined | null }): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/** Takes an analyst's writes from their bucket, or refuses the request with how long to wait. */
async function consumeWrites(limits: WriteLimits, analystId: number, writes: number): Promise<void> {
  try {
    // By id: a name is unique only without regard to case, and ids are never reused.
    await limits.writes.consume(`analyst:${analystId}`, writes);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw tooMany(
      `Too many writes from this client: the limit is ${limits.rate.text}` +
        `${writes > 1 ? ` and this request makes ${writes}` : ''}.`,
      secondsOf(refusal.msBeforeNext),
    );
  }
}

/**
 * The write and refused-token limits of mutations over HTTP (429 with Retry-After, a GraphQL
 * error RATE_LIMITED with retryAfter in seconds). A signed-in analyst's writes from the desk run
 * in-process and draw from the same bucket as that analyst's writes over HTTP; other in-process
 * operations are the server's own and are not limited.
 */
export function writeRateLimitPlugin<
  C extends BaseContext & { writeAccess: () => Promise<Authentication>; signedInAnalyst?: { id: number } },
>(limits: WriteLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const writes = rootFieldCount(operation, fragments);
          const signedIn = contextValue.signedInAnalyst;
          if (!request.http) {
            if (signedIn && writes > 0) await consumeWrites(limits, signedIn.id, writes);
            return;
          }
          const token = bearerToken(request.http.headers);
          if (writes === 0 || token === null) return;
          const access = await contextValue.writeAccess();
          if (!access.analyst && access.code === 'FORBIDDEN') return; // writes are off: no token can be guessed
          const client = clientAddress(request.http.headers);

          const attempt = await takeTokenAttempt(limits.failedTokens, client);
          if (attempt.refused) {
            throw tooMany(
              `Too many refused write tokens from this client (${FAILED_TOKEN_LIMIT} within ${FAILED_TOKEN_WINDOW_SECONDS / 60} min).`,
              secondsOf(attempt.msBeforeNext),
            );
          }
          if (!access.analyst) return; // the resolvers answer UNAUTHENTICATED; the point stays
          await attempt.giveBack();
          await consumeWrites(limits, access.analyst.id, writes);
        },
      };
    },
  };
}

/**
 * A per-client limit on writes: an in-memory token bucket for each client address. A client
 * may burst up to the whole allowance, then gets one write back every period/allowance.
 *
 * The key is the client address the request carries in X-Forwarded-For. `next start` sets
 * that header to the socket's address when the request has none, so served directly the
 * key is the peer's address; behind a reverse proxy it is whatever the proxy forwards (the
 * right-most entry: the address the nearest proxy saw). A client that reaches the server
 * without a proxy may send its own X-Forwarded-For and so pick its bucket: expose the app
 * through a proxy that sets the header when that matters (docs/security.md).
 */
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_WRITE_RATE } from './limits';

export interface Rate {
  /** Writes allowed per period: also the largest burst. */
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

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until `cost` writes would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly rate: Rate;
  /** Takes `cost` writes from `key`'s bucket, or none when it holds fewer. */
  take(key: string, cost?: number): RateDecision;
}

/** Most clients tracked at once; past it the longest-idle buckets are dropped. */
const MAX_CLIENTS = 10_000;

export function createRateLimiter(rate: Rate, now: () => number = Date.now): RateLimiter {
  const perMs = rate.limit / rate.periodMs;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    rate,
    take(key, cost = 1) {
      const t = now();
      const stored = buckets.get(key);
      const tokens = stored ? Math.min(rate.limit, stored.tokens + (t - stored.at) * perMs) : rate.limit;
      // Map order is insertion order: re-inserting keeps the most recently used last.
      buckets.delete(key);
      if (tokens >= cost) {
        buckets.set(key, { tokens: tokens - cost, at: t });
        // The first entries are the longest idle: forgetting one only refills its bucket early.
        for (const oldest of buckets.keys()) {
          if (buckets.size <= MAX_CLIENTS) break;
          buckets.delete(oldest);
        }
        return { allowed: true, retryAfterSeconds: 0 };
      }
      buckets.set(key, { tokens, at: t });
      const wait = cost > rate.limit ? rate.periodMs : (cost - tokens) / perMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    },
  };
}

/** The limiter FAULTLINE_WRITE_RATE (or the default) describes. */
export function writeRateFromEnv(): Rate {
  return parseRate(process.env.FAULTLINE_WRITE_RATE ?? DEFAULT_WRITE_RATE);
}

/** The client a request comes from: the right-most X-Forwarded-For entry, else "unknown". */
export function clientKey(headers: { get(name: string): string | null | undefined }): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  const last = forwarded.split(',').at(-1)?.trim();
  return last ? last.toLowerCase() : 'unknown';
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

/**
 * Refuses a mutation over HTTP when its client has used up its writes: HTTP 429 with a
 * Retry-After header and a GraphQL error with extensions.code RATE_LIMITED and retryAfter
 * (seconds). Every mutation field counts, accepted or not, so guessing the write token is
 * rate limited too. Operations run in-process (no HTTP request) are the server's own and are
 * not limited.
 */
export function writeRateLimitPlugin<C extends BaseContext>(limiter: RateLimiter): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation !== 'mutation' || !request.http) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const writes = rootFieldCount(operation, fragments);
          if (writes === 0) return;
          const decision = limiter.take(clientKey(request.http.headers), writes);
          if (decision.allowed) return;
          const wait = decision.retryAfterSeconds;
          throw new GraphQLError(
            `Too many writes from this client: the limit is ${limiter.rate.text}` +
              `${writes > 1 ? ` and this request makes ${writes}` : ''}. Retry after ${wait} s.`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfter: wait,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(wait)]]) },
              },
            },
          );
        },
      };
    },
  };
}

/**
 * Every limit the GraphQL API enforces, in one place. docs/security.md explains each one and
 * how it is tested; tests/security/limits.test.ts checks that every operation the app sends
 * (the .graphql files under app/ and docs/queries/, GraphiQL's introspection query) stays inside
 * them, with every page-size variable at its largest.
 *
 * The app's own 45 operations, measured when these were set (the largest of each): depth 6,
 * 2 aliases, 0 directives, 132 tokens, about 1,300 characters; cost 11,413 as the dashboard
 * sends them (the tension panel's 100 drivers) and 20,468 with every page size at 100 (the
 * relation events panel). GraphiQL's introspection query: 183 tokens, 2,068 characters
 * (depth and cost leave introspection out).
 */
import { MAX_PAGE_SIZE } from './connections';

/**
 * Deepest nesting of fields an operation may have, as its answer nests: fragments, spread or
 * inline, add no level of their own. `relation { drivers { record { ... on Statement {
 * speaker { name } } } } }` is 5. `__schema` (introspection) is not counted.
 */
export const MAX_DEPTH = 10;

/**
 * Most aliased fields an operation may have, fragments included. No field is exempt:
 * `a: __typename` counts like any other (graphql-armor exempts `__typename` by default).
 */
export const MAX_ALIASES = 15;

/** Most directives (@include, @skip, ...) an operation may carry, fragments included. */
export const MAX_DIRECTIVES = 5;

/** Most lexical tokens a document may have: parsing stops there with a 400. */
export const MAX_TOKENS = 2_000;

/**
 * Highest cost an operation may have, by graphql-armor's cost model: a scalar field costs
 * 1, an object field 2 plus 1.5 times the cost of what it selects, and a field with a
 * `first` argument multiplies its cost by the page size. A list without `first` whose length
 * its arguments set (a tension timeline: one point per period from `from` to `to`, an omitted
 * bound counted as the end of the 1800..2200 date range) is multiplied by that length, so a
 * month-by-month timeline of the whole range costs about 31,000 and three of them are the most
 * one operation may ask for (graphql/list-sizes.ts). The page size is the literal, the
 * variable or the default (20), capped at MAX_PAGE_SIZE (a larger one is refused by the
 * field), so passing `first` through a variable does not make a query cheaper. A fragment
 * costs about what its fields would written out. The dearest dashboard operation at its
 * largest page costs about 20,500 (100 events with their actors, figures and evidence). A
 * page of 100 statements each with a page of 100 of its speaker's (177,000), or pages of 20
 * nested three deep (673,000), are refused; 20 by 20 (10,000) is not.
 */
export const MAX_COST = 100_000;

/** Longest query text, in characters, before anything parses it. */
export const MAX_QUERY_LENGTH = 20_000;

/** Request bodies past this many bytes are refused with 413, before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Longest list any input may hold (a filter's keys, a write's targets), in variables or written
 * in the query: as many as the token limit lets a query write out, and well under SQLite's
 * 32,766 parameters however many lists a filter combines.
 * Dataset fields have their own, smaller, limits (data/ingest/dataset-schema.ts).
 */
export const MAX_INPUT_LIST_ITEMS = 2_000;

/**
 * Longest text any input may hold, in characters: longer than any dataset field allows. Search
 * text (a statement filter's words, `search(text:)`) has the search box's own, smaller bound,
 * MAX_SEARCH_TEXT_LENGTH in data/search-text.ts, checked with it (graphql/input-bounds.ts).
 */
export const MAX_INPUT_TEXT_LENGTH = 10_000;

/**
 * Deepest a variable's value may nest (lists in lists, objects in objects): the schema's inputs
 * nest a few levels at most (a write's input, its evidence, the evidence's fields), so this only
 * stops a value nested thousands deep from running the bounds check out of stack, an internal
 * error where the answer should name the variable.
 */
export const MAX_INPUT_DEPTH = 32;

/** Largest `first` of any list: a larger one is refused by the field ("between 1 and 100"). */
export { MAX_PAGE_SIZE };

/**
 * Writes (mutation fields) each analyst may make per period: a fixed window, which opens at the
 * first write and lets this many through before it ends, so a window's last seconds and the
 * next one's first can together pass up to twice the rate. FAULTLINE_WRITE_RATE overrides it:
 * "30/min", "5/s", "600/hour" or a bare number per minute. See graphql/rate-limit.ts.
 */
export const DEFAULT_WRITE_RATE = '30/min';

/**
 * Wrong write tokens a client may send within FAILED_TOKEN_WINDOW_SECONDS; past it, every
 * token it sends is refused with 429 until the window ends. A right token between them does
 * not clear the count. Counted apart from the writes, per socket address (graphql/client-address.ts).
 */
export const FAILED_TOKEN_LIMIT = 20;
export const FAILED_TOKEN_WINDOW_SECONDS = 15 * 60;

// Not a limit on requests but on waiting: a write waits up to FAULTLINE_BUSY_TIMEOUT_MS
// (default 5,000 ms, data/store/open.ts) for another writer's lock, then gets DATABASE_BUSY.

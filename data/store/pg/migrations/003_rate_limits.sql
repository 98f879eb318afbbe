-- The buckets of the write and refused-token limits (graphql/rate-limit.ts), shared by every app
-- server on this database: rate-limiter-flexible's PostgreSQL store, one row per bucket. The
-- columns are the ones the library reads and writes (its own CREATE TABLE, made here so that no
-- request can arrive before the table exists): the key is the bucket's prefix and its client
-- ("writes:analyst:7", "failed_tokens:203.0.113.5"), points those spent in the window, expire
-- the end of the window in milliseconds since the epoch. Buckets are not records: this table,
-- made after 002, has no trigger moving the data version.
CREATE TABLE rate_limits (
  key varchar(255) COLLATE "C" PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);

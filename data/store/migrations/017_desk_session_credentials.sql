-- A desk session is bound to the token it was opened with. `credential` is an HMAC-SHA-256 of
-- that token's SHA-256, keyed by the session id (which only the browser holds): on each lookup
-- the session is refused unless the token still authenticates (FAULTLINE_WRITE_TOKEN unchanged
-- for `admin`, the analyst not revoked), and a leaked database gives no way to test guesses of
-- the environment's token. Sessions opened before this binding cannot be checked, so they end.
DROP TABLE desk_sessions;
CREATE TABLE desk_sessions (
  id_hash BLOB PRIMARY KEY,
  analyst_id INTEGER NOT NULL REFERENCES analysts (id),
  credential BLOB NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX desk_sessions_expiry ON desk_sessions (expires_at);
-- An analyst's sessions, newest first, for the cap on how many may be live at once.
CREATE INDEX desk_sessions_analyst ON desk_sessions (analyst_id, created_at);

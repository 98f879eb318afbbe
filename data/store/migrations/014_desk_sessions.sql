-- Sessions of analysts signed in at /desk. The browser holds a random session id in an HttpOnly
-- cookie; only its SHA-256 is kept here, so a leaked database signs nobody in. A session ends
-- when it expires, when its analyst signs out, or when the analyst is revoked (read with a join).
CREATE TABLE desk_sessions (
  id_hash BLOB PRIMARY KEY,
  analyst_id INTEGER NOT NULL REFERENCES analysts (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX desk_sessions_expiry ON desk_sessions (expires_at);

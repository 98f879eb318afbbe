-- Named analysts and who wrote what. An analyst's token is random and stored only as its
-- SHA-256 (a leaked database reveals no token); revoking keeps the row, so the records an
-- analyst wrote still name them. `admin` stands for whoever holds FAULTLINE_WRITE_TOKEN: its
-- token lives in the environment, not here (token_hash NULL).
CREATE TABLE analysts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  token_hash BLOB UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

INSERT INTO analysts (name, token_hash, created_at)
  VALUES ('admin', NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- One row per change to a record, written in the change's own transaction: who (the analyst),
-- when, what kind of change, which fields, and the analyst's reason where one is asked for.
-- record_type and record_id name the row as the evidence table does.
CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  record_type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  analyst_id INTEGER NOT NULL REFERENCES analysts (id),
  action TEXT NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'RETRACTED')),
  at TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '[]', -- JSON array of the API input's field names
  reason TEXT
);
CREATE INDEX revisions_record ON revisions (record_type, record_id, id);
CREATE INDEX revisions_recent ON revisions (at DESC, id DESC);

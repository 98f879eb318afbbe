-- Retracted records. A retraction moves the record out of its live tables into this one, so
-- that every list, count, series, search, export and the tension index (all of which read the
-- live tables, or the counters and indexes their triggers keep) drop it through the delete
-- triggers they already have, with no read path left to forget a flag. What a record page and
-- node(id) show of it is kept here as JSON: the row as the API read it, with its links (actor
-- and topic ids), evidence, measurements and figure claims.
CREATE TABLE retracted_records (
  id INTEGER PRIMARY KEY,
  record_type TEXT NOT NULL CHECK (record_type IN ('Statement', 'Event', 'SanctionPackage')),
  key TEXT NOT NULL,
  record TEXT NOT NULL,
  UNIQUE (record_type, key)
);

-- A retracted record's revisions move with it: SQLite may hand the live row's id to the next
-- record written, which must start with a clean history.
ALTER TABLE revisions ADD COLUMN retracted_id INTEGER REFERENCES retracted_records (id);
CREATE INDEX revisions_retracted ON revisions (retracted_id, id) WHERE retracted_id IS NOT NULL;

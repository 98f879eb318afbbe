-- "Statements about X, newest first" walks this index instead of every statement: the
-- target link carries its statement's first day (kept in step by the writer).
ALTER TABLE statement_targets ADD COLUMN date_start TEXT NOT NULL DEFAULT '';
UPDATE statement_targets SET date_start = (SELECT date_start FROM statements WHERE id = statement_id);
CREATE INDEX statement_targets_actor_date ON statement_targets (actor_id, date_start, statement_id);
DROP INDEX statement_targets_actor; -- the index above serves its lookups too

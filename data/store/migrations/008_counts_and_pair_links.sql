-- The totals the overview shows (Query.stats), kept by the writes: counting a million
-- statements on the first read after a start took seconds. Every insert and delete of a
-- counted table moves its row here, in the writer's own transaction.

CREATE TABLE record_counts (
  table_name TEXT PRIMARY KEY,
  n INTEGER NOT NULL CHECK (n >= 0)
) WITHOUT ROWID;

INSERT INTO record_counts (table_name, n)
  SELECT 'actors', count(*) FROM actors
  UNION ALL
  SELECT 'statements', count(*) FROM statements
  UNION ALL
  SELECT 'events', count(*) FROM events
  UNION ALL
  SELECT 'sanction_packages', count(*) FROM sanction_packages
  UNION ALL
  SELECT 'sanction_designations', count(*) FROM sanction_designations
  UNION ALL
  SELECT 'alliances', count(*) FROM alliances
  UNION ALL
  SELECT 'sources', count(*) FROM sources;

CREATE TRIGGER actors_count_insert AFTER INSERT ON actors BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'actors';
END;
CREATE TRIGGER actors_count_delete AFTER DELETE ON actors BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'actors';
END;
CREATE TRIGGER statements_count_insert AFTER INSERT ON statements BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'statements';
END;
CREATE TRIGGER statements_count_delete AFTER DELETE ON statements BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'statements';
END;
CREATE TRIGGER events_count_insert AFTER INSERT ON events BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'events';
END;
CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'events';
END;
CREATE TRIGGER sanction_packages_count_insert AFTER INSERT ON sanction_packages BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'sanction_packages';
END;
CREATE TRIGGER sanction_packages_count_delete AFTER DELETE ON sanction_packages BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'sanction_packages';
END;
CREATE TRIGGER sanction_designations_count_insert AFTER INSERT ON sanction_designations BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'sanction_designations';
END;
CREATE TRIGGER sanction_designations_count_delete AFTER DELETE ON sanction_designations BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'sanction_designations';
END;
CREATE TRIGGER alliances_count_insert AFTER INSERT ON alliances BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'alliances';
END;
CREATE TRIGGER alliances_count_delete AFTER DELETE ON alliances BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'alliances';
END;
CREATE TRIGGER sources_count_insert AFTER INSERT ON sources BEGIN
  UPDATE record_counts SET n = n + 1 WHERE table_name = 'sources';
END;
CREATE TRIGGER sources_count_delete AFTER DELETE ON sources BEGIN
  UPDATE record_counts SET n = n - 1 WHERE table_name = 'sources';
END;

-- A pair's tension reads every statement one side aims at the other: at a million statements
-- the busiest pair has 280,000 records, and reading them through the statements table cost
-- seconds on the first request. The target link carries what the index needs of its
-- statement (speaker, intensity, date, kept in step by the writer like date_start), so the
-- pair's statements come from one walk of this index.
ALTER TABLE statement_targets ADD COLUMN speaker_id INTEGER;
ALTER TABLE statement_targets ADD COLUMN intensity REAL;
ALTER TABLE statement_targets ADD COLUMN date TEXT;
UPDATE statement_targets SET (speaker_id, intensity, date) =
  (SELECT s.speaker_id, s.intensity, s.date FROM statements s WHERE s.id = statement_targets.statement_id);
CREATE INDEX statement_targets_pair ON statement_targets (actor_id, speaker_id, date_start, statement_id, intensity, date);

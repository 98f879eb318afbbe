-- A pair's index is summed per day in SQL, where a speaker's statements from one source on
-- one day form one act (data/tension-acts.ts). Reading each statement's first source through
-- the evidence table for a busy pair's 280,000 links cost seconds, so the target link carries
-- it too, kept in step with the evidence by the triggers below whatever order rows arrive in.
ALTER TABLE statement_targets ADD COLUMN source_id INTEGER;
UPDATE statement_targets SET source_id = (
  SELECT e.source_id FROM evidence e
  WHERE e.record_type = 'Statement' AND e.record_id = statement_targets.statement_id
  ORDER BY e.position LIMIT 1
);
DROP INDEX statement_targets_pair;
CREATE INDEX statement_targets_pair
  ON statement_targets (actor_id, speaker_id, date_start, statement_id, intensity, date, source_id);

CREATE TRIGGER statement_targets_source_on_link AFTER INSERT ON statement_targets BEGIN
  UPDATE statement_targets SET source_id = (
    SELECT e.source_id FROM evidence e
    WHERE e.record_type = 'Statement' AND e.record_id = NEW.statement_id
    ORDER BY e.position LIMIT 1
  ) WHERE statement_id = NEW.statement_id AND actor_id = NEW.actor_id;
END;

CREATE TRIGGER statement_targets_source_on_evidence_insert AFTER INSERT ON evidence
WHEN NEW.record_type = 'Statement' BEGIN
  UPDATE statement_targets SET source_id = (
    SELECT e.source_id FROM evidence e
    WHERE e.record_type = 'Statement' AND e.record_id = NEW.record_id
    ORDER BY e.position LIMIT 1
  ) WHERE statement_id = NEW.record_id;
END;

CREATE TRIGGER statement_targets_source_on_evidence_update AFTER UPDATE ON evidence
WHEN NEW.record_type = 'Statement' BEGIN
  UPDATE statement_targets SET source_id = (
    SELECT e.source_id FROM evidence e
    WHERE e.record_type = 'Statement' AND e.record_id = NEW.record_id
    ORDER BY e.position LIMIT 1
  ) WHERE statement_id = NEW.record_id;
END;

CREATE TRIGGER statement_targets_source_on_evidence_delete AFTER DELETE ON evidence
WHEN OLD.record_type = 'Statement' BEGIN
  UPDATE statement_targets SET source_id = (
    SELECT e.source_id FROM evidence e
    WHERE e.record_type = 'Statement' AND e.record_id = OLD.record_id
    ORDER BY e.position LIMIT 1
  ) WHERE statement_id = OLD.record_id;
END;

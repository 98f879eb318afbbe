-- The words each full-text index holds, read in order: a statements filter whose last word is
-- still being typed ("synth") expands it to the few whole words it begins ("synthetic"), which
-- FTS5 can test against one statement at a time; a prefix it would re-expand for every row.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_index, 'row');
CREATE VIRTUAL TABLE evidence_vocab USING fts5vocab(evidence_search, 'row');

-- Evidence moved from one statement to another by an update: both statements' links are
-- refreshed (the trigger of migration 009 refreshed only the one it moved to).
DROP TRIGGER statement_targets_source_on_evidence_update;
CREATE TRIGGER statement_targets_source_on_evidence_update AFTER UPDATE ON evidence
WHEN NEW.record_type = 'Statement' OR OLD.record_type = 'Statement' BEGIN
  UPDATE statement_targets SET source_id = (
    SELECT e.source_id FROM evidence e
    WHERE e.record_type = 'Statement' AND e.record_id = statement_targets.statement_id
    ORDER BY e.position LIMIT 1
  ) WHERE statement_id IN (
    SELECT NEW.record_id WHERE NEW.record_type = 'Statement'
    UNION SELECT OLD.record_id WHERE OLD.record_type = 'Statement'
  );
END;

-- How far the data can be trusted, and what a record scores.
-- A sanction package is scored by its own CAMEO code (163 impose sanctions, 164 halt
-- negotiations, ...): the code and the Goldstein value the load takes from the codebook.
ALTER TABLE sanction_packages ADD COLUMN cameo_code TEXT NOT NULL DEFAULT '163';
ALTER TABLE sanction_packages ADD COLUMN intensity REAL NOT NULL DEFAULT -8 CHECK (intensity BETWEEN -10 AND 10);

-- Sources graded on the Admiralty scale: reliability A-F with its one-line reason.
ALTER TABLE sources ADD COLUMN reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE sources ADD COLUMN outlet_kind TEXT NOT NULL DEFAULT 'OTHER'
  CHECK (outlet_kind IN ('OFFICIAL', 'WIRE_AGENCY', 'STATE_MEDIA', 'INDEPENDENT_MEDIA', 'AGGREGATOR', 'RESEARCH', 'OTHER'));
ALTER TABLE sources ADD COLUMN reliability_note TEXT;

-- Each piece of evidence: how far its information is confirmed (Admiralty 1-6), and the
-- reasoning that fills the gap when the record says more than its source.
ALTER TABLE evidence ADD COLUMN credibility TEXT NOT NULL DEFAULT 'CANNOT_BE_JUDGED'
  CHECK (credibility IN ('CONFIRMED', 'PROBABLY_TRUE', 'POSSIBLY_TRUE', 'DOUBTFUL', 'IMPROBABLE', 'CANNOT_BE_JUDGED'));
ALTER TABLE evidence ADD COLUMN inference TEXT;

-- A figure claim is dated and names who made it, apart from the source that reports it
-- and the outlet it came through (via). claimed_start orders partial dates.
ALTER TABLE regime_figures ADD COLUMN claimant_id INTEGER REFERENCES actors (id);
ALTER TABLE regime_figures ADD COLUMN claimed_on TEXT;
ALTER TABLE regime_figures ADD COLUMN claimed_start TEXT;
ALTER TABLE regime_figures ADD COLUMN credibility TEXT NOT NULL DEFAULT 'CANNOT_BE_JUDGED'
  CHECK (credibility IN ('CONFIRMED', 'PROBABLY_TRUE', 'POSSIBLY_TRUE', 'DOUBTFUL', 'IMPROBABLE', 'CANNOT_BE_JUDGED'));
ALTER TABLE regime_figures ADD COLUMN inference TEXT;

-- One package's counts, one claim per figure per source (AP's 29 entities beside TASS's 51).
CREATE TABLE package_figures (
  package_id INTEGER NOT NULL REFERENCES sanction_packages (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  metric TEXT NOT NULL CHECK (metric IN ('individuals', 'entities')),
  value REAL NOT NULL,
  bound TEXT NOT NULL,
  unit TEXT NOT NULL,
  text TEXT,
  claimant_id INTEGER REFERENCES actors (id),
  claimed_on TEXT NOT NULL,
  claimed_start TEXT NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  excerpt TEXT,
  note TEXT,
  via_id INTEGER REFERENCES actors (id),
  credibility TEXT NOT NULL DEFAULT 'CANNOT_BE_JUDGED'
    CHECK (credibility IN ('CONFIRMED', 'PROBABLY_TRUE', 'POSSIBLY_TRUE', 'DOUBTFUL', 'IMPROBABLE', 'CANNOT_BE_JUDGED')),
  inference TEXT,
  PRIMARY KEY (package_id, position)
) WITHOUT ROWID;
CREATE INDEX package_figures_source ON package_figures (source_id);

-- Full-text search over evidence excerpts, so a record is found by its source's words.
-- The rowid encodes the evidence row: ((record_id * 16 + type code) * 256 + position), with
-- the type codes of search_index (2 Statement, 3 Event, 4 Alliance, 5 Office, 6
-- SanctionRegime) plus 9 SanctionPackage and 10 Membership.
CREATE VIRTUAL TABLE evidence_search USING fts5 (excerpt, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER evidence_search_insert AFTER INSERT ON evidence WHEN NEW.excerpt IS NOT NULL BEGIN
  INSERT INTO evidence_search (rowid, excerpt) VALUES (
    (NEW.record_id * 16 + CASE NEW.record_type WHEN 'Statement' THEN 2 WHEN 'Event' THEN 3 WHEN 'Alliance' THEN 4
      WHEN 'Office' THEN 5 WHEN 'SanctionRegime' THEN 6 WHEN 'SanctionPackage' THEN 9 WHEN 'Membership' THEN 10 ELSE 15 END)
      * 256 + NEW.position,
    NEW.excerpt);
END;
CREATE TRIGGER evidence_search_delete AFTER DELETE ON evidence WHEN OLD.excerpt IS NOT NULL BEGIN
  DELETE FROM evidence_search WHERE rowid = (OLD.record_id * 16 + CASE OLD.record_type WHEN 'Statement' THEN 2 WHEN 'Event' THEN 3
    WHEN 'Alliance' THEN 4 WHEN 'Office' THEN 5 WHEN 'SanctionRegime' THEN 6 WHEN 'SanctionPackage' THEN 9
    WHEN 'Membership' THEN 10 ELSE 15 END) * 256 + OLD.position;
END;

-- Evidence already held when this runs is indexed once here.
INSERT INTO evidence_search (rowid, excerpt)
  SELECT (record_id * 16 + CASE record_type WHEN 'Statement' THEN 2 WHEN 'Event' THEN 3 WHEN 'Alliance' THEN 4
    WHEN 'Office' THEN 5 WHEN 'SanctionRegime' THEN 6 WHEN 'SanctionPackage' THEN 9 WHEN 'Membership' THEN 10 ELSE 15 END)
    * 256 + position, excerpt
  FROM evidence WHERE excerpt IS NOT NULL;

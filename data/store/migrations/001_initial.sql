-- The whole graph. Every record has a stable `key` (the dataset's slug) beside its
-- integer rowid; API ids derive from type + key so they survive re-seeds.
-- Partial dates are kept as written ("2025-04") with the first and last day they name
-- (date_start, date_end) so that filters and ordering treat them as intervals.
-- `origin` says where a row came from: 'seed', 'api', or 'import:<dataset>'; `content_hash`
-- is a hash of the record as last written, so that re-loading an unchanged record is a no-op.

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  outlet TEXT NOT NULL,
  published_at TEXT,
  url TEXT,
  language TEXT,
  retrieved_at TEXT,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('STATE', 'ORGANIZATION', 'PERSON', 'MEDIA')),
  name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  country_code TEXT,
  wikidata_id TEXT,
  title TEXT,
  affiliation_id INTEGER REFERENCES actors (id),
  description TEXT,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX actors_country_code ON actors (country_code);
CREATE INDEX actors_affiliation ON actors (affiliation_id);
CREATE INDEX actors_kind_name ON actors (kind, name);

CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  speaker_id INTEGER NOT NULL REFERENCES actors (id),
  date TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  quote TEXT,
  summary TEXT NOT NULL,
  stance TEXT NOT NULL CHECK (stance IN ('HOSTILE', 'CRITICAL', 'NEUTRAL', 'SUPPORTIVE', 'CONCILIATORY')),
  intensity REAL NOT NULL CHECK (intensity BETWEEN -10 AND 10),
  cameo_code TEXT,
  verification TEXT NOT NULL CHECK (verification IN ('CONFIRMED', 'REPORTED', 'CLAIMED', 'DISPUTED')),
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX statements_date ON statements (date_start DESC, id DESC);
CREATE INDEX statements_speaker_date ON statements (speaker_id, date_start DESC, id DESC);
CREATE INDEX statements_intensity ON statements (intensity, id);

CREATE TABLE statement_targets (
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (statement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX statement_targets_actor ON statement_targets (actor_id, statement_id);

CREATE TABLE statement_topics (
  statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
  topic_id INTEGER NOT NULL REFERENCES topics (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (statement_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id, statement_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  end_date TEXT,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  location TEXT,
  intensity REAL CHECK (intensity BETWEEN -10 AND 10),
  cameo_code TEXT,
  verification TEXT NOT NULL,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX events_date ON events (date_start DESC, id DESC);
CREATE INDEX events_kind_date ON events (kind, date_start DESC, id DESC);

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

CREATE TABLE measurements (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  value REAL NOT NULL,
  bound TEXT NOT NULL,
  unit TEXT NOT NULL,
  text TEXT,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE TABLE sanction_regimes (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  imposer_id INTEGER NOT NULL REFERENCES actors (id),
  target_id INTEGER NOT NULL REFERENCES actors (id),
  since TEXT,
  responds_to_id INTEGER REFERENCES sanction_regimes (id),
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  UNIQUE (imposer_id, target_id)
);
CREATE INDEX sanction_regimes_target ON sanction_regimes (target_id);
CREATE INDEX sanction_regimes_responds_to ON sanction_regimes (responds_to_id);

-- Reported aggregate figures, each one attributed claim; position 0 is the headline.
CREATE TABLE regime_figures (
  regime_id INTEGER NOT NULL REFERENCES sanction_regimes (id) ON DELETE CASCADE,
  metric TEXT NOT NULL CHECK (metric IN ('packages', 'individuals', 'entities')),
  position INTEGER NOT NULL,
  value REAL NOT NULL,
  bound TEXT NOT NULL,
  unit TEXT NOT NULL,
  text TEXT,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  excerpt TEXT,
  note TEXT,
  via_id INTEGER REFERENCES actors (id),
  PRIMARY KEY (regime_id, metric, position)
) WITHOUT ROWID;

CREATE TABLE sanction_packages (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  regime_id INTEGER NOT NULL REFERENCES sanction_regimes (id),
  ordinal INTEGER,
  date TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  title TEXT NOT NULL,
  measures TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  designated_individuals INTEGER,
  designated_entities INTEGER,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX sanction_packages_regime_date ON sanction_packages (regime_id, date_start, id);

CREATE TABLE sanction_designations (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  regime_id INTEGER NOT NULL REFERENCES sanction_regimes (id),
  designee_id INTEGER NOT NULL REFERENCES actors (id),
  authority TEXT NOT NULL,
  program TEXT,
  listed_on TEXT,
  start_date TEXT,
  end_date TEXT,
  sort_date TEXT NOT NULL DEFAULT '', -- listed_on, else start_date: the newest-first order
  status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'EXPIRED', 'SUSPENDED')),
  source_url TEXT,
  origin_dataset TEXT NOT NULL,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX sanction_designations_regime ON sanction_designations (regime_id, sort_date DESC, id DESC);
CREATE INDEX sanction_designations_designee ON sanction_designations (designee_id);

CREATE TABLE alliances (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  acronym TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('ALLIANCE', 'PARTNERSHIP_PROGRAMME', 'INITIATIVE', 'STRATEGY')),
  lead_id INTEGER REFERENCES actors (id),
  since TEXT,
  until TEXT,
  areas TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);

CREATE TABLE memberships (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  actor_id INTEGER NOT NULL REFERENCES actors (id),
  alliance_id INTEGER NOT NULL REFERENCES alliances (id),
  role TEXT NOT NULL CHECK (role IN ('MEMBER', 'PARTNER', 'PARTICIPANT', 'PROPONENT', 'OBSERVER')),
  status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'INTENDED', 'SUSPENDED', 'ENDED')),
  since TEXT,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX memberships_actor ON memberships (actor_id);
CREATE INDEX memberships_alliance ON memberships (alliance_id);

CREATE TABLE offices (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES actors (id),
  host_id INTEGER NOT NULL REFERENCES actors (id),
  city TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('OPEN', 'PROPOSED', 'CLOSED')),
  opened_on TEXT,
  origin TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX offices_owner ON offices (owner_id);
CREATE INDEX offices_host ON offices (host_id);

-- Claim-level provenance for every record type, in the order the dataset gives it.
CREATE TABLE evidence (
  record_type TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  source_id INTEGER NOT NULL REFERENCES sources (id),
  excerpt TEXT,
  note TEXT,
  via_id INTEGER REFERENCES actors (id),
  PRIMARY KEY (record_type, record_id, position)
) WITHOUT ROWID;
CREATE INDEX evidence_source ON evidence (source_id, record_type, record_id);

-- Full-text search over everything a user can look for. The rowid encodes the record:
-- id * 16 + a type code (1 Actor, 2 Statement, 3 Event, 4 Alliance, 5 Office,
-- 6 SanctionRegime, 7 SanctionDesignation, 8 Source), so that triggers update a record's
-- entry by rowid instead of scanning. Triggers keep it in step with every writer.
CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

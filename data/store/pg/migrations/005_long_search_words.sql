-- A stored word is cut to its first 201 code points. PostgreSQL indexes no word past 2,047
-- bytes (to_tsvector drops it with a notice), while SQLite's index keeps a word of any length:
-- a search for the beginning of a long run of letters (a hash, a word joined from many) found
-- it on SQLite only. No search word is longer than 200 code points (MAX_WORD_LENGTH in
-- data/search-text.ts): a cut word is found by the prefixes SQLite finds it by, 201 code points
-- are at most 804 bytes, and no whole search word equals a cut one. The cut counts the
-- combining accents the stored text holds, which SQLite folds away before it compares.
CREATE OR REPLACE FUNCTION search_words(body text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(
    regexp_replace(body COLLATE "und-x-icu", '[^[:alnum:]\u0300-\u036f]+', ' ', 'g'),
    '(\S{201})\S+', '\1', 'g'
  );

-- The stored vectors are computed again, as migration 004 computed them: a generated column is
-- dropped (its GIN index with it) and added again, computed for every row as it is added.
ALTER TABLE sources DROP COLUMN search_vector;
ALTER TABLE sources ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(title || ' ' || outlet || ' ' || key))
) STORED;
CREATE INDEX sources_search ON sources USING gin (search_vector);

ALTER TABLE actors DROP COLUMN search_vector;
ALTER TABLE actors ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(
    name || ' ' || key || ' ' || search_list(aliases) || ' ' || coalesce(title, '') || ' ' || coalesce(description, '')
  ))
) STORED;
CREATE INDEX actors_search ON actors USING gin (search_vector);

ALTER TABLE statements DROP COLUMN search_vector;
ALTER TABLE statements ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(coalesce(quote, '') || ' ' || summary))
) STORED;
CREATE INDEX statements_search ON statements USING gin (search_vector);

ALTER TABLE events DROP COLUMN search_vector;
ALTER TABLE events ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(title || ' ' || summary || ' ' || coalesce(location, '')))
) STORED;
CREATE INDEX events_search ON events USING gin (search_vector);

ALTER TABLE alliances DROP COLUMN search_vector;
ALTER TABLE alliances ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(
    name || ' ' || key || ' ' || coalesce(acronym, '') || ' ' || search_list(areas)
  ))
) STORED;
CREATE INDEX alliances_search ON alliances USING gin (search_vector);

ALTER TABLE offices DROP COLUMN search_vector;
ALTER TABLE offices ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(name || ' ' || city))
) STORED;
CREATE INDEX offices_search ON offices USING gin (search_vector);

ALTER TABLE evidence DROP COLUMN search_vector;
ALTER TABLE evidence ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector('faultline_search', search_words(excerpt))
) STORED;
CREATE INDEX evidence_search ON evidence USING gin (search_vector);

-- Rows whose vectors a trigger keeps take the new words (the trigger sets them on any update).
UPDATE sanction_regimes SET search_vector = NULL;
UPDATE sanction_designations SET search_vector = NULL;

-- A cut word now counts as one token, as it does on SQLite, where a dropped one counted none.
-- The columns added again fired no trigger: the totals are counted afresh.
DELETE FROM search_totals;
INSERT INTO search_totals (text_index, texts, tokens)
  SELECT 'records', count(*), coalesce(sum(search_tokens(search_vector)), 0) FROM (
    SELECT search_vector FROM actors UNION ALL SELECT search_vector FROM statements
    UNION ALL SELECT search_vector FROM events UNION ALL SELECT search_vector FROM alliances
    UNION ALL SELECT search_vector FROM offices UNION ALL SELECT search_vector FROM sanction_regimes
    UNION ALL SELECT search_vector FROM sanction_designations UNION ALL SELECT search_vector FROM sources
  ) AS searched
  UNION ALL
  SELECT 'excerpts', count(*), coalesce(sum(search_tokens(search_vector)), 0) FROM evidence WHERE excerpt IS NOT NULL;

-- The tables were written afresh and their statistics went with the old copies: unanalysed, the
-- planner reads a search for a word in every row as one for a word in none (a common word's
-- search took 0.7 s instead of 10 ms at a million statements). Read now, not at autovacuum's leisure.
ANALYZE sources, actors, statements, events, alliances, offices, evidence, sanction_regimes,
  sanction_designations, search_totals;

-- Searched text is split into SQLite's words before PostgreSQL's parser reads it. FTS5's
-- unicode61 tokenizer makes a word of every run of letters and digits; PostgreSQL's parser
-- reads a host name, a path, an e-mail address, a signed or a decimal number as one token
-- ("nippon.com", "-01", "3.5"), so a search for "com" or "01" missed records SQLite finds, and
-- a prefix ("org") stood for other words than on SQLite ("organization" instead of "org").
-- Every run of characters other than letters and digits becomes a space; the collation makes
-- the character class know every script, as the tokenizer does (a "C" text knows only ASCII).
CREATE FUNCTION search_words(body text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(body COLLATE "und-x-icu", '[^[:alnum:]\u0300-\u036f]+', ' ', 'g');

-- The strings of a JSON list (aliases, areas) as one text, as SQLite's triggers join them.
CREATE FUNCTION search_list(list text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN (SELECT coalesce(string_agg(value, ' '), '') FROM jsonb_array_elements_text(list::jsonb) AS item (value));

-- A generated column's expression cannot be altered in place before PostgreSQL 17: each is
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

CREATE OR REPLACE FUNCTION sanction_regimes_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('faultline_search', search_words(
    'sanctions ' || (SELECT name FROM actors WHERE id = NEW.imposer_id)
    || ' ' || (SELECT name FROM actors WHERE id = NEW.target_id)));
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION sanction_designations_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('faultline_search', search_words(
    (SELECT name FROM actors WHERE id = NEW.designee_id) || ' ' || NEW.authority || ' ' || coalesce(NEW.program, '')));
  RETURN NEW;
END
$$;

-- Rows already held take the new words (the triggers above set them on any update).
UPDATE sanction_regimes SET search_vector = NULL;
UPDATE sanction_designations SET search_vector = NULL;

-- What FTS5 keeps of each of its indexes for bm25, which search ranks rare words by on either
-- engine (data/store/repositories/search-ranking.ts): how many texts it holds and how many
-- words they hold in all. Counted as the rows change, so a search reads two numbers instead
-- of every searched text. 'records' holds the searched tables' rows (a row whose text is NULL
-- counts, as FTS5 counts it); 'excerpts' the evidence that has an excerpt.
CREATE TABLE search_totals (
  text_index text COLLATE "C" PRIMARY KEY CHECK (text_index IN ('records', 'excerpts')),
  texts bigint NOT NULL CHECK (texts >= 0),
  tokens bigint NOT NULL CHECK (tokens >= 0)
);

-- A text's words are its tsvector's positions: the text reaches the parser split into words
-- (search_words), each one token. A text past 16,383 words, or one word over 256 times, counts
-- fewer: PostgreSQL keeps no more positions.
CREATE FUNCTION search_tokens(vector tsvector) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT coalesce(sum(cardinality(positions)), 0) FROM unnest(vector));

CREATE FUNCTION search_totals_records() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved_texts bigint := 0;
  moved_tokens bigint := 0;
  n bigint;
  t bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT count(*), coalesce(sum(search_tokens(search_vector)), 0) INTO n, t FROM added_rows;
    moved_texts := moved_texts + n;
    moved_tokens := moved_tokens + t;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT count(*), coalesce(sum(search_tokens(search_vector)), 0) INTO n, t FROM removed_rows;
    moved_texts := moved_texts - n;
    moved_tokens := moved_tokens - t;
  END IF;
  IF moved_texts <> 0 OR moved_tokens <> 0 THEN
    UPDATE search_totals SET texts = texts + moved_texts, tokens = tokens + moved_tokens
      WHERE text_index = 'records';
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION search_totals_excerpts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved_texts bigint := 0;
  moved_tokens bigint := 0;
  n bigint;
  t bigint;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT count(*), coalesce(sum(search_tokens(search_vector)), 0) INTO n, t
      FROM added_rows WHERE excerpt IS NOT NULL;
    moved_texts := moved_texts + n;
    moved_tokens := moved_tokens + t;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT count(*), coalesce(sum(search_tokens(search_vector)), 0) INTO n, t
      FROM removed_rows WHERE excerpt IS NOT NULL;
    moved_texts := moved_texts - n;
    moved_tokens := moved_tokens - t;
  END IF;
  IF moved_texts <> 0 OR moved_tokens <> 0 THEN
    UPDATE search_totals SET texts = texts + moved_texts, tokens = tokens + moved_tokens
      WHERE text_index = 'excerpts';
  END IF;
  RETURN NULL;
END
$$;

INSERT INTO search_totals (text_index, texts, tokens)
  SELECT 'records', count(*), coalesce(sum(search_tokens(search_vector)), 0) FROM (
    SELECT search_vector FROM actors UNION ALL SELECT search_vector FROM statements
    UNION ALL SELECT search_vector FROM events UNION ALL SELECT search_vector FROM alliances
    UNION ALL SELECT search_vector FROM offices UNION ALL SELECT search_vector FROM sanction_regimes
    UNION ALL SELECT search_vector FROM sanction_designations UNION ALL SELECT search_vector FROM sources
  ) AS searched
  UNION ALL
  SELECT 'excerpts', count(*), coalesce(sum(search_tokens(search_vector)), 0) FROM evidence WHERE excerpt IS NOT NULL;

DO $$
DECLARE
  searched text;
  totals text;
BEGIN
  FOREACH searched IN ARRAY ARRAY['actors', 'statements', 'events', 'alliances', 'offices', 'sanction_regimes',
    'sanction_designations', 'sources', 'evidence']
  LOOP
    totals := CASE searched WHEN 'evidence' THEN 'search_totals_excerpts' ELSE 'search_totals_records' END;
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', searched || '_search_totals_insert', searched, totals);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', searched || '_search_totals_update', searched, totals);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS removed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', searched || '_search_totals_delete', searched, totals);
  END LOOP;
END
$$;

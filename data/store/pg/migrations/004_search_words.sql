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

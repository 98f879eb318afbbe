-- The data version every app server reads: one row, moved by any statement that changes stored
-- records. Caches of derived answers (counts, a pair's tension) are keyed by it, so a write on
-- one server is seen by every other at its next request. Statement-level triggers move it once
-- per statement, so a bulk load of a million rows moves it once, not a million times. Analysts
-- and desk sessions are not records: signing in does not empty the caches.
CREATE TABLE data_version (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  version bigint NOT NULL
);
INSERT INTO data_version (version) VALUES (1);

CREATE FUNCTION data_version_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  stored text;
BEGIN
  FOR stored IN
    SELECT c.relname FROM pg_class c
    WHERE c.relnamespace = current_schema()::text::regnamespace AND c.relkind = 'r'
      AND c.relname NOT IN ('data_version', 'schema_migrations', 'analysts', 'desk_sessions')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION data_version_move()',
      stored || '_moves_data_version', stored);
  END LOOP;
END $$;

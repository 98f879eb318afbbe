-- Keeps search_index in step with the tables it covers (see 001_initial.sql).
-- A designation carries its designee's name only: aliases are found through the actor.

CREATE TRIGGER actors_search_insert AFTER INSERT ON actors BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 1, NEW.name || ' ' || NEW.key || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(NEW.aliases)) || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, ''));
END;
CREATE TRIGGER actors_search_update AFTER UPDATE ON actors BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 1, NEW.name || ' ' || NEW.key || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(NEW.aliases)) || ' ' || coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, ''));
END;
CREATE TRIGGER actors_search_delete AFTER DELETE ON actors BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
END;

CREATE TRIGGER statements_search_insert AFTER INSERT ON statements BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 2, coalesce(NEW.quote, '') || ' ' || NEW.summary);
END;
CREATE TRIGGER statements_search_update AFTER UPDATE ON statements BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 2, coalesce(NEW.quote, '') || ' ' || NEW.summary);
END;
CREATE TRIGGER statements_search_delete AFTER DELETE ON statements BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
END;

CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 3, NEW.title || ' ' || NEW.summary || ' ' || coalesce(NEW.location, ''));
END;
CREATE TRIGGER events_search_update AFTER UPDATE ON events BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 3, NEW.title || ' ' || NEW.summary || ' ' || coalesce(NEW.location, ''));
END;
CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3;
END;

CREATE TRIGGER alliances_search_insert AFTER INSERT ON alliances BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 4, NEW.name || ' ' || NEW.key || ' ' || coalesce(NEW.acronym, '') || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(NEW.areas)));
END;
CREATE TRIGGER alliances_search_update AFTER UPDATE ON alliances BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 4, NEW.name || ' ' || NEW.key || ' ' || coalesce(NEW.acronym, '') || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(NEW.areas)));
END;
CREATE TRIGGER alliances_search_delete AFTER DELETE ON alliances BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
END;

CREATE TRIGGER offices_search_insert AFTER INSERT ON offices BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 5, NEW.name || ' ' || NEW.city);
END;
CREATE TRIGGER offices_search_update AFTER UPDATE ON offices BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 5, NEW.name || ' ' || NEW.city);
END;
CREATE TRIGGER offices_search_delete AFTER DELETE ON offices BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
END;

CREATE TRIGGER sanction_regimes_search_insert AFTER INSERT ON sanction_regimes BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 6, 'sanctions ' || (SELECT name FROM actors WHERE id = NEW.imposer_id) || ' ' || (SELECT name FROM actors WHERE id = NEW.target_id));
END;
CREATE TRIGGER sanction_regimes_search_update AFTER UPDATE ON sanction_regimes BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 6, 'sanctions ' || (SELECT name FROM actors WHERE id = NEW.imposer_id) || ' ' || (SELECT name FROM actors WHERE id = NEW.target_id));
END;
CREATE TRIGGER sanction_regimes_search_delete AFTER DELETE ON sanction_regimes BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
END;

CREATE TRIGGER sanction_designations_search_insert AFTER INSERT ON sanction_designations BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 7, (SELECT name FROM actors WHERE id = NEW.designee_id) || ' ' || NEW.authority || ' ' || coalesce(NEW.program, ''));
END;
CREATE TRIGGER sanction_designations_search_update AFTER UPDATE ON sanction_designations BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 7, (SELECT name FROM actors WHERE id = NEW.designee_id) || ' ' || NEW.authority || ' ' || coalesce(NEW.program, ''));
END;
CREATE TRIGGER sanction_designations_search_delete AFTER DELETE ON sanction_designations BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
END;

CREATE TRIGGER sources_search_insert AFTER INSERT ON sources BEGIN
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 8, NEW.title || ' ' || NEW.outlet || ' ' || NEW.key);
END;
CREATE TRIGGER sources_search_update AFTER UPDATE ON sources BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8;
  INSERT INTO search_index (rowid, body) VALUES (NEW.id * 16 + 8, NEW.title || ' ' || NEW.outlet || ' ' || NEW.key);
END;
CREATE TRIGGER sources_search_delete AFTER DELETE ON sources BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 16 + 8;
END;

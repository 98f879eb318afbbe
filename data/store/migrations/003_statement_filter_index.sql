-- The dashboard's commonest statement filter: one speaker, one stance, a date range.
-- Equality on the first two columns lets a page walk (date_start, id) in order and stop at
-- its end; date_end in the index lets a count check the range without reading the rows.
CREATE INDEX statements_speaker_stance_date ON statements (speaker_id, stance, date_start, id, date_end);

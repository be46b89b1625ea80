-- German full-text search over minutes, tasks and agenda items (expression indexes match StaffSearch).
CREATE INDEX minute_entry_fts_idx ON minute_entry
    USING gin (to_tsvector('german', text || ' ' || coalesce(rationale, '')));
CREATE INDEX task_fts_idx ON task USING gin (to_tsvector('german', text));
CREATE INDEX agenda_item_fts_idx ON agenda_item USING gin (to_tsvector('german', title || ' ' || coalesce(topic, '')));

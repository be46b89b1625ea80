-- German full-text search over journal entries (matches JournalSearch).
CREATE INDEX entry_fts_idx ON entry USING gin (to_tsvector('german', text));

-- The board slice (issue 11, points 1-4): the name an observation's author had when posting (so the board
-- renders from one query, without asking the organisation module per author), and an index for the count
-- of duplicates merged into an observation.
ALTER TABLE observation
    ADD COLUMN author_name TEXT CHECK (length(author_name) BETWEEN 1 AND 300);
CREATE INDEX observation_merged_idx ON observation (merged_into) WHERE merged_into IS NOT NULL;

-- The knowledge platform (issue 11, points 5 and 6): German full-text search over resilience factors,
-- the public read of published factors, and factors shared by several municipalities of the installation
-- (a network such as PanReflex's five cities), each credited.

-- Search in German (stemming: "Krisenstab" finds "Krisenstäbe"); title weighs most, then summary, then body.
ALTER TABLE resilience_factor
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, coalesce(title, '')), 'A')
            || setweight(to_tsvector('german'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('german'::regconfig, coalesce(theme, '')), 'B')
            || setweight(to_tsvector('german'::regconfig, coalesce(body, '')), 'C')) STORED;
CREATE INDEX resilience_factor_search_idx ON resilience_factor USING GIN (search);

-- A factor shared with other municipalities of the installation: each is credited on the public page.
CREATE TABLE resilience_factor_share
(
    tenant_id    UUID        NOT NULL,
    factor_id    UUID        NOT NULL REFERENCES resilience_factor (id) ON DELETE CASCADE,
    municipality TEXT        NOT NULL CHECK (length(municipality) BETWEEN 1 AND 200),
    shared_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (factor_id, municipality)
);
SELECT public.lagezentrum_isolate('lessons.resilience_factor_share');

-- The public platform reads published factors (and what they show) without a tenant: purpose 'public'.
CREATE POLICY public_read ON resilience_factor FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND status = 'PUBLISHED');
CREATE POLICY public_read ON resilience_factor_example FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND EXISTS (SELECT 1 FROM resilience_factor f
        WHERE f.id = factor_id AND f.status = 'PUBLISHED'));
CREATE POLICY public_read ON resilience_factor_share FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND EXISTS (SELECT 1 FROM resilience_factor f
        WHERE f.id = factor_id AND f.status = 'PUBLISHED'));
CREATE POLICY public_read ON resilience_factor_recommendation FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND EXISTS (SELECT 1 FROM resilience_factor f
        WHERE f.id = factor_id AND f.status = 'PUBLISHED'));
CREATE POLICY public_read ON recommendation FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND EXISTS (SELECT 1 FROM resilience_factor_recommendation r
        JOIN resilience_factor f ON f.id = r.factor_id WHERE r.recommendation_id = recommendation.id AND f.status = 'PUBLISHED'));
CREATE POLICY public_read ON workshop_report FOR SELECT
    USING (public.lagezentrum_purpose() = 'public' AND status = 'PUBLISHED');

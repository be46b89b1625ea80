-- Publishing (issue 9, points 7 and 8): a held briefing's public page with the press office's summary,
-- press releases, and the municipality's video in German Sign Language (DGS) for the press area.
-- A publication or press release is withdrawn, never deleted: the public sees 404 again, the press
-- office keeps the text and the reason.

CREATE TABLE briefing_publication
(
    briefing_id     UUID        NOT NULL PRIMARY KEY REFERENCES briefing (id),
    tenant_id       UUID        NOT NULL,
    -- Markdown; shown sanitised (platform.documents.Markdown).
    summary         TEXT        NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
    published_at    TIMESTAMPTZ NOT NULL,
    published_by    UUID        NOT NULL,
    -- Set while withdrawn; publishing again clears both.
    withdrawn_at    TIMESTAMPTZ,
    withdraw_reason TEXT CHECK (length(withdraw_reason) <= 1000),
    changed_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX briefing_publication_public_idx ON briefing_publication (tenant_id, published_at DESC)
    WHERE withdrawn_at IS NULL;

CREATE TABLE press_release
(
    id              UUID        NOT NULL PRIMARY KEY,
    tenant_id       UUID        NOT NULL,
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    -- Markdown; shown sanitised.
    body            TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
    -- The briefing it belongs to, if any; shown as a link once that briefing is published.
    briefing_id     UUID REFERENCES briefing (id),
    status          TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at    TIMESTAMPTZ,
    withdrawn_at    TIMESTAMPTZ,
    withdraw_reason TEXT CHECK (length(withdraw_reason) <= 1000),
    created_at      TIMESTAMPTZ NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CHECK (status = 'DRAFT' OR published_at IS NOT NULL)
);
CREATE INDEX press_release_public_idx ON press_release (tenant_id, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX press_release_list_idx ON press_release (tenant_id, changed_at DESC);

-- One DGS video per municipality (the newest upload replaces the old one); the file is in the platform's store.
CREATE TABLE sign_language_video
(
    tenant_id    UUID        NOT NULL PRIMARY KEY,
    file_id      UUID        NOT NULL,
    content_type TEXT        NOT NULL,
    bytes        BIGINT      NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    uploaded_by  UUID        NOT NULL
);

-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('briefing.briefing_publication');
SELECT public.lagezentrum_isolate('briefing.press_release');
SELECT public.lagezentrum_isolate('briefing.sign_language_video');

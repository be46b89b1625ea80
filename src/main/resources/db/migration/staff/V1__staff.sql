-- Crisis staffs (Stäbe): lead, members from any department, topic areas with owning department.
CREATE TABLE staff
(
    id          UUID        NOT NULL PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT CHECK (length(description) <= 5000),
    lead_id     UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     BIGINT      NOT NULL
);
CREATE UNIQUE INDEX staff_name_uq ON staff (tenant_id, lower(name));

CREATE TABLE staff_member
(
    staff_id  UUID        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tenant_id UUID        NOT NULL,
    person_id UUID        NOT NULL,
    function  TEXT CHECK (length(function) <= 200),
    added_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, person_id)
);
CREATE INDEX staff_member_person_idx ON staff_member (tenant_id, person_id);

CREATE TABLE topic
(
    staff_id      UUID NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    tenant_id     UUID NOT NULL,
    position      INT  NOT NULL,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    department_id UUID,
    PRIMARY KEY (staff_id, position)
);

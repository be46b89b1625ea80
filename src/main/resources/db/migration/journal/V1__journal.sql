-- The operations journal (Einsatztagebuch) of a staff: append-only, strictly ordered, hash-chained.

-- The head of each staff's chain. Appends lock this row (SELECT … FOR UPDATE), so the entries of one
-- staff are written one after the other: seq without gaps, each entry chained to its predecessor.
CREATE TABLE chain
(
    staff_id  UUID   NOT NULL PRIMARY KEY,
    tenant_id UUID   NOT NULL,
    last_seq  BIGINT NOT NULL CHECK (last_seq >= 0),
    last_hash TEXT   NOT NULL CHECK (last_hash ~ '^[0-9a-f]{64}$')
);

CREATE TABLE entry
(
    id            UUID        NOT NULL PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    staff_id      UUID        NOT NULL REFERENCES chain (staff_id),
    seq           BIGINT      NOT NULL CHECK (seq >= 1),
    category      TEXT        NOT NULL CHECK (category IN ('EVENT', 'REPORT', 'DECISION', 'ORDER', 'NOTE')),
    text          TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    occurred_at   TIMESTAMPTZ NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    author_id     UUID        NOT NULL,
    author_name   TEXT        NOT NULL CHECK (length(author_name) BETWEEN 1 AND 200),
    corrects      UUID,
    hash_format   SMALLINT    NOT NULL CHECK (hash_format = 1),
    previous_hash TEXT        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          TEXT        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT entry_seq_uq UNIQUE (staff_id, seq),
    CONSTRAINT entry_staff_id_uq UNIQUE (staff_id, id),
    -- A correction refers to an entry of the same staff.
    CONSTRAINT entry_corrects_fk FOREIGN KEY (staff_id, corrects) REFERENCES entry (staff_id, id)
);
CREATE INDEX entry_corrects_idx ON entry (corrects) WHERE corrects IS NOT NULL;
CREATE INDEX entry_tenant_idx ON entry (tenant_id, staff_id);

-- Entries are final: the database itself refuses to change or remove them, whoever asks.
CREATE FUNCTION refuse_entry_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'journal entries are append-only: % on journal.entry refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER entry_append_only
    BEFORE UPDATE OR DELETE
    ON entry
    FOR EACH ROW
EXECUTE FUNCTION refuse_entry_change();

CREATE TRIGGER entry_no_truncate
    BEFORE TRUNCATE
    ON entry
    FOR EACH STATEMENT
EXECUTE FUNCTION refuse_entry_change();

-- The head only ever moves forward by one entry and is never removed.
CREATE FUNCTION guard_chain_head() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.staff_id <> OLD.staff_id OR NEW.tenant_id <> OLD.tenant_id
        OR NEW.last_seq <> OLD.last_seq + 1 THEN
        RAISE EXCEPTION 'the head of a journal chain only moves forward: % on journal.chain refused', TG_OP
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER chain_forward_only
    BEFORE UPDATE OR DELETE
    ON chain
    FOR EACH ROW
EXECUTE FUNCTION guard_chain_head();

CREATE TRIGGER chain_no_truncate
    BEFORE TRUNCATE
    ON chain
    FOR EACH STATEMENT
EXECUTE FUNCTION refuse_entry_change();

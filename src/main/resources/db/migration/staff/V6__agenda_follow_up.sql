-- The Wiedervorlage: every session's agenda may open with one follow-up item (kind FOLLOW_UP) that lists
-- the staff's open tasks from earlier sessions; minutes can be recorded under it like under any item.
ALTER TABLE agenda_item ADD COLUMN kind TEXT NOT NULL DEFAULT 'REGULAR' CHECK (kind IN ('REGULAR', 'FOLLOW_UP'));
CREATE UNIQUE INDEX agenda_item_follow_up_idx ON agenda_item (session_id) WHERE kind = 'FOLLOW_UP';
-- Finding the open tasks of a staff's earlier sessions.
CREATE INDEX task_staff_open_idx ON task (tenant_id, staff_id, session_id) WHERE status IN ('OPEN', 'IN_PROGRESS');

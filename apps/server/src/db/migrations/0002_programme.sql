-- Programme as configuration: documents get optimistic locking like the other parts, and the
-- lookups the programme screens and the portal make get their indexes.

ALTER TABLE programme_document ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE INDEX programme_document_programme ON programme_document (programme_id, sort);
CREATE INDEX programme_responsibility_task_area ON programme_responsibility (task_area_id);
CREATE INDEX programme_responsibility_unit ON programme_responsibility (unit_id);
-- The portal asks for the programme being carried out now.
CREATE INDEX programme_status_period ON programme (status, period_start DESC);

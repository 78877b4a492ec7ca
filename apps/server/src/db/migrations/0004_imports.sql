-- Imports from spreadsheets: one row per uploaded file, from the check (preview) to the commit.

CREATE TABLE import_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  file_id uuid NOT NULL REFERENCES stored_file(id),
  -- What the import was asked to do besides the file (e.g. the parent unit and effective date).
  options jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'checking'
    CHECK (status IN ('checking', 'ready', 'invalid', 'applying', 'applied', 'failed')),
  rows_total integer NOT NULL DEFAULT 0,
  rows_create integer NOT NULL DEFAULT 0,
  rows_update integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  -- Row errors: [{ row, column, message, expected }] (the first 1,000; error_count has them all).
  errors jsonb NOT NULL DEFAULT '[]',
  -- The job checking or applying a large file.
  job_id uuid REFERENCES job(id),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  checked_at timestamptz,
  applied_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX import_run_created_by ON import_run (created_by, created_at DESC);
CREATE INDEX import_run_kind ON import_run (kind, created_at DESC);

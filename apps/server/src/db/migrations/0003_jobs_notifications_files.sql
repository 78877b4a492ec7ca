-- Platform services: jobs with progress, notifications and reminders, stored files.

CREATE TABLE job (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  message text,
  result jsonb,
  error text,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 3,
  -- The same key enqueues the same job once (idempotent enqueue).
  idempotency_key text UNIQUE,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_status ON job (status, created_at DESC);
CREATE INDEX job_created_by ON job (created_by, created_at DESC);

CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  kind text NOT NULL,
  title text NOT NULL,
  body text,
  link text,
  entity_type text,
  entity_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  emailed_at timestamptz,
  email_error text
);
CREATE INDEX notification_user ON notification (user_id, created_at DESC);
CREATE INDEX notification_unread ON notification (user_id) WHERE read_at IS NULL;

CREATE TABLE notification_preference (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  kind text NOT NULL,
  in_app boolean NOT NULL DEFAULT true,
  email boolean NOT NULL DEFAULT true,
  PRIMARY KEY (user_id, kind)
);

-- Reminders other modules register (a deadline in N days, an approval waiting N days).
CREATE TABLE reminder (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  kind text NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  due_at timestamptz NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX reminder_due ON reminder (due_at) WHERE sent_at IS NULL AND cancelled_at IS NULL;

-- Files are stored once by content hash; a row per upload or generated file says who may read it.
CREATE TABLE stored_file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sha256 text NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  mime text NOT NULL,
  name text NOT NULL,
  purpose text NOT NULL,
  -- Whose file it is: the uploader or the requester of a generated file; null = system.
  owner_id uuid REFERENCES app_user(id),
  -- The unit whose readers may download it (null: only the owner and administrators).
  unit_id uuid REFERENCES org_unit(id),
  job_id uuid REFERENCES job(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stored_file_sha ON stored_file (sha256);
CREATE INDEX stored_file_owner ON stored_file (owner_id, created_at DESC);

-- Citizen feedback on communication activities and materials, moderated before it is shown,
-- and the hits of public forms, counted per client to throttle abuse.

CREATE TABLE citizen_feedback (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The item is referenced, not joined: events, materials and activities live in their own registers.
  item_kind text NOT NULL CHECK (item_kind IN ('event', 'material', 'activity', 'link')),
  item_ref text NOT NULL CHECK (length(item_ref) BETWEEN 1 AND 2000),
  author_name text,
  contact text,
  body text NOT NULL CHECK (length(trim(body)) > 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'hidden')),
  answer text,
  answered_by uuid REFERENCES app_user(id),
  answered_at timestamptz,
  moderated_at timestamptz,
  client_key text,
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_feedback_item ON citizen_feedback (item_kind, item_ref, status, created_at);
CREATE INDEX citizen_feedback_status ON citizen_feedback (status, created_at);

CREATE TABLE rate_limit_hit (
  id bigserial PRIMARY KEY,
  bucket text NOT NULL,
  client_key text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rate_limit_hit_client ON rate_limit_hit (bucket, client_key, at);

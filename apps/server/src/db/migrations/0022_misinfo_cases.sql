-- Misinformation cases (task area 9): reports from the public portal and from units, their
-- triage, verification, assignment, response, referral and outcome; and what protects the public
-- form from abuse (per-client attempts, single-use proof-of-work challenges).

CREATE TABLE misinfo_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The tracking code the reporter follows the case by (no account needed).
  code text NOT NULL UNIQUE,
  source text NOT NULL CHECK (source IN ('public', 'internal')),
  intake_unit_id uuid REFERENCES org_unit(id),
  link text NOT NULL,
  platform text NOT NULL CHECK (platform IN ('facebook', 'tiktok', 'youtube', 'zalo', 'website', 'other')),
  description text NOT NULL CHECK (length(trim(description)) > 0),
  contact text,
  screenshot_file_id uuid REFERENCES stored_file(id),
  category text CHECK (category IN ('false', 'distorting', 'hostile', 'scam')),
  status text NOT NULL DEFAULT 'received'
    CHECK (status IN ('received', 'triaged', 'verified', 'assigned', 'responded', 'referred', 'closed', 'dismissed')),
  verification_note text,
  responsible_unit_id uuid REFERENCES org_unit(id),
  response_kind text CHECK (response_kind IN ('correction', 'clarification')),
  response_title text,
  response_url text,
  -- A content-library item, by reference, until the library is part of the platform.
  response_content_ref text,
  referral_date date,
  referral_ref text,
  outcome text,
  stage_due_at timestamptz,
  closed_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  search_text text GENERATED ALWAYS AS (vn_fold(code || ' ' || link || ' ' || description)) STORED,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX misinfo_case_created ON misinfo_case (created_at DESC);
CREATE INDEX misinfo_case_open_due ON misinfo_case (stage_due_at) WHERE status NOT IN ('closed', 'dismissed');
CREATE INDEX misinfo_case_responsible ON misinfo_case (responsible_unit_id);
CREATE INDEX misinfo_case_intake ON misinfo_case (intake_unit_id);
CREATE INDEX misinfo_case_search ON misinfo_case USING gin (search_text gin_trgm_ops);

-- Every submission a public form receives, by a keyed hash of the client's address (never the
-- address itself), to throttle one client without third-party services.
CREATE TABLE public_form_attempt (
  id bigserial PRIMARY KEY,
  form text NOT NULL,
  client_key text NOT NULL,
  accepted boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_form_attempt_client ON public_form_attempt (form, client_key, at);

-- Proof-of-work challenges already spent: a solved challenge is good for one submission.
CREATE TABLE pow_challenge_used (
  nonce text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  used_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pow_challenge_used_expiry ON pow_challenge_used (expires_at);

-- The installation's secret for signing public challenges and hashing client addresses.
CREATE TABLE app_secret (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_secret (name, value)
VALUES ('public-forms', encode(sha256((gen_random_uuid()::text || clock_timestamp()::text || gen_random_uuid()::text)::bytea), 'hex'));

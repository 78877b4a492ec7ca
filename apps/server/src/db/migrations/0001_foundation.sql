-- Foundation: text search helpers, units over time, accounts, sessions, audit, programme.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- unaccent() is only STABLE; an index needs an IMMUTABLE wrapper with the dictionary named.
CREATE OR REPLACE FUNCTION vn_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, t))
$$;

-- ── Units over time ─────────────────────────────────────────────────────────────────────────
CREATE TABLE org_unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stable key from the source data (e.g. 'gso:20194', 'agency:so-tttt'); null for units made in the app.
  external_key text UNIQUE,
  -- The province-level root; fact tables carry it so they can be distributed by province.
  root_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_unit_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  short_name text,
  type text NOT NULL,
  official_code text,
  parent_id uuid REFERENCES org_unit(id),
  -- Inclusive first and last day; null = unknown start / still valid.
  valid_from date,
  valid_to date,
  validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
  uncertain boolean NOT NULL DEFAULT false,
  note text,
  source text,
  search_text text GENERATED ALWAYS AS (vn_fold(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(official_code, ''))) STORED,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  CHECK (parent_id IS NULL OR parent_id <> unit_id),
  EXCLUDE USING gist (unit_id WITH =, validity WITH &&)
);
CREATE INDEX org_unit_version_parent ON org_unit_version USING gist (parent_id, validity);
CREATE INDEX org_unit_version_validity ON org_unit_version USING gist (validity);
CREATE INDEX org_unit_version_unit ON org_unit_version (unit_id, valid_from);
CREATE INDEX org_unit_version_code ON org_unit_version (official_code);
CREATE INDEX org_unit_version_search ON org_unit_version USING gin (search_text gin_trgm_ops);

-- One structural action (merge, split, rename, move, create, close), as decided on one date.
CREATE TABLE org_unit_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('create', 'rename', 'move', 'close', 'merge', 'split', 'restructure')),
  effective_date date NOT NULL,
  legal_basis text,
  note text,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org_unit_succession (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid REFERENCES org_unit_event(id),
  predecessor_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  successor_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('merge', 'split', 'rename', 'absorb', 'dissolve', 'transform')),
  share text NOT NULL CHECK (share IN ('full', 'partial')),
  -- First day on which the successor carries the predecessor's work.
  effective_date date NOT NULL,
  uncertain boolean NOT NULL DEFAULT false,
  note text,
  CHECK (predecessor_id <> successor_id),
  UNIQUE (predecessor_id, successor_id, effective_date)
);
CREATE INDEX org_unit_succession_successor ON org_unit_succession (successor_id);

-- Contact details a unit keeps itself (not versioned: they describe today).
CREATE TABLE org_unit_profile (
  unit_id uuid PRIMARY KEY REFERENCES org_unit(id) ON DELETE CASCADE,
  address text,
  phone text,
  email text,
  website text,
  head_name text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- ── Accounts and access ─────────────────────────────────────────────────────────────────────
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  full_name text NOT NULL,
  email text,
  phone text,
  unit_id uuid REFERENCES org_unit(id),
  password_hash text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  must_change_password boolean NOT NULL DEFAULT false,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username ON app_user (lower(username));

CREATE TABLE role_assignment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('system_admin', 'programme_manager', 'unit_editor', 'unit_approver', 'finance_appraiser', 'leader', 'viewer')),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, role, unit_id)
);

CREATE TABLE user_session (
  -- sha256 of the cookie token: a leaked table does not leak live sessions.
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE login_attempt (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  ip text,
  success boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username ON login_attempt (lower(username), at);
CREATE INDEX login_attempt_ip ON login_attempt (ip, at);

-- ── Audit log: append-only ──────────────────────────────────────────────────────────────────
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  actor_name text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  summary text,
  before jsonb,
  after jsonb,
  ip text
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at DESC);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC);

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- ── The programme as configuration ──────────────────────────────────────────────────────────
CREATE TABLE programme (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  title text NOT NULL,
  decision_number text NOT NULL,
  decision_date date NOT NULL,
  issuer text NOT NULL,
  owner_unit_id uuid REFERENCES org_unit(id),
  period_start date NOT NULL,
  period_end date NOT NULL,
  parent_title text,
  summary text,
  objective text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'closed')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);

CREATE TABLE programme_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  title text NOT NULL,
  number text,
  issued_on date,
  url text,
  note text,
  sort integer NOT NULL DEFAULT 0
);

CREATE TABLE task_area (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  title text NOT NULL,
  content text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  UNIQUE (programme_id, number)
);

CREATE TABLE programme_target (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number > 0),
  title text NOT NULL,
  content text NOT NULL,
  target_value numeric NOT NULL,
  target_value_max numeric,
  unit text NOT NULL,
  is_yearly boolean NOT NULL DEFAULT false,
  unit_group text,
  task_area_numbers integer[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  UNIQUE (programme_id, number),
  CHECK (target_value_max IS NULL OR target_value_max >= target_value)
);

CREATE TABLE programme_responsibility (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  task_area_id uuid REFERENCES task_area(id) ON DELETE CASCADE,
  unit_id uuid REFERENCES org_unit(id),
  -- A responsibility may name a kind of unit rather than one unit ("every ward").
  unit_group text,
  role text NOT NULL CHECK (role IN ('standing', 'lead', 'coordinate')),
  duty text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  CHECK (unit_id IS NOT NULL OR unit_group IS NOT NULL)
);
CREATE INDEX programme_responsibility_programme ON programme_responsibility (programme_id, sort);

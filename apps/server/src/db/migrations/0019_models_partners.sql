-- Communication models (target 9): proposal, panel evaluation with a weighted rubric, decision,
-- deployment, results, replication. Partners and resources (task area 11).

-- The scoring rubric: criteria with weights and maximum scores, configurable by the standing agency.
CREATE TABLE comm_model_criterion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  sort integer NOT NULL DEFAULT 0,
  name text NOT NULL CHECK (length(trim(name)) > 0),
  description text,
  weight numeric(6, 2) NOT NULL CHECK (weight > 0),
  max_score numeric(6, 2) NOT NULL CHECK (max_score > 0),
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE comm_model (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  target_group text NOT NULL CHECK (target_group IN ('citizens', 'businesses', 'citizens_businesses')),
  description text NOT NULL,
  expected_reach integer NOT NULL CHECK (expected_reach >= 0),
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'evaluating', 'approved', 'rejected', 'deployed')),
  decision_reason text,
  decided_at date,
  deployed_on date,
  result_reach integer CHECK (result_reach >= 0),
  result_notes text,
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'deployed' OR deployed_on IS NOT NULL)
);
CREATE INDEX comm_model_by_unit ON comm_model (unit_id, year);
CREATE INDEX comm_model_deployed ON comm_model (deployed_on) WHERE deployed_on IS NOT NULL;

-- Who sits on a model's evaluation panel.
CREATE TABLE comm_model_panel_member (
  model_id uuid NOT NULL REFERENCES comm_model(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (model_id, user_id)
);

-- One score per panel member and criterion.
CREATE TABLE comm_model_score (
  model_id uuid NOT NULL REFERENCES comm_model(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user(id),
  criterion_id uuid NOT NULL REFERENCES comm_model_criterion(id),
  score numeric(6, 2) NOT NULL CHECK (score >= 0),
  comment text,
  scored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model_id, user_id, criterion_id)
);

-- Units deploying the model: the proposing unit first, then replications elsewhere.
CREATE TABLE comm_model_unit (
  model_id uuid NOT NULL REFERENCES comm_model(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  is_replication boolean NOT NULL DEFAULT false,
  started_on date NOT NULL,
  notes text,
  PRIMARY KEY (model_id, unit_id)
);

CREATE TABLE partner (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  kind text NOT NULL CHECK (kind IN ('enterprise', 'telecom', 'university', 'international_org', 'ngo', 'press', 'other')),
  is_international boolean NOT NULL DEFAULT false,
  country text,
  contact text,
  website text CHECK (website IS NULL OR website ~ '^https?://'),
  notes text,
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partner_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  number text NOT NULL CHECK (length(trim(number)) > 0),
  signed_on date NOT NULL,
  valid_until date,
  scope text NOT NULL,
  CHECK (valid_until IS NULL OR valid_until >= signed_on)
);
CREATE INDEX partner_agreement_partner ON partner_agreement (partner_id);

CREATE TABLE partner_contribution (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  kind text NOT NULL CHECK (kind IN ('cash', 'in_kind')),
  value_vnd bigint NOT NULL CHECK (value_vnd >= 0),
  received_on date NOT NULL,
  description text NOT NULL,
  event_id uuid REFERENCES dx_event(id) ON DELETE SET NULL,
  model_id uuid REFERENCES comm_model(id) ON DELETE SET NULL
);
CREATE INDEX partner_contribution_partner ON partner_contribution (partner_id, received_on);

-- Activities a partner took part in (events, models), beyond what it paid for.
CREATE TABLE partner_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_id uuid NOT NULL REFERENCES partner(id) ON DELETE CASCADE,
  event_id uuid REFERENCES dx_event(id) ON DELETE CASCADE,
  model_id uuid REFERENCES comm_model(id) ON DELETE CASCADE,
  role text,
  CHECK ((event_id IS NULL) <> (model_id IS NULL))
);
CREATE UNIQUE INDEX partner_activity_event ON partner_activity (partner_id, event_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX partner_activity_model ON partner_activity (partner_id, model_id) WHERE model_id IS NOT NULL;

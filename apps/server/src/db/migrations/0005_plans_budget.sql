-- Annual communication plans, their versions, and the consolidated budget-estimate chain.
-- The generic workflow history serves every object that moves through states.

CREATE TABLE workflow_event (
  id bigserial PRIMARY KEY,
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  action text NOT NULL,
  from_state text,
  to_state text NOT NULL,
  comment text,
  actor_id uuid REFERENCES app_user(id),
  actor_name text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflow_event_entity ON workflow_event (entity_type, entity_id, at);

CREATE TABLE comm_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  -- Province root, so that plan facts can be distributed by province.
  root_id uuid,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  is_city_plan boolean NOT NULL DEFAULT false,
  title text NOT NULL,
  summary text,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  -- Target 2: localities put DX communication into their socio-economic development plan.
  in_socio_economic_plan boolean NOT NULL DEFAULT false,
  -- Target 3: mass organisations put it into their yearly / mid-term / long-term programmes.
  in_yearly_programme boolean NOT NULL DEFAULT false,
  in_mid_term_programme boolean NOT NULL DEFAULT false,
  in_long_term_programme boolean NOT NULL DEFAULT false,
  -- Version number of the content (1, 2, …): a new one opens when an accepted plan is changed.
  version_no integer NOT NULL DEFAULT 1,
  -- Optimistic lock for edits.
  lock_version integer NOT NULL DEFAULT 1,
  submitted_at timestamptz,
  accepted_at timestamptz,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, unit_id, year)
);
CREATE INDEX comm_plan_year ON comm_plan (programme_id, year, status);

CREATE TABLE comm_plan_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES comm_plan(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  task_area_number integer NOT NULL CHECK (task_area_number > 0),
  title text NOT NULL,
  description text,
  audiences text[] NOT NULL DEFAULT '{}',
  channels text[] NOT NULL DEFAULT '{}',
  period_start date,
  period_end date,
  responsible_unit_id uuid REFERENCES org_unit(id),
  coordinating_unit_ids uuid[] NOT NULL DEFAULT '{}',
  output_quantity numeric CHECK (output_quantity IS NULL OR output_quantity >= 0),
  output_unit text,
  linked_programmes text[] NOT NULL DEFAULT '{}',
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX comm_plan_activity_plan ON comm_plan_activity (plan_id, sort);

CREATE TABLE comm_plan_budget_line (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES comm_plan(id) ON DELETE CASCADE,
  activity_id uuid REFERENCES comm_plan_activity(id) ON DELETE SET NULL,
  sort integer NOT NULL DEFAULT 0,
  task_area_number integer NOT NULL CHECK (task_area_number > 0),
  description text NOT NULL,
  -- Whole đồng.
  amount bigint NOT NULL CHECK (amount >= 0),
  source text NOT NULL CHECK (source IN ('city_budget', 'local_budget', 'socialised'))
);
CREATE INDEX comm_plan_budget_line_plan ON comm_plan_budget_line (plan_id, sort);

-- Every submitted and accepted version, frozen, so versions can be compared and facts read the
-- accepted content even while a newer draft is being edited.
CREATE TABLE comm_plan_snapshot (
  id bigserial PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES comm_plan(id) ON DELETE CASCADE,
  version_no integer NOT NULL,
  status text NOT NULL,
  data jsonb NOT NULL,
  total_amount bigint NOT NULL,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comm_plan_snapshot_plan ON comm_plan_snapshot (plan_id, version_no, id);

-- The consolidated estimate of city-level units for one year.
CREATE TABLE budget_estimate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id),
  year integer NOT NULL,
  status text NOT NULL DEFAULT 'assembling' CHECK (status IN ('assembling', 'appraising', 'awaiting_approval', 'approved')),
  lock_version integer NOT NULL DEFAULT 1,
  consolidated_at timestamptz,
  consolidated_by uuid REFERENCES app_user(id),
  appraised_at timestamptz,
  appraised_by uuid REFERENCES app_user(id),
  approved_at timestamptz,
  approved_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, year)
);

CREATE TABLE budget_estimate_line (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  estimate_id uuid NOT NULL REFERENCES budget_estimate(id) ON DELETE CASCADE,
  plan_id uuid NOT NULL REFERENCES comm_plan(id),
  plan_version_no integer NOT NULL,
  source_line_id uuid,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  task_area_number integer NOT NULL,
  source text NOT NULL,
  description text NOT NULL,
  -- Each step's figure sits beside the others; none overwrites the one before.
  proposed_amount bigint NOT NULL CHECK (proposed_amount >= 0),
  appraised_amount bigint CHECK (appraised_amount IS NULL OR appraised_amount >= 0),
  appraisal_reason text,
  appraised_by uuid REFERENCES app_user(id),
  appraised_at timestamptz,
  approved_amount bigint CHECK (approved_amount IS NULL OR approved_amount >= 0),
  sort integer NOT NULL DEFAULT 0
);
CREATE INDEX budget_estimate_line_estimate ON budget_estimate_line (estimate_id, unit_id, sort);

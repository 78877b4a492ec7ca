-- Inspections and evaluation (task area 10 of Decision 2780): inspection plans, visits, findings,
-- recommendations with their follow-up, and each unit's yearly self-assessment against a criteria set.

CREATE TABLE inspection_plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  scope_note text,
  lead_unit_id uuid NOT NULL REFERENCES org_unit(id),
  unit_ids uuid[] NOT NULL DEFAULT '{}',
  period_start date NOT NULL,
  period_end date NOT NULL,
  members text,
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);
CREATE INDEX inspection_plan_year ON inspection_plan (year);

CREATE TABLE inspection_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES inspection_plan(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  visit_date date NOT NULL,
  inspectors text NOT NULL CHECK (length(trim(inspectors)) > 0),
  summary text,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_visit_plan ON inspection_visit (plan_id, visit_date);

CREATE TABLE inspection_finding (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES inspection_visit(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  content text NOT NULL CHECK (length(trim(content)) > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_finding_visit ON inspection_finding (visit_id);

-- Status is open → in_progress → done; "overdue" is read from the deadline, never stored.
CREATE TABLE inspection_recommendation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  finding_id uuid NOT NULL REFERENCES inspection_finding(id) ON DELETE CASCADE,
  content text NOT NULL CHECK (length(trim(content)) > 0),
  responsible_unit_id uuid NOT NULL REFERENCES org_unit(id),
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
  closed_at timestamptz,
  closing_note text,
  -- When the responsible unit and the standing agency were told it is overdue (once).
  overdue_notified_at timestamptz,
  lock_version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_recommendation_unit ON inspection_recommendation (responsible_unit_id, status, deadline);

CREATE TABLE inspection_recommendation_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recommendation_id uuid NOT NULL REFERENCES inspection_recommendation(id) ON DELETE CASCADE,
  body text NOT NULL CHECK (length(trim(body)) > 0),
  reported_by uuid REFERENCES app_user(id),
  reporter_name text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_recommendation_report_rec ON inspection_recommendation_report (recommendation_id, at);

-- One criteria set per year; a criterion's points are the most a unit can get on it.
CREATE TABLE assessment_criteria_set (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
  lock_version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assessment_criterion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  set_id uuid NOT NULL REFERENCES assessment_criteria_set(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  code text NOT NULL,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  max_points numeric(6, 2) NOT NULL CHECK (max_points > 0),
  UNIQUE (set_id, code)
);

CREATE TABLE self_assessment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'accepted')),
  summary text,
  review_comment text,
  is_demo boolean NOT NULL DEFAULT false,
  submitted_at timestamptz,
  accepted_at timestamptz,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, unit_id)
);

CREATE TABLE self_assessment_score (
  assessment_id uuid NOT NULL REFERENCES self_assessment(id) ON DELETE CASCADE,
  criterion_id uuid NOT NULL REFERENCES assessment_criterion(id) ON DELETE CASCADE,
  self_score numeric(6, 2),
  evidence text,
  review_score numeric(6, 2),
  review_note text,
  PRIMARY KEY (assessment_id, criterion_id)
);

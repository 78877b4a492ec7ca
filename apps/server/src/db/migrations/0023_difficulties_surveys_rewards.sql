-- Difficulties and obstacles (khó khăn, vướng mắc) a unit meets in the programme: the standing
-- agency coordinates with the units concerned or escalates to UBND with a proposal; UBND directs;
-- the resolution is recorded. Status surveys (task area 1): questionnaires, who answered, answers.
-- Reward proposals reviewed with Sở Nội vụ.

CREATE TABLE difficulty (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  task_area_number integer NOT NULL CHECK (task_area_number BETWEEN 1 AND 11),
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text NOT NULL CHECK (length(trim(description)) > 0),
  proposed_solution text,
  status text NOT NULL DEFAULT 'reported' CHECK (status IN ('reported', 'coordinating', 'escalated', 'directed', 'resolved')),
  concerned_unit_ids uuid[] NOT NULL DEFAULT '{}',
  proposal text,
  direction text,
  resolution text,
  resolved_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  search_text text GENERATED ALWAYS AS (vn_fold(title || ' ' || description)) STORED,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX difficulty_unit ON difficulty (unit_id, created_at DESC);
CREATE INDEX difficulty_status ON difficulty (status, created_at);
CREATE INDEX difficulty_search ON difficulty USING gin (search_text gin_trgm_ops);

-- Status surveys: a questionnaire (questions as data), sent to the officials of chosen units or to
-- the public; answers are stored apart from who answered when the survey is anonymous.
CREATE TABLE survey (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  audience text NOT NULL CHECK (audience IN ('officials', 'public')),
  is_anonymous boolean NOT NULL DEFAULT true,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  questions jsonb NOT NULL DEFAULT '[]',
  target_unit_ids uuid[] NOT NULL DEFAULT '{}',
  -- The same survey of an earlier year, for the year-on-year comparison (questions keep their ids).
  previous_survey_id uuid REFERENCES survey(id),
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_year ON survey (year DESC, created_at DESC);

CREATE TABLE survey_response (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
  audience text NOT NULL CHECK (audience IN ('officials', 'public')),
  -- Null when the survey is anonymous or answered on the portal.
  respondent_id uuid REFERENCES app_user(id),
  unit_id uuid REFERENCES org_unit(id),
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_response_survey ON survey_response (survey_id, unit_id);

-- Who has answered (one answer per official), kept apart from the answers themselves.
CREATE TABLE survey_participation (
  survey_id uuid NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user(id),
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (survey_id, user_id)
);

-- Reward proposals (khen thưởng), collective or individual, reviewed with Sở Nội vụ; the
-- achievements point at evidence the platform holds (accepted plans and reports, targets, trainings).
CREATE TABLE reward_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('collective', 'individual')),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  nominee text NOT NULL CHECK (length(trim(nominee)) > 0),
  award text NOT NULL CHECK (length(trim(award)) > 0),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  achievements text NOT NULL CHECK (length(trim(achievements)) > 0),
  -- [{ kind: plan | report | target | training, ref, label }]
  evidence jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'reviewing', 'approved', 'rejected', 'awarded')),
  decision_no text,
  decision_date date,
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'awarded' OR (decision_no IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX reward_proposal_year ON reward_proposal (year DESC, created_at DESC);
CREATE INDEX reward_proposal_unit ON reward_proposal (unit_id);

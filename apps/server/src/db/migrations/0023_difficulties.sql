-- Difficulties and obstacles (khó khăn, vướng mắc) a unit meets in the programme: the standing
-- agency coordinates with the units concerned or escalates to UBND with a proposal; UBND directs;
-- the resolution is recorded.

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

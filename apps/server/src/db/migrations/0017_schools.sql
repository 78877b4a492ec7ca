-- Schools: a school is a unit of type 'school' placed under its commune (versions follow the
-- commune across mergers); this profile holds what the register adds, and the DX sessions.

CREATE TABLE school_profile (
  unit_id uuid PRIMARY KEY REFERENCES org_unit(id) ON DELETE CASCADE,
  level text NOT NULL CHECK (level IN ('lower_secondary', 'upper_secondary', 'multi_level', 'continuing', 'vocational')),
  ownership text NOT NULL CHECK (ownership IN ('public', 'private')),
  has_dx_club boolean NOT NULL DEFAULT false,
  club_note text,
  has_science_playground boolean NOT NULL DEFAULT false,
  teachers_trained integer NOT NULL DEFAULT 0 CHECK (teachers_trained >= 0),
  students integer CHECK (students >= 0),
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE school_dx_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE CASCADE,
  held_on date NOT NULL,
  topic text NOT NULL CHECK (topic IN ('ai', 'data_analysis', 'digital_skills', 'online_safety', 'other')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  classes integer NOT NULL DEFAULT 0 CHECK (classes >= 0),
  students integer NOT NULL DEFAULT 0 CHECK (students >= 0),
  note text,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_dx_session_school ON school_dx_session (school_unit_id, held_on);
CREATE INDEX school_dx_session_held ON school_dx_session (held_on);

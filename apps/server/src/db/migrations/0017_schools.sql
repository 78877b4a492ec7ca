-- Schools register: schools from THCS up, where they stand (the commune, over time), their DX
-- extracurricular sessions. Schools are not units of the structure: they are placed in a
-- commune-level unit for a range of days, so that restructuring communes never has to move them.

CREATE TABLE school (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  level text NOT NULL CHECK (level IN ('lower_secondary', 'upper_secondary', 'multi_level', 'continuing', 'vocational')),
  ownership text NOT NULL CHECK (ownership IN ('public', 'private')),
  has_dx_club boolean NOT NULL DEFAULT false,
  club_note text,
  has_science_playground boolean NOT NULL DEFAULT false,
  teachers_trained integer NOT NULL DEFAULT 0 CHECK (teachers_trained >= 0),
  students integer CHECK (students >= 0),
  is_demo boolean NOT NULL DEFAULT false,
  search_text text GENERATED ALWAYS AS (vn_fold(name)) STORED,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX school_search ON school USING gin (search_text gin_trgm_ops);

-- The commune a school is in, inclusive days (null = unknown start / still so). After the last
-- placement's commune is merged away, the school follows the commune's successions.
CREATE TABLE school_placement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_id uuid NOT NULL REFERENCES school(id) ON DELETE CASCADE,
  commune_unit_id uuid NOT NULL REFERENCES org_unit(id),
  valid_from date,
  valid_to date,
  validity daterange GENERATED ALWAYS AS (daterange(valid_from, valid_to, '[]')) STORED,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
  EXCLUDE USING gist (school_id WITH =, validity WITH &&)
);
CREATE INDEX school_placement_commune ON school_placement (commune_unit_id);

CREATE TABLE school_dx_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  school_id uuid NOT NULL REFERENCES school(id) ON DELETE CASCADE,
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
CREATE INDEX school_dx_session_school ON school_dx_session (school_id, held_on);
CREATE INDEX school_dx_session_held ON school_dx_session (held_on);

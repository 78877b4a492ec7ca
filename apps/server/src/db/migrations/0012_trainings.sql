-- Trainings register: courses, the classes that run them, and who took part.

CREATE TABLE training_course (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('reporter_class', 'cdt_team', 'press_grassroots', 'teachers', 'leaders')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  description text,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE training_class (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES training_course(id),
  organiser_unit_id uuid NOT NULL REFERENCES org_unit(id),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  place text,
  is_online boolean NOT NULL DEFAULT false,
  trainers text,
  materials text,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX training_class_ends ON training_class (ends_on);
CREATE INDEX training_class_organiser ON training_class (organiser_unit_id, ends_on);

CREATE TABLE training_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  class_id uuid NOT NULL REFERENCES training_class(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
  unit_id uuid REFERENCES org_unit(id),
  participant_kind text NOT NULL CHECK (participant_kind IN ('official', 'cdt_member', 'press', 'teacher', 'leader', 'other')),
  -- The community digital-technology team the participant belongs to (a unit of type cdt_team).
  cdt_team_unit_id uuid REFERENCES org_unit(id),
  attended boolean NOT NULL DEFAULT false,
  completed boolean NOT NULL DEFAULT false
);
CREATE INDEX training_participant_class ON training_participant (class_id, sort);
CREATE INDEX training_participant_team ON training_participant (cdt_team_unit_id) WHERE cdt_team_unit_id IS NOT NULL;

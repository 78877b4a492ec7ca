-- Events register: National DX Day (10 October), Đà Nẵng DX Day with its Make in Da Nang products,
-- conferences, contests, community campaigns; their press coverage and photos.

CREATE TABLE dx_event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('national_dx_day', 'danang_dx_day', 'conference', 'contest', 'campaign', 'other')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  theme text,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  place text,
  organiser_unit_id uuid NOT NULL REFERENCES org_unit(id),
  description text,
  registrations integer CHECK (registrations >= 0),
  attendance integer CHECK (attendance >= 0),
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on),
  -- National DX Day is 10 October (Decision 505/QĐ-TTg).
  CHECK (kind <> 'national_dx_day' OR (extract(month FROM starts_on) = 10 AND extract(day FROM starts_on) = 10))
);
CREATE INDEX dx_event_starts ON dx_event (starts_on);
CREATE INDEX dx_event_organiser ON dx_event (organiser_unit_id, starts_on);

CREATE TABLE dx_event_coverage (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES dx_event(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  url text NOT NULL CHECK (url ~ '^https?://')
);
CREATE INDEX dx_event_coverage_event ON dx_event_coverage (event_id, sort);

CREATE TABLE dx_event_photo (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES dx_event(id) ON DELETE CASCADE,
  file_id uuid NOT NULL REFERENCES stored_file(id),
  caption text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dx_event_photo_event ON dx_event_photo (event_id, created_at);

-- Make in Da Nang products, each announced at an event.
CREATE TABLE make_product (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES dx_event(id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  company text NOT NULL CHECK (length(trim(company)) > 0),
  category text NOT NULL CHECK (category IN ('digital_platform', 'digital_solution', 'digital_product', 'hardware_iot', 'potential')),
  description text,
  link text CHECK (link IS NULL OR link ~ '^https?://')
);
CREATE INDEX make_product_year ON make_product (year, category);
CREATE INDEX make_product_event ON make_product (event_id, sort);

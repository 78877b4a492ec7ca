-- Periodic reporting and the indicator engine: data elements, report forms, reports and their
-- values, facts (one table every provider can be read from), indicators, targets per year.

CREATE TABLE data_element (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  value_type text NOT NULL CHECK (value_type IN ('integer', 'decimal', 'percentage')),
  unit_label text,
  min_value numeric,
  max_value numeric,
  -- Optional disaggregation: the categories a value is split by (e.g. audiences).
  category_set text,
  categories text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  CHECK (min_value IS NULL OR max_value IS NULL OR max_value >= min_value)
);

CREATE TABLE report_form (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  period_type text NOT NULL CHECK (period_type IN ('month', 'quarter', 'half', 'year')),
  -- Unit types expected to report.
  unit_types text[] NOT NULL,
  -- Deadline: this day of the month after the period ends (15 = the 15th).
  deadline_day integer NOT NULL DEFAULT 15 CHECK (deadline_day BETWEEN 1 AND 28),
  -- Entry window: from the first day of the period to this many days after the deadline.
  late_days integer NOT NULL DEFAULT 30 CHECK (late_days >= 0),
  active boolean NOT NULL DEFAULT true,
  -- Cross-field rules: [{ "left": "CODE_A", "op": "<=", "right": "CODE_B", "message": "…" }].
  rules jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE report_form_element (
  form_id uuid NOT NULL REFERENCES report_form(id) ON DELETE CASCADE,
  element_id uuid NOT NULL REFERENCES data_element(id),
  sort integer NOT NULL DEFAULT 0,
  required boolean NOT NULL DEFAULT false,
  PRIMARY KEY (form_id, element_id)
);

-- The standing agency lets one unit enter one period outside the window.
CREATE TABLE report_exception (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL REFERENCES report_form(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  period text NOT NULL,
  open_until date NOT NULL,
  reason text NOT NULL,
  granted_by uuid REFERENCES app_user(id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (form_id, unit_id, period)
);

CREATE TABLE report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL REFERENCES report_form(id),
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  root_id uuid,
  period text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'accepted', 'returned')),
  revision integer NOT NULL DEFAULT 1,
  lock_version integer NOT NULL DEFAULT 1,
  submitted_at timestamptz,
  first_submitted_at timestamptz,
  approved_at timestamptz,
  accepted_at timestamptz,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (form_id, unit_id, period)
);
CREATE INDEX report_form_period ON report (form_id, period, status);

CREATE TABLE report_value (
  report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  element_id uuid NOT NULL REFERENCES data_element(id),
  category text NOT NULL DEFAULT '',
  value numeric NOT NULL,
  PRIMARY KEY (report_id, element_id, category)
);

-- Accepted revisions, frozen (a correction after acceptance makes a new revision).
CREATE TABLE report_revision (
  id bigserial PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
  revision integer NOT NULL,
  values_json jsonb NOT NULL,
  accepted_by uuid REFERENCES app_user(id),
  accepted_at timestamptz NOT NULL DEFAULT now()
);

-- Facts: every number that counts toward a target, at the unit that holds it, for a period.
-- Accepted report values land here (key 'de:<code>'); registers add their own keys. Carries the
-- province root so the table can be distributed by province.
CREATE TABLE fact (
  id bigserial,
  root_id uuid,
  unit_id uuid NOT NULL,
  key text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  category text NOT NULL DEFAULT '',
  value numeric NOT NULL,
  source_type text NOT NULL,
  source_id text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id)
);
CREATE INDEX fact_key_period ON fact (key, period_start, unit_id) INCLUDE (value, period_end);
CREATE INDEX fact_source ON fact (source_type, source_id);

-- Pre-aggregated per unit, key and year, maintained on write: dashboards read this, never the raw facts.
CREATE TABLE fact_unit_year (
  key text NOT NULL,
  unit_id uuid NOT NULL,
  year integer NOT NULL,
  value_sum numeric NOT NULL,
  value_count integer NOT NULL,
  PRIMARY KEY (key, year, unit_id)
);

CREATE TABLE indicator (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid REFERENCES programme(id) ON DELETE CASCADE,
  target_number integer,
  code text NOT NULL,
  -- Definitions are versioned by year: the row valid for a year is the one whose range holds it.
  valid_from_year integer NOT NULL,
  valid_to_year integer,
  name text NOT NULL,
  description text NOT NULL,
  -- Formula from named providers: { numerator: {provider, params}, denominator: {provider, params} | null,
  --   scale: 100 | 1, aggregation: 'ratio' | 'sum' | 'count' | 'average' | 'latest', missing: 'exclude' | 'zero' }
  formula jsonb NOT NULL,
  unit_label text NOT NULL DEFAULT '%',
  version integer NOT NULL DEFAULT 1,
  UNIQUE (code, valid_from_year),
  CHECK (valid_to_year IS NULL OR valid_to_year >= valid_from_year)
);

CREATE TABLE indicator_target (
  indicator_code text NOT NULL,
  year integer NOT NULL,
  target_value numeric NOT NULL,
  target_value_max numeric,
  baseline numeric,
  is_final boolean NOT NULL DEFAULT false,
  PRIMARY KEY (indicator_code, year)
);

-- Flows add up over a year (articles published); stocks take the latest period (teams existing).
ALTER TABLE data_element ADD COLUMN time_aggregation text NOT NULL DEFAULT 'sum' CHECK (time_aggregation IN ('sum', 'latest'));
ALTER TABLE fact_unit_year ADD COLUMN last_period_start date;
ALTER TABLE fact_unit_year ADD COLUMN last_value numeric;

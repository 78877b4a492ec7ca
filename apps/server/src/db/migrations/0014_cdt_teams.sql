-- Community digital-technology (CDT) teams: the register beside each team unit, its members, and
-- the support logs members enter on their phones.

-- Team members sign in to log support for their own team.
ALTER TABLE role_assignment DROP CONSTRAINT IF EXISTS role_assignment_role_check;
ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_role_check
  CHECK (role IN ('system_admin', 'programme_manager', 'unit_editor', 'unit_approver', 'finance_appraiser', 'leader', 'viewer', 'cdt_member'));

-- One row per team unit (org_unit of type cdt_team): what the unit tree does not hold.
CREATE TABLE cdt_team (
  unit_id uuid PRIMARY KEY REFERENCES org_unit(id) ON DELETE CASCADE,
  -- The village (thôn) or residential group (tổ dân phố) the team serves.
  served_area text NOT NULL CHECK (length(trim(served_area)) > 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'dissolved')),
  established_on date,
  contact_name text,
  contact_phone text,
  note text,
  -- Members active today (active_to null or not passed), kept by the service on every member
  -- change and refreshed by the nightly recount; the list filters "fewer than 7" on it.
  member_count integer NOT NULL DEFAULT 0,
  search_text text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cdt_team_search ON cdt_team USING gin (search_text gin_trgm_ops);
CREATE INDEX cdt_team_status ON cdt_team (status, member_count);

CREATE TABLE cdt_member (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_unit_id uuid NOT NULL REFERENCES cdt_team(unit_id) ON DELETE CASCADE,
  sort integer NOT NULL DEFAULT 0,
  full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
  phone text,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'deputy', 'member')),
  is_youth_union boolean NOT NULL DEFAULT false,
  active_from date,
  active_to date,
  -- The account of a member who logs support, when there is one.
  user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
  is_demo boolean NOT NULL DEFAULT false,
  CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
CREATE INDEX cdt_member_team ON cdt_member (team_unit_id, sort);

-- A support log. The id is generated on the phone, so that a log sent twice (a retry after a
-- lost answer, an outbox flushed twice) is stored once.
CREATE TABLE cdt_support_log (
  id uuid PRIMARY KEY,
  team_unit_id uuid NOT NULL REFERENCES cdt_team(unit_id) ON DELETE CASCADE,
  log_date date NOT NULL,
  place text NOT NULL CHECK (length(trim(place)) > 0),
  vneid integer NOT NULL DEFAULT 0 CHECK (vneid >= 0),
  online_services integer NOT NULL DEFAULT 0 CHECK (online_services >= 0),
  cashless integer NOT NULL DEFAULT 0 CHECK (cashless >= 0),
  anti_fraud integer NOT NULL DEFAULT 0 CHECK (anti_fraud >= 0),
  city_apps integer NOT NULL DEFAULT 0 CHECK (city_apps >= 0),
  people_total integer GENERATED ALWAYS AS (vneid + online_services + cashless + anti_fraud + city_apps) STORED,
  note text,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cdt_support_log_team_date ON cdt_support_log (team_unit_id, log_date DESC);
-- Summaries read a period for every team at once (with the figures, so no heap visit).
CREATE INDEX cdt_support_log_date ON cdt_support_log (log_date, team_unit_id)
  INCLUDE (vneid, online_services, cashless, anti_fraud, city_apps);

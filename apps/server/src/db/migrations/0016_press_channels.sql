-- Press agencies, portals and channels, their "Chuyển đổi số" column and its articles.

CREATE TABLE press_channel (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The unit that runs the channel: the press agency itself, the Party committee, a ward...
  owner_unit_id uuid NOT NULL REFERENCES org_unit(id),
  kind text NOT NULL CHECK (kind IN ('press_agency', 'party_portal', 'city_portal', 'unit_portal', 'bulletin', 'grassroots_radio')),
  name text NOT NULL CHECK (length(trim(name)) > 0),
  url text,
  has_dx_column boolean NOT NULL DEFAULT false,
  column_title text,
  column_url text,
  -- First day the column or special topic existed; target 7 counts it from then on.
  column_since date,
  feed_url text,
  feed_status text CHECK (feed_status IN ('ok', 'failed')),
  feed_error text,
  feed_pulled_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  search_text text GENERATED ALWAYS AS (vn_fold(name || ' ' || coalesce(column_title, '') || ' ' || coalesce(url, ''))) STORED,
  lock_version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT has_dx_column OR column_since IS NOT NULL)
);
CREATE INDEX press_channel_owner ON press_channel (owner_unit_id);
CREATE INDEX press_channel_feed ON press_channel (id) WHERE feed_url IS NOT NULL;

CREATE TABLE press_article (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel_id uuid NOT NULL REFERENCES press_channel(id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(trim(title)) > 0),
  published_on date NOT NULL,
  url text,
  -- The feed item's guid/id, else its URL, else a key made for a hand-entered article.
  guid text NOT NULL,
  kind text NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'broadcast', 'special_topic', 'video', 'other')),
  source text NOT NULL CHECK (source IN ('manual', 'feed')),
  is_demo boolean NOT NULL DEFAULT false,
  search_text text GENERATED ALWAYS AS (vn_fold(title)) STORED,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel_id, guid)
);
-- An article is in a channel once, whether it came by its guid or by its address.
CREATE UNIQUE INDEX press_article_url ON press_article (channel_id, url) WHERE url IS NOT NULL;
CREATE INDEX press_article_published ON press_article (channel_id, published_on);
CREATE INDEX press_article_search ON press_article USING gin (search_text gin_trgm_ops);

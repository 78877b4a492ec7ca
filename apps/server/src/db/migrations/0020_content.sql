-- Content library and the units' "Chuyển đổi số" columns: items, their saved versions, their files,
-- and where units used them. The public portal reads published items only.

-- array_to_string is only STABLE (element output functions); for text[] it cannot change.
CREATE OR REPLACE FUNCTION content_tags_text(t text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(t, ' '), '') $$;

CREATE TABLE content_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('official_document', 'handbook', 'infographic', 'video', 'article', 'story', 'key_message', 'faq', 'guide')),
  title text NOT NULL CHECK (length(trim(title)) > 0),
  -- The public address (/noi-dung/<slug>); unique, never reused.
  slug text NOT NULL UNIQUE,
  summary text,
  -- Rich text, sanitised by the server with an allow-list before it is stored.
  body_html text NOT NULL DEFAULT '',
  -- The same text without markup, for search and feeds.
  body_text text NOT NULL DEFAULT '',
  -- The unit whose content it is; with in_column, a post of that unit's "Chuyển đổi số" column.
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  in_column boolean NOT NULL DEFAULT false,
  audiences text[] NOT NULL DEFAULT '{}',
  channels text[] NOT NULL DEFAULT '{}',
  task_areas integer[] NOT NULL DEFAULT '{}',
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'scheduled', 'published', 'archived')),
  -- When a scheduled item goes public (honoured by the content.publish-due job).
  publish_at timestamptz,
  published_at timestamptz,
  cover_file_id uuid REFERENCES stored_file(id),
  version_no integer NOT NULL DEFAULT 1,
  lock_version integer NOT NULL DEFAULT 1,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Diacritics and đ folded (vn_fold), for diacritic-insensitive search and trigram suggestions.
  search_title text GENERATED ALWAYS AS (vn_fold(title)) STORED,
  search_text text GENERATED ALWAYS AS (vn_fold(title || ' ' || coalesce(summary, '') || ' ' || body_text || ' ' || content_tags_text(tags))) STORED,
  search_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', vn_fold(title)), 'A') ||
    setweight(to_tsvector('simple', vn_fold(coalesce(summary, '') || ' ' || content_tags_text(tags))), 'B') ||
    setweight(to_tsvector('simple', vn_fold(body_text)), 'C')
  ) STORED,
  CHECK (status <> 'scheduled' OR publish_at IS NOT NULL)
);
CREATE INDEX content_item_public ON content_item (published_at DESC, id) WHERE status = 'published';
CREATE INDEX content_item_column ON content_item (unit_id, published_at DESC) WHERE status = 'published' AND in_column;
CREATE INDEX content_item_unit ON content_item (unit_id, updated_at DESC);
CREATE INDEX content_item_due ON content_item (publish_at) WHERE status = 'scheduled';
CREATE INDEX content_item_tsv ON content_item USING gin (search_tsv);
CREATE INDEX content_item_title_trgm ON content_item USING gin (search_title gin_trgm_ops);
CREATE INDEX content_item_tags ON content_item USING gin (tags);

-- Every saved edit, kept whole so that any version can be read again.
CREATE TABLE content_version (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
  version_no integer NOT NULL,
  data jsonb NOT NULL,
  created_by uuid REFERENCES app_user(id),
  created_by_name text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (item_id, version_no)
);

-- Files of an item: images (with a thumbnail), videos as uploaded, documents to download.
CREATE TABLE content_file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
  file_id uuid NOT NULL REFERENCES stored_file(id),
  thumb_file_id uuid REFERENCES stored_file(id),
  role text NOT NULL CHECK (role IN ('image', 'video', 'document')),
  width integer,
  height integer,
  caption text,
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_file_item ON content_file (item_id, sort);
CREATE INDEX content_file_file ON content_file (file_id);
CREATE INDEX content_file_thumb ON content_file (thumb_file_id) WHERE thumb_file_id IS NOT NULL;

-- Which unit used which item on which channel, and when.
CREATE TABLE content_usage (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id uuid NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES org_unit(id),
  channel text NOT NULL,
  used_on date NOT NULL,
  reach integer CHECK (reach IS NULL OR reach >= 0),
  note text,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_usage_item ON content_usage (item_id, used_on DESC);
CREATE INDEX content_usage_unit ON content_usage (unit_id, used_on DESC);

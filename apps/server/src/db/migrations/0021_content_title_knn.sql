-- Typo-tolerant title suggestions read the nearest titles by trigram word distance (<<->), which a
-- GiST index answers in order; a GIN index can only filter, and at a million titles that share
-- common words the filter keeps too many to rank.
DROP INDEX IF EXISTS content_item_title_trgm;
CREATE INDEX content_item_title_gist ON content_item USING gist (search_title gist_trgm_ops) WHERE status = 'published';

-- Search narrowed by kind (and year) reads the newest matches of that kind in order.
CREATE INDEX content_item_kind_published ON content_item (kind, published_at DESC) WHERE status = 'published';

-- CDT register at national scale (measured by `npm run bench`: 100,000 teams, 1,000,000 logs).

-- Newest logs first, for lists without a narrower filter.
CREATE INDEX cdt_support_log_date_id ON cdt_support_log (log_date DESC, id DESC);

-- The team list in name order walks this index and stops at the page.
CREATE INDEX org_unit_version_cdt_team_name ON org_unit_version (name COLLATE "vi-x-icu", unit_id)
  WHERE type = 'cdt_team';

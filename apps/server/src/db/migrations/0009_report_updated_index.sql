-- The dashboards' data stamp reads the latest report change.
CREATE INDEX report_updated_at ON report (updated_at);

-- Dashboards read a province's aggregates in one index range: the per-unit-year table carries the
-- province root like the fact table does.
ALTER TABLE fact_unit_year ADD COLUMN root_id uuid;
UPDATE fact_unit_year a SET root_id = u.root_id FROM org_unit u WHERE u.id = a.unit_id;
CREATE INDEX fact_unit_year_root ON fact_unit_year (root_id, year, key) INCLUDE (unit_id, value_sum, last_value);

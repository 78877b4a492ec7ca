-- Every table an indicator provider reads records that it was written, so the dashboard's data
-- stamp changes at once whatever register is edited (trainings, CDT teams, press, schools,
-- communication models, content column posts, plans, reports, the structure).
--
-- One row per statement, insert only: writers never wait on each other nor deadlock over a shared
-- counter. The stamp reads count and max(id) of the rows visible, so a change committed after a
-- later-numbered one still changes it. Rows older than a day are pruned now and then by whichever
-- writer takes the advisory lock (a prune only changes the stamp once more).
CREATE TABLE reporting_change (
  id bigserial PRIMARY KEY,
  table_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION reporting_change_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reporting_change (table_name) VALUES (TG_TABLE_NAME);
  IF random() < 0.01 AND pg_try_advisory_xact_lock(hashtext('reporting_change_prune')) THEN
    DELETE FROM reporting_change WHERE at < now() - interval '1 day';
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'fact', 'report', 'report_value', 'indicator', 'indicator_target', 'data_element', 'programme',
    'org_unit', 'org_unit_version', 'org_unit_event', 'org_unit_succession',
    'comm_plan', 'comm_plan_activity', 'comm_plan_budget_line', 'comm_plan_snapshot',
    'training_course', 'training_class', 'training_participant',
    'cdt_team', 'cdt_member', 'cdt_support_log',
    'press_channel', 'press_article', 'school', 'school_placement', 'school_dx_session',
    'comm_model', 'comm_model_unit', 'content_item'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION reporting_change_record()', t || '_reporting_change', t);
  END LOOP;
END $$;

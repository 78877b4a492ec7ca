-- The annual programme report (Báo cáo kết quả thực hiện Đề án năm N): figures are assembled from
-- the system when it is rendered; only the narrative parts are stored, editable until issued.
CREATE TABLE programme_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
  year integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
  narrative jsonb NOT NULL DEFAULT '{}',
  lock_version integer NOT NULL DEFAULT 1,
  issued_at timestamptz,
  issued_by uuid REFERENCES app_user(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, year)
);

-- An issued report is frozen: its document, as issued, is kept and rendered from then on.
ALTER TABLE programme_report ADD COLUMN issued_document jsonb;

-- A notification sent only by e-mail (the person turned the inbox off for its kind) stays out of the inbox.
ALTER TABLE notification ADD COLUMN in_app boolean NOT NULL DEFAULT true;

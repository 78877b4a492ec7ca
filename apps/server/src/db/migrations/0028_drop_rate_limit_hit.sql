-- Citizen feedback is throttled by the public-forms attempts table (public_form_attempt) like the
-- other public forms; its own table is no longer used.
DROP TABLE rate_limit_hit;

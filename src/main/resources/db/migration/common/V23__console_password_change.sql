-- A console user's password is one-time until its owner sets their own (SPEC 6): NULL until then, and every page but
-- the password page is closed to them.
ALTER TABLE console_user ADD password_changed_at TIMESTAMP;

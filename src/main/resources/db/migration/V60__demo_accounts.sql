-- Demo accounts (published passwords) are marked, so a start against a real hub can remove them
-- without touching a real user who happens to have the same name.
ALTER TABLE users ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;

-- Demo accounts created before this column existed: the demo start gave them these exact names.
UPDATE users SET demo = TRUE
WHERE (username = 'operator' AND display_name = 'Demo Operator')
   OR (username = 'helpdesk' AND display_name = 'Demo Help Desk')
   OR (username = 'manager' AND display_name = 'Demo Manager');

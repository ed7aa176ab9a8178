-- Roles on API tokens: reporter (create, edit, send to review), redakteur (also review, publish, correct,
-- retract, restore), admin (also tokens). Tokens made before roles existed could do everything but manage tokens:
-- they become redakteur, so running clients keep working; new tokens default to reporter.
ALTER TABLE api_tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'redakteur'
    CHECK (role IN ('reporter', 'redakteur', 'admin'));

-- Desk accounts (issue 11): people who log in to /redaktion. Passwords only as Argon2id hashes (PHC string).
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('reporter', 'redakteur', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    password_at   TEXT    NOT NULL,
    disabled_at   TEXT
);

-- Login sessions: only a SHA-256 of the session id is kept; times in epoch milliseconds for the timeouts.
CREATE TABLE sessions (
    id_hash    TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    csrf       TEXT    NOT NULL,
    created_ms INTEGER NOT NULL,
    seen_ms    INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Who did what to which package (or account), when. Rows are only ever added.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT    NOT NULL,
    actor  TEXT    NOT NULL,
    action TEXT    NOT NULL,
    target TEXT    NOT NULL,
    detail TEXT
);

-- The wire report a package was drafted from, for the grounding check while editing.
CREATE TABLE package_sources (
    slug       TEXT PRIMARY KEY,
    source     TEXT NOT NULL,
    created_at TEXT NOT NULL
);

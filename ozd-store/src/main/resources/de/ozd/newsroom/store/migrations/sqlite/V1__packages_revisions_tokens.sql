-- Packages: one row per package, pointing at its current revision. Revisions are never updated or deleted.
CREATE TABLE packages (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    slug              TEXT    NOT NULL UNIQUE,
    headline          TEXT    NOT NULL,
    state             TEXT    NOT NULL CHECK (state IN ('draft', 'in_review', 'published', 'corrected', 'retracted')),
    current_rev       INTEGER NOT NULL,
    last_change       INTEGER NOT NULL,
    pub_date          TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    published_at      TEXT,
    correction_note   TEXT,
    retraction_reason TEXT,
    search_text       TEXT    NOT NULL
);
CREATE INDEX packages_state ON packages (state, updated_at);
CREATE INDEX packages_last_change ON packages (last_change);

CREATE TABLE revisions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    package_id INTEGER NOT NULL REFERENCES packages (id),
    rev        INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    author     TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    summary    TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    note       TEXT,
    body_json  TEXT    NOT NULL,
    body_text  TEXT    NOT NULL,
    UNIQUE (package_id, rev)
);

-- Tags and entities (person, place, organisation) of the current revision, for filters and facets.
CREATE TABLE package_terms (
    package_id INTEGER NOT NULL REFERENCES packages (id),
    kind       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    folded     TEXT    NOT NULL,
    PRIMARY KEY (package_id, kind, folded)
);
CREATE INDEX package_terms_kind ON package_terms (kind, folded);

-- API tokens for machine clients: only a salted SHA-256 of the secret is kept.
CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    salt       TEXT NOT NULL,
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- Old addresses (issue 11): a package renamed after its first publication keeps each earlier slug here, and readers
-- and API clients asking for one are sent on permanently to the package's current slug. Depends on V1 only.
CREATE TABLE slug_redirects (
    old_slug   TEXT    PRIMARY KEY,
    package_id BIGINT  NOT NULL REFERENCES packages (id),
    created_at TEXT    NOT NULL
);
CREATE INDEX slug_redirects_package ON slug_redirects (package_id);

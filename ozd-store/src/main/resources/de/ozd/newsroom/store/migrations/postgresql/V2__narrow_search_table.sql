-- Search data of the server setup on a table of its own: only what a search reads, not the JSON form or history.
-- One GIN index answers the text query, the filters and the recency window together:
--   vector        German text-search vector: headline (weight A), tags (B), body (C)
--   recency       {last_change / 1024}: a search looks at the newest changes first and widens only when it must
--   filter_terms  'kind:folded value' of tags, persons, places, organisations and 'state:…', for filters
--   facet_terms   'kind:value' of the same terms as written, for facet counts
CREATE TABLE package_search (
    package_id   BIGINT   PRIMARY KEY REFERENCES packages (id),
    last_change  BIGINT   NOT NULL,
    state        TEXT     NOT NULL,
    pub_date     TEXT,
    recency      INTEGER[] NOT NULL,
    filter_terms TEXT[]   NOT NULL,
    facet_terms  TEXT[]   NOT NULL,
    vector       tsvector NOT NULL
);
-- Everything stays in the row, nothing in the TOAST table: a search ranks every candidate it reads, and a TOAST
-- fetch per candidate cost more than the ranking itself. MAIN moves a value out of the row only when the row would
-- not fit a page; the default (EXTENDED) moved the small term arrays out first, of every row with a long text.
ALTER TABLE package_search ALTER COLUMN vector SET STORAGE MAIN, ALTER COLUMN state SET STORAGE MAIN,
    ALTER COLUMN pub_date SET STORAGE MAIN, ALTER COLUMN recency SET STORAGE MAIN,
    ALTER COLUMN filter_terms SET STORAGE MAIN, ALTER COLUMN facet_terms SET STORAGE MAIN;
INSERT INTO package_search (package_id, last_change, state, pub_date, recency, filter_terms, facet_terms, vector)
SELECT p.id, p.last_change, p.state, p.pub_date, ARRAY[(p.last_change / 1024)::integer],
       ARRAY(SELECT t.kind || ':' || t.folded FROM package_terms t WHERE t.package_id = p.id) || ('state:' || p.state),
       ARRAY(SELECT t.kind || ':' || t.value FROM package_terms t WHERE t.package_id = p.id),
       p.search_vector
FROM packages p;
CREATE INDEX package_search_match ON package_search USING GIN (vector, recency, filter_terms);
DROP INDEX packages_search;
ALTER TABLE packages DROP COLUMN search_vector;
-- Snippets are highlighted from the revision's JSON form; the copy of the body text is not needed any more.
ALTER TABLE packages DROP COLUMN search_text;

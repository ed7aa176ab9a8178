-- Pending revisions (issue 11): readers see the live revision, the desk edits the current (head) one. A save on a
-- published package leaves live_rev where it was; publishing the head as an update or a correction moves it.
--   live_rev        the revision readers see; NULL while the package was never published
--   live_updated_at when the head was last published as an update („Aktualisiert am …“)
--   corrections     every public correction, oldest first, as a JSON array of {"at": …, "note": …}
--   scheduled_at    UTC time at which an in_review package is published by itself; NULL when not planned
--   scheduled_by    who planned it (the author of the publishing revision)
ALTER TABLE packages ADD COLUMN live_rev INTEGER;
ALTER TABLE packages ADD COLUMN live_updated_at TEXT;
ALTER TABLE packages ADD COLUMN corrections TEXT;
ALTER TABLE packages ADD COLUMN scheduled_at TEXT;
ALTER TABLE packages ADD COLUMN scheduled_by TEXT;
-- Until now every save on a public package went live at once: what readers saw is the current revision.
UPDATE packages SET live_rev = current_rev WHERE state IN ('published', 'corrected', 'retracted');
-- Every correction note the history holds, not only the last one the row kept.
UPDATE packages SET corrections = (
    SELECT json_group_array(json_object('at', c.created_at, 'note', c.note))
    FROM (SELECT r.created_at, r.note FROM revisions r
          WHERE r.package_id = packages.id AND r.state = 'corrected' AND r.note IS NOT NULL ORDER BY r.rev) c)
WHERE EXISTS (SELECT 1 FROM revisions r WHERE r.package_id = packages.id AND r.state = 'corrected'
              AND r.note IS NOT NULL);
CREATE INDEX packages_scheduled ON packages (scheduled_at) WHERE scheduled_at IS NOT NULL;

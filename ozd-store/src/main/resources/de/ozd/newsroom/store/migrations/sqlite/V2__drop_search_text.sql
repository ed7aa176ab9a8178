-- The body text copy was never read on the embedded setup (Lucene keeps its own); it cost a quarter of every write.
ALTER TABLE packages DROP COLUMN search_text;

-- A briefing may pin what the atlas said at an instant (transaction time), so that it replays
-- the same after later corrections. Stored as ISO-8601 text ("2026-01-27T12:00:00Z"): the same
-- value on H2 and PostgreSQL, whose drivers hand back different types for a timestamp with zone.
ALTER TABLE briefing ADD COLUMN known_on VARCHAR(30);

-- Admiralty grades: a source's reliability (A-F) with its reason and the fields it marks as
-- unknown; a citation's credibility (1-6) and whether it is cited for a party's own claim.
-- Nullable: a dataset imported in report mode may still lack grades, and the rules say so.
ALTER TABLE source ADD COLUMN reliability VARCHAR(1);
ALTER TABLE source ADD COLUMN reliability_reason VARCHAR(500);
ALTER TABLE source ADD COLUMN unknown_fields VARCHAR(1000);
ALTER TABLE citation ADD COLUMN credibility INTEGER;
ALTER TABLE citation ADD COLUMN claim BOOLEAN DEFAULT FALSE NOT NULL;
-- A slide's map may play down facts below a grade: the map state's own text, "grade=C3 below=hide".
ALTER TABLE slide ADD COLUMN grade_filter VARCHAR(40);

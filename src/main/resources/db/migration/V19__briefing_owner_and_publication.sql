-- Briefings under roles: each has an owner (the account that created it, or took over a bundled
-- one by editing it; NULL for those the dataset ships) and is a draft until its owner publishes it.
-- Briefings written before accounts existed were already public: they stay published.
ALTER TABLE briefing ADD COLUMN owner VARCHAR(200);
ALTER TABLE briefing ADD COLUMN published BOOLEAN DEFAULT TRUE NOT NULL;

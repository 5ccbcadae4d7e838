-- The day each layer was checked up to (data/layers.csv), and the curators' notes on facts
-- ("corrected: ...", "not yet sourced"), kept apart from the facts so that no user-facing field
-- carries them. Versioned like every fact table. Presence and events say whether a point lies
-- offshore on purpose, and an event may name the presence site it happens at.
CREATE TABLE layer_check (
    layer      VARCHAR(40) NOT NULL,
    checked_to DATE        NOT NULL,
    note       VARCHAR(2000),
    version    INTEGER NOT NULL,
    rev_from   BIGINT  NOT NULL,
    rev_to     BIGINT,
    PRIMARY KEY (layer, version)
);

CREATE TABLE curation_note (
    fact_id  VARCHAR(100)  NOT NULL,
    note     VARCHAR(4000) NOT NULL,
    version  INTEGER NOT NULL,
    rev_from BIGINT  NOT NULL,
    rev_to   BIGINT,
    PRIMARY KEY (fact_id, version)
);

ALTER TABLE presence ADD COLUMN offshore BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ADD COLUMN offshore BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ADD COLUMN site VARCHAR(100);

-- Briefings and their ordered slides. Bundled briefings are replaced on each dataset import;
-- the others (bundled = FALSE) belong to their authors and are never touched by an import.
CREATE TABLE briefing (
    slug       VARCHAR(80)  PRIMARY KEY,
    title      VARCHAR(300) NOT NULL,
    summary    VARCHAR(2000),
    author     VARCHAR(200),
    created    DATE         NOT NULL,
    updated    DATE         NOT NULL,
    data_as_of DATE         NOT NULL,
    bundled    BOOLEAN      NOT NULL,
    version    INTEGER      NOT NULL
);

CREATE TABLE slide (
    briefing_slug VARCHAR(80)  NOT NULL REFERENCES briefing (slug),
    position      INTEGER      NOT NULL,
    title         VARCHAR(200) NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    as_of         DATE         NOT NULL,
    view_lat      DOUBLE PRECISION NOT NULL,
    view_lon      DOUBLE PRECISION NOT NULL,
    view_zoom     INTEGER      NOT NULL,
    layers        VARCHAR(200),
    selected      VARCHAR(100),
    highlighted   VARCHAR(1000),
    organisation  VARCHAR(20),
    PRIMARY KEY (briefing_slug, position)
);

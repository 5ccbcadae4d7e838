-- The imported dataset. Dates are partial (YYYY, YYYY-MM, YYYY-MM-DD) and kept as text;
-- lists inside a column are '|'-separated, as in the CSV files. Types are portable to PostgreSQL.
CREATE TABLE dataset_version (
    id          INTEGER PRIMARY KEY,
    version     VARCHAR(64) NOT NULL,
    imported_at TIMESTAMP   NOT NULL
);

CREATE TABLE source (
    id        VARCHAR(100) PRIMARY KEY,
    kind      VARCHAR(40),
    title     VARCHAR(500) NOT NULL,
    publisher VARCHAR(200),
    author    VARCHAR(200),
    date_text VARCHAR(10),
    url       VARCHAR(2000),
    file      VARCHAR(200),
    notes     VARCHAR(2000)
);

CREATE TABLE citation (
    fact_id   VARCHAR(100) NOT NULL,
    seq       INTEGER      NOT NULL,
    source_id VARCHAR(100) NOT NULL REFERENCES source (id),
    locator   VARCHAR(200),
    quote     VARCHAR(2000),
    PRIMARY KEY (fact_id, seq)
);

CREATE TABLE country (
    code       VARCHAR(3) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    alt_names  VARCHAR(1000),
    status     VARCHAR(20)  NOT NULL,
    claimed_by VARCHAR(3),
    notes      VARCHAR(2000)
);

CREATE TABLE boundary (
    id      VARCHAR(10) PRIMARY KEY,
    feature VARCHAR(1000000) NOT NULL
);

CREATE TABLE organisation (
    id         VARCHAR(20) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    full_name  VARCHAR(500),
    kind       VARCHAR(100),
    valid_from VARCHAR(10)  NOT NULL,
    valid_to   VARCHAR(10),
    notes      VARCHAR(2000)
);

CREATE TABLE membership (
    id           VARCHAR(100) PRIMARY KEY,
    country      VARCHAR(3)   NOT NULL REFERENCES country (code),
    organisation VARCHAR(20)  NOT NULL REFERENCES organisation (id),
    relation     VARCHAR(20)  NOT NULL,
    valid_from   VARCHAR(10)  NOT NULL,
    valid_to     VARCHAR(10),
    notes        VARCHAR(2000)
);

CREATE TABLE stance (
    id         VARCHAR(100) PRIMARY KEY,
    country    VARCHAR(3)   NOT NULL REFERENCES country (code),
    valid_from VARCHAR(10)  NOT NULL,
    stance     VARCHAR(20)  NOT NULL,
    event      VARCHAR(2000)
);

CREATE TABLE presence (
    id             VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    alt_names      VARCHAR(1000),
    kind           VARCHAR(40)  NOT NULL,
    operator       VARCHAR(3)   NOT NULL REFERENCES country (code),
    host           VARCHAR(3)   NOT NULL REFERENCES country (code),
    lat            DOUBLE PRECISION NOT NULL,
    lon            DOUBLE PRECISION NOT NULL,
    precision_code VARCHAR(20)  NOT NULL,
    location_note  VARCHAR(1000),
    valid_from     VARCHAR(10)  NOT NULL,
    valid_to       VARCHAR(10),
    status         VARCHAR(20)  NOT NULL,
    personnel      VARCHAR(500),
    notes          VARCHAR(4000)
);

CREATE TABLE presence_status (
    id          VARCHAR(100) PRIMARY KEY,
    presence_id VARCHAR(100) NOT NULL REFERENCES presence (id),
    valid_from  VARCHAR(10)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    personnel   VARCHAR(500),
    note        VARCHAR(2000)
);

CREATE TABLE corridor (
    id              VARCHAR(100) PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    alt_names       VARCHAR(1000),
    kind            VARCHAR(40)  NOT NULL,
    status          VARCHAR(40)  NOT NULL,
    bypasses_russia BOOLEAN      NOT NULL,
    countries       VARCHAR(500) NOT NULL,
    valid_from      VARCHAR(10)  NOT NULL,
    valid_to        VARCHAR(10),
    capacity        VARCHAR(500),
    sponsors        VARCHAR(1000),
    notes           VARCHAR(4000)
);

CREATE TABLE corridor_segment (
    id          VARCHAR(100) PRIMARY KEY,
    corridor_id VARCHAR(100) NOT NULL REFERENCES corridor (id),
    seq         INTEGER      NOT NULL,
    name        VARCHAR(300),
    status      VARCHAR(40)  NOT NULL,
    valid_from  VARCHAR(10)  NOT NULL,
    valid_to    VARCHAR(10),
    waypoints   VARCHAR(10000) NOT NULL
);

CREATE TABLE event (
    id             VARCHAR(100) PRIMARY KEY,
    valid_from     VARCHAR(10)  NOT NULL,
    valid_to       VARCHAR(10),
    name           VARCHAR(300) NOT NULL,
    alt_names      VARCHAR(1000),
    kind           VARCHAR(40)  NOT NULL,
    lat            DOUBLE PRECISION NOT NULL,
    lon            DOUBLE PRECISION NOT NULL,
    precision_code VARCHAR(20)  NOT NULL,
    place          VARCHAR(300),
    countries      VARCHAR(500),
    summary        VARCHAR(4000)
);

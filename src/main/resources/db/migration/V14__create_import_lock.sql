-- One row that a dataset import locks (SELECT ... FOR UPDATE) before it compares versions, so that
-- nodes starting together on one database import one after the other: the second then finds the
-- dataset already loaded. Portable to H2 and PostgreSQL.
CREATE TABLE import_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO import_lock (id) VALUES (1);

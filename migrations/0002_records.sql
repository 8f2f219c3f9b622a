-- Case records: incidents, actors, revisions, the search index and editor drafts.
-- Each record is stored whole as JSON (the interchange form of src/records/model.rs); the
-- columns of `incidents` are copies of what lists, filters and sorting need, kept in step by
-- the one function that saves (src/records/mod.rs). The JSON of incidents lives in its own
-- table so that the list, counts and filters scan narrow rows.

CREATE TABLE actors (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data       TEXT NOT NULL
) STRICT;

CREATE TABLE incidents (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    -- A short number for people ("#12"); never reused in this vault.
    number        INTEGER NOT NULL UNIQUE,
    revision      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    status        TEXT NOT NULL,
    urgency       TEXT NOT NULL,
    country       TEXT,
    -- First and last day of the incident's period (YYYY-MM-DD), for sorting and date filters.
    start_key     TEXT,
    end_key       TEXT,
    -- The start date as recorded (JSON of a PartialDate), and whether it is ongoing.
    start         TEXT,
    ongoing       INTEGER NOT NULL,
    has_un_link   INTEGER NOT NULL,
    consent_state TEXT NOT NULL,
    types         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE incident_data (
    incident_pk INTEGER PRIMARY KEY REFERENCES incidents (pk) ON DELETE CASCADE,
    data        TEXT NOT NULL
) STRICT;

-- The list's default order and the date filter; `pk` breaks ties so paging is stable.
CREATE INDEX incidents_by_start ON incidents (start_key, pk);
CREATE INDEX incidents_by_updated ON incidents (updated_at, pk);
CREATE INDEX incidents_by_status ON incidents (status, start_key);
CREATE INDEX incidents_by_country ON incidents (country, start_key);

CREATE TABLE incident_types (
    code        TEXT NOT NULL,
    incident_pk INTEGER NOT NULL REFERENCES incidents (pk) ON DELETE CASCADE,
    PRIMARY KEY (code, incident_pk)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_types_by_incident ON incident_types (incident_pk);

-- Which actors an incident involves: to re-index incidents when an actor's name changes, and
-- to list an actor's incidents.
CREATE TABLE incident_actors (
    actor_pk    INTEGER NOT NULL REFERENCES actors (pk),
    incident_pk INTEGER NOT NULL REFERENCES incidents (pk) ON DELETE CASCADE,
    PRIMARY KEY (actor_pk, incident_pk)
) STRICT, WITHOUT ROWID;
CREATE INDEX incident_actors_by_incident ON incident_actors (incident_pk);

-- Every save of an incident, whole (incident and the actors it involved at the time).
CREATE TABLE incident_revisions (
    incident_pk INTEGER NOT NULL REFERENCES incidents (pk) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    saved_at    TEXT NOT NULL,
    data        TEXT NOT NULL,
    PRIMARY KEY (incident_pk, revision)
) STRICT;

-- Unsaved editor state, kept here (encrypted) instead of in the webview's storage.
CREATE TABLE editor_drafts (
    key      TEXT PRIMARY KEY NOT NULL,
    saved_at TEXT NOT NULL,
    data     TEXT NOT NULL
) STRICT;

-- Full-text index. Contentless: it keeps only the index, never a second copy of the text, and
-- `contentless_delete` lets a deleted incident's entries be removed for real. Text is
-- normalised in Rust before it gets here (src/records/text.rs). `detail = column` keeps which
-- column a word is in but not its positions: searches are word by word (never phrases), and
-- the index is several times smaller, so every page SQLCipher encrypts costs less.
CREATE VIRTUAL TABLE incident_fts USING fts5 (
    title, body, names, places, extra,
    content = '',
    contentless_delete = 1,
    detail = column,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- Deleted entries are removed from the index's pages at once, not merely marked.
INSERT INTO incident_fts (incident_fts, rank) VALUES ('secure-delete', 1);

INSERT INTO vault_settings (key, value) VALUES ('next_incident_number', '1');

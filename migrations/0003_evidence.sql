-- Evidence: encrypted attachments. Each blob is one file under `blobs/`, named by a random
-- identifier (never by its hash, which would let anyone holding a known file check whether
-- the vault has it), age-encrypted to the vault's own X25519 identity.

CREATE TABLE blobs (
    pk         INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    -- SHA-256 of the original bytes, taken at import (hex).
    sha256     TEXT NOT NULL UNIQUE,
    size       INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    stored_at  TEXT NOT NULL
) STRICT;

CREATE TABLE attachments (
    pk            INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    incident_pk   INTEGER NOT NULL REFERENCES incidents (pk) ON DELETE CASCADE,
    blob_pk       INTEGER NOT NULL REFERENCES blobs (pk),
    -- The file's name on the importing computer: may identify someone, never exported.
    original_name TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    shareable     INTEGER NOT NULL DEFAULT 0,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL DEFAULT '',
    -- Capture time, place and device found in the file's own metadata (JSON).
    metadata      TEXT NOT NULL DEFAULT '{}',
    UNIQUE (incident_pk, blob_pk)
) STRICT;
CREATE INDEX attachments_by_incident ON attachments (incident_pk);
CREATE INDEX attachments_by_blob ON attachments (blob_pk);

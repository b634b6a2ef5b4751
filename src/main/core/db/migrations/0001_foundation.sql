-- Foundation: clients, settings and tombstones.
-- Every synced table: id TEXT PRIMARY KEY (UUIDv7 made by the app), created_at, updated_at.
-- Deletes erase the row and leave a tombstone so a future sync can propagate them.

CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  sort_name TEXT NOT NULL,            -- folded name (no accents, lower case) for stable sorting
  email TEXT,
  phone TEXT,
  date_of_birth TEXT,                 -- YYYY-MM-DD
  sex TEXT CHECK (sex IN ('female', 'male', 'other')),
  height_cm REAL,
  weight_kg REAL,
  goals TEXT NOT NULL DEFAULT '',
  goal_tags TEXT NOT NULL DEFAULT '[]',       -- JSON array of goal tag ids
  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
  training_location TEXT NOT NULL CHECK (training_location IN ('home', 'gym', 'both')),
  equipment TEXT NOT NULL DEFAULT '[]',       -- JSON array of equipment ids
  limitations TEXT NOT NULL DEFAULT '[]',     -- JSON array of {area, note}
  readiness TEXT,                             -- JSON {answeredOn, answers, clearanceReceivedOn}
  weight_goal TEXT,                           -- JSON {targetKg, weeklyRate: {amount, unit}}
  medical_clearance_needed INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  is_sample INTEGER NOT NULL DEFAULT 0,
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX clients_by_name ON clients (sort_name);
CREATE INDEX clients_active_by_name ON clients (sort_name) WHERE archived_at IS NULL;
CREATE INDEX clients_by_updated ON clients (updated_at);

-- Search as you type: a trigram index finds any part of a name, email, phone, tag or goal.
CREATE VIRTUAL TABLE clients_search USING fts5 (client_id UNINDEXED, doc, tokenize = 'trigram');

CREATE TABLE settings (
  id TEXT PRIMARY KEY,                -- the settings section: trainer, units, paperSize, firstDayOfWeek
  value TEXT NOT NULL,                -- JSON
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE tombstones (
  id TEXT PRIMARY KEY,                -- the id of the erased record
  entity TEXT NOT NULL,               -- e.g. 'client'
  deleted_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

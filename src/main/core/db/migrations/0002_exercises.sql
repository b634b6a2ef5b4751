-- The exercise library: built-ins (seeded from the app, keyed by a stable builtin_key) and the trainer's own.

CREATE TABLE exercises (
  id TEXT PRIMARY KEY,
  search_key INTEGER NOT NULL UNIQUE, -- local key of the row in exercises_search (not synced; rebuilt from content)
  builtin_key TEXT UNIQUE,            -- stable slug of a built-in; NULL for the trainer's own exercises
  builtin_hash TEXT,                  -- content hash of the shipped version, so a new app version can update it
  based_on_id TEXT,                   -- the exercise this one was duplicated from
  name TEXT NOT NULL,
  sort_name TEXT NOT NULL,
  category TEXT NOT NULL,
  pattern TEXT NOT NULL,
  level TEXT NOT NULL,
  level_rank INTEGER NOT NULL,        -- 1 beginner, 2 intermediate, 3 advanced (for "fits this client")
  setting TEXT NOT NULL,
  muscle_groups TEXT NOT NULL,        -- JSON array of display groups, primary first (list rows read it without parsing content)
  equipment TEXT NOT NULL,            -- JSON array of equipment ids
  hidden_at TEXT,                     -- a hidden built-in stays out of lists until shown again
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  content TEXT NOT NULL               -- JSON: the whole ExerciseContent; last, so list queries never read past it
) STRICT;
CREATE INDEX exercises_by_name ON exercises (sort_name);

-- One row per muscle an exercise works (link table with its own id, for sync).
CREATE TABLE exercise_muscles (
  id TEXT PRIMARY KEY,
  exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  muscle TEXT NOT NULL,
  muscle_group TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('primary', 'secondary')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX exercise_muscles_by_group ON exercise_muscles (muscle_group, exercise_id);
CREATE INDEX exercise_muscles_by_exercise ON exercise_muscles (exercise_id);

CREATE TABLE exercise_equipment (
  id TEXT PRIMARY KEY,
  exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  equipment TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX exercise_equipment_by_item ON exercise_equipment (equipment, exercise_id);
CREATE INDEX exercise_equipment_by_exercise ON exercise_equipment (exercise_id);

-- Limitation areas an exercise carries a caution for (knee, lower-back, balance, ...).
CREATE TABLE exercise_cautions (
  id TEXT PRIMARY KEY,
  exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  area TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX exercise_cautions_by_exercise ON exercise_cautions (exercise_id);

CREATE TABLE exercise_images (
  id TEXT PRIMARY KEY,
  exercise_id TEXT NOT NULL UNIQUE REFERENCES exercises (id) ON DELETE CASCADE,
  mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Search as you type over names, aliases, muscles and cues. Contentless (the text lives in exercises),
-- keyed by exercises.search_key, so a search reads only the index.
CREATE VIRTUAL TABLE exercises_search USING fts5 (
  name, aliases, muscles, cues,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TABLE app_meta (
  id TEXT PRIMARY KEY,                -- e.g. 'library.hash'
  value TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Progress tracking: session logs (entries and sets), pain flags, measurement types and values.
-- A log outlives its program: program and dated-session links go NULL when those are deleted or rebuilt.
-- log_entries carries each exercise's figures for the session (best set, e1RM, volume, records), copied
-- from its sets at save, with the client, exercise and date beside them, so per-exercise series and the
-- progress page read one index range instead of every set.

CREATE TABLE session_logs (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  program_id TEXT REFERENCES programs (id) ON DELETE SET NULL,
  scheduled_session_id TEXT REFERENCES scheduled_sessions (id) ON DELETE SET NULL,
  program_session_id TEXT,                         -- the sheet it followed (a record, not a link: sessions are rebuilt)
  week_number INTEGER CHECK (week_number BETWEEN 1 AND 52),
  title TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,                              -- YYYY-MM-DD
  start_time TEXT,                                 -- HH:MM
  duration_minutes INTEGER,
  effort INTEGER CHECK (effort BETWEEN 1 AND 10),  -- session RPE
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX session_logs_by_client ON session_logs (client_id, date);
CREATE INDEX session_logs_by_date ON session_logs (date);
CREATE UNIQUE INDEX session_logs_one_per_scheduled ON session_logs (scheduled_session_id) WHERE scheduled_session_id IS NOT NULL;

CREATE TABLE log_entries (
  id TEXT PRIMARY KEY,
  log_id TEXT NOT NULL REFERENCES session_logs (id) ON DELETE CASCADE,
  client_id TEXT NOT NULL,                         -- copied from the log (series index)
  date TEXT NOT NULL,                              -- copied from the log (series index)
  position INTEGER NOT NULL,
  exercise_id TEXT NOT NULL REFERENCES exercises (id),
  item_id TEXT,                                    -- the program item it was prescribed by (a record, not a link)
  label TEXT,                                      -- A1, A2...
  notes TEXT NOT NULL DEFAULT '',
  sets_done INTEGER NOT NULL,
  best_set_id TEXT,                                -- the best done set by the exercise's measure
  best_load_kg REAL,
  best_reps INTEGER,                               -- most reps in one done set without a load (bodyweight)
  best_other REAL,                                 -- longest hold (s), duration (s) or distance (m)
  e1rm_kg REAL,                                    -- best Epley estimate from a set of 1-10 reps with a load
  volume_kg REAL NOT NULL,                         -- sum of reps x load over done sets
  records INTEGER NOT NULL DEFAULT 0,              -- bit set of the personal records this entry set (see logs/records.ts)
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX log_entries_by_log ON log_entries (log_id, position);
CREATE INDEX log_entries_series ON log_entries (client_id, exercise_id, date, log_id, e1rm_kg, best_load_kg, best_reps, best_other, volume_kg, sets_done, records);
CREATE INDEX log_entries_by_exercise ON log_entries (exercise_id);

CREATE TABLE log_sets (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL REFERENCES log_entries (id) ON DELETE CASCADE,
  log_id TEXT NOT NULL,                            -- copied from the entry, to read a log's sets in one range
  position INTEGER NOT NULL,
  target TEXT,                                     -- JSON: the week's target when the log was prefilled
  reps INTEGER,
  load_kg REAL,
  hold_seconds INTEGER,
  duration_seconds INTEGER,
  distance_m REAL,
  rpe REAL,
  status TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX log_sets_by_log ON log_sets (log_id, entry_id, position);
CREATE INDEX log_sets_by_entry ON log_sets (entry_id);

-- Pain flagged on a set or on the whole session: an alert until the trainer resolves it.
CREATE TABLE pain_flags (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  log_id TEXT NOT NULL REFERENCES session_logs (id) ON DELETE CASCADE,
  set_id TEXT REFERENCES log_sets (id) ON DELETE CASCADE, -- NULL: the session as a whole
  area TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  resolved_at TEXT,
  resolution_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX pain_flags_open ON pain_flags (resolved_at, client_id);
CREATE INDEX pain_flags_by_client ON pain_flags (client_id, created_at);
CREATE INDEX pain_flags_by_log ON pain_flags (log_id);
CREATE UNIQUE INDEX pain_flags_one_per_set ON pain_flags (set_id) WHERE set_id IS NOT NULL;

CREATE TABLE measurement_types (
  id TEXT PRIMARY KEY,
  builtin_key TEXT UNIQUE,                         -- NULL for the trainer's own
  name TEXT NOT NULL,
  unit_kind TEXT NOT NULL CHECK (unit_kind IN ('mass', 'length', 'percent', 'heart-rate', 'seconds', 'count')),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE measurements (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  type_id TEXT NOT NULL REFERENCES measurement_types (id),
  date TEXT NOT NULL,
  value REAL NOT NULL,                             -- canonical unit of the type's kind: kg, cm, %, bpm, s
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX measurements_by_client ON measurements (client_id, type_id, date);
CREATE INDEX measurements_by_type ON measurements (type_id);

-- Training programs: templates (no client) and clients' programs, their weeks, sessions and items,
-- and the dated sessions an assigned program gives its client.
-- Normalised so a future sync merges row by row; lineage_id ties "the same" session or item across
-- weeks (week copies keep it), so a printed plan can show one row per item with every week's target.

CREATE TABLE programs (
  id TEXT PRIMARY KEY,
  client_id TEXT REFERENCES clients (id),          -- NULL for a template
  is_template INTEGER NOT NULL CHECK (is_template IN (0, 1)),
  builtin_key TEXT UNIQUE,                         -- stable key of a built-in template; NULL otherwise
  builtin_hash TEXT,                               -- content hash of the shipped version, so a new app version can update it
  source_id TEXT,                                  -- the program it was copied from (a record of origin, not a link)
  name TEXT NOT NULL,
  sort_name TEXT NOT NULL,                         -- folded name for sorting and search
  goal TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
  description TEXT NOT NULL DEFAULT '',
  sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),
  status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed')),
  start_date TEXT,                                 -- YYYY-MM-DD, once assigned
  weekdays TEXT,                                   -- JSON array of ISO weekdays (1 = Monday) the sessions go on
  revision INTEGER NOT NULL,                       -- bumped by every save; a stale save is refused
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((is_template = 1) = (client_id IS NULL))
) STRICT;
CREATE INDEX programs_by_client ON programs (client_id, status);
CREATE INDEX programs_by_name ON programs (is_template, sort_name);

CREATE TABLE program_weeks (
  id TEXT PRIMARY KEY,
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,                       -- 0 = week 1
  phase TEXT NOT NULL DEFAULT '',                  -- e.g. 'Muscular endurance'
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX program_weeks_by_program ON program_weeks (program_id, position);

CREATE TABLE program_sessions (
  id TEXT PRIMARY KEY,
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  week_id TEXT NOT NULL REFERENCES program_weeks (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  weekday INTEGER CHECK (weekday BETWEEN 1 AND 7), -- a fixed weekday, or NULL to follow the assignment's weekdays
  lineage_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX program_sessions_by_program ON program_sessions (program_id);
CREATE INDEX program_sessions_by_week ON program_sessions (week_id, position);

CREATE TABLE program_items (
  id TEXT PRIMARY KEY,
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES program_sessions (id) ON DELETE CASCADE,
  block TEXT NOT NULL CHECK (block IN ('warm-up', 'main', 'cool-down')),
  position INTEGER NOT NULL,                       -- order within the session, blocks in order
  exercise_id TEXT NOT NULL REFERENCES exercises (id),
  group_label TEXT,                                -- superset/circuit letter; labels A1, A2 are derived
  group_kind TEXT CHECK (group_kind IN ('superset', 'circuit')),
  prescription TEXT NOT NULL,                      -- JSON: sets, reps, per side, hold, duration, distance, load, tempo, rest, notes
  lineage_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX program_items_by_program ON program_items (program_id);
CREATE INDEX program_items_by_session ON program_items (session_id, position);
CREATE INDEX program_items_by_exercise ON program_items (exercise_id);

-- The client's dated sessions. Past ones are history and are kept when a program is rescheduled
-- or edited; program_session_id goes NULL if that session is later removed from the program.
CREATE TABLE scheduled_sessions (
  id TEXT PRIMARY KEY,
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  client_id TEXT NOT NULL REFERENCES clients (id),
  program_session_id TEXT REFERENCES program_sessions (id) ON DELETE SET NULL,
  date TEXT NOT NULL,                              -- YYYY-MM-DD
  week_number INTEGER NOT NULL,                    -- 1-based week of the program
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX scheduled_sessions_by_client ON scheduled_sessions (client_id, date);
CREATE INDEX scheduled_sessions_by_program ON scheduled_sessions (program_id, date);
CREATE INDEX scheduled_sessions_by_date ON scheduled_sessions (date);
CREATE INDEX scheduled_sessions_by_session ON scheduled_sessions (program_session_id);

-- The Today page at studio scale (thousands of sessions on one weekday), and the client and program
-- lists: each is read in the order it is shown straight off an index, so a capped list reads only what it
-- shows and a count reads only index entries. Facts the Today lists sort and filter on live in other tables,
-- so copies are kept beside each row by triggers, whatever the writer and in whichever order rows arrive
-- (as in 0005, 0007).

-- scheduled_sessions.client_sort: the client's sort_name. is_active: 1 when the session belongs on the
-- dashboard: its client is not archived and its program is active and not archived.
ALTER TABLE scheduled_sessions ADD COLUMN client_sort TEXT;
ALTER TABLE scheduled_sessions ADD COLUMN is_active INTEGER NOT NULL DEFAULT 0;

UPDATE scheduled_sessions SET client_sort = c.sort_name,
  is_active = (c.archived_at IS NULL AND p.status IS 'active' AND p.archived_at IS NULL)
FROM clients c, programs p WHERE c.id = scheduled_sessions.client_id AND p.id = scheduled_sessions.program_id;

-- The copies are worked out in one trigger, for a session whose client or program is set. The others
-- only name the sessions concerned (SET client_id = client_id) to wake it.
CREATE TRIGGER scheduled_sessions_copies AFTER UPDATE OF client_id, program_id ON scheduled_sessions
BEGIN
  UPDATE scheduled_sessions SET
    client_sort = (SELECT c.sort_name FROM clients c WHERE c.id = NEW.client_id),
    is_active = coalesce((SELECT c.archived_at IS NULL FROM clients c WHERE c.id = NEW.client_id), 0)
      AND coalesce((SELECT p.status IS 'active' AND p.archived_at IS NULL FROM programs p WHERE p.id = NEW.program_id), 0)
  WHERE id = NEW.id;
END;

CREATE TRIGGER scheduled_sessions_copies_on_insert AFTER INSERT ON scheduled_sessions
BEGIN
  UPDATE scheduled_sessions SET client_id = client_id WHERE id = NEW.id;
END;

-- A client renamed, archived or restored, or arriving after its sessions (as a row-by-row copy may do).
CREATE TRIGGER clients_copies_to_scheduled AFTER UPDATE OF sort_name, archived_at ON clients
WHEN OLD.sort_name IS NOT NEW.sort_name OR (OLD.archived_at IS NULL) IS NOT (NEW.archived_at IS NULL)
BEGIN
  UPDATE scheduled_sessions SET client_id = client_id WHERE client_id = NEW.id;
END;

CREATE TRIGGER clients_copies_on_insert AFTER INSERT ON clients
BEGIN
  UPDATE scheduled_sessions SET client_id = client_id WHERE client_id = NEW.id;
END;

-- A program started, completed, put back to draft, archived or restored, or arriving after its sessions.
CREATE TRIGGER programs_copies_to_scheduled AFTER UPDATE OF status, archived_at ON programs
WHEN (OLD.status IS 'active' AND OLD.archived_at IS NULL) IS NOT (NEW.status IS 'active' AND NEW.archived_at IS NULL)
BEGIN
  UPDATE scheduled_sessions SET program_id = program_id WHERE program_id = NEW.id;
END;

CREATE TRIGGER programs_copies_on_insert AFTER INSERT ON programs
BEGIN
  UPDATE scheduled_sessions SET program_id = program_id WHERE program_id = NEW.id;
END;

-- The day's sessions by client name, with log_id in the entries so the day's logged count is read
-- from the index alone; the missed ones newest day first, then by client name.
CREATE INDEX scheduled_sessions_on_day ON scheduled_sessions (date, client_sort, id, log_id) WHERE is_active = 1;
CREATE INDEX scheduled_sessions_missed ON scheduled_sessions (date DESC, client_sort, id) WHERE is_active = 1 AND log_id IS NULL;
DROP INDEX scheduled_sessions_unlogged;

-- log_entries.prev_*: the client's best figures for the exercise in all earlier sessions (ordered by
-- date, then log id), kept on the entries that set a record (records != 0; NULL elsewhere) so a
-- record shows what it beat without a scan of the exercise's history. logs/records.ts keeps them
-- whenever it recomputes the record bits.
ALTER TABLE log_entries ADD COLUMN prev_e1rm_kg REAL;
ALTER TABLE log_entries ADD COLUMN prev_best_load_kg REAL;
ALTER TABLE log_entries ADD COLUMN prev_best_reps INTEGER;
ALTER TABLE log_entries ADD COLUMN prev_best_other REAL;

UPDATE log_entries SET prev_e1rm_kg = w.e1rm_kg, prev_best_load_kg = w.best_load_kg, prev_best_reps = w.best_reps, prev_best_other = w.best_other
FROM (
  SELECT id, max(e1rm_kg) OVER earlier AS e1rm_kg, max(best_load_kg) OVER earlier AS best_load_kg,
    max(best_reps) OVER earlier AS best_reps, max(best_other) OVER earlier AS best_other
  FROM log_entries
  WINDOW earlier AS (PARTITION BY client_id, exercise_id ORDER BY date, log_id GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
) w
WHERE w.id = log_entries.id AND log_entries.records != 0;

-- Lists read in the order they are shown, with what they filter on in the index entries, so a first
-- page reads about a page of entries and a count reads only a small index, never the rows.
-- The active clients by name (id breaks ties; archived_at answers the filter from the index).
DROP INDEX clients_active_by_name;
CREATE INDEX clients_active_by_name ON clients (sort_name, id, archived_at) WHERE archived_at IS NULL;
-- The same for the Archived filter (a few % of clients).
CREATE INDEX clients_archived_by_name ON clients (sort_name, id, archived_at) WHERE archived_at IS NOT NULL;
-- programs.list: active first, then by name (studio, 20,000 programs: 12.6 ms -> 0.35 ms for a page).
CREATE INDEX programs_listed ON programs (is_template, status = 'active' DESC, sort_name, id, archived_at, status);
-- programs.get reads a program's sessions and items in position order: no sort. Same leading column,
-- so cascades and counts still use them.
DROP INDEX program_items_by_program;
CREATE INDEX program_items_by_program ON program_items (program_id, position);
DROP INDEX program_sessions_by_program;
CREATE INDEX program_sessions_by_program ON program_sessions (program_id, position);

-- The Today page at scale: each of its lists is read from an index holding only what it shows, so its
-- cost follows the day (its sessions, its misses, its few programs ending) rather than the clients or
-- the years of logs. Two facts the lists filter on live in other tables, so a copy of each is kept
-- beside the row by triggers (whatever the writer, in whichever order rows come, as in 0005).

-- scheduled_sessions.log_id: the log recording the dated session (session_logs.scheduled_session_id
-- is the truth; at most one log per session). Missed sessions are then the ones without it.
ALTER TABLE scheduled_sessions ADD COLUMN log_id TEXT;
UPDATE scheduled_sessions SET log_id = (SELECT l.id FROM session_logs l WHERE l.scheduled_session_id = scheduled_sessions.id)
WHERE id IN (SELECT scheduled_session_id FROM session_logs WHERE scheduled_session_id IS NOT NULL);
CREATE INDEX scheduled_sessions_unlogged ON scheduled_sessions (date) WHERE log_id IS NULL;

CREATE TRIGGER scheduled_sessions_log_on_insert AFTER INSERT ON scheduled_sessions
WHEN NEW.log_id IS NOT (SELECT l.id FROM session_logs l WHERE l.scheduled_session_id = NEW.id)
BEGIN
  UPDATE scheduled_sessions SET log_id = (SELECT l.id FROM session_logs l WHERE l.scheduled_session_id = NEW.id) WHERE id = NEW.id;
END;

CREATE TRIGGER session_logs_link_scheduled AFTER INSERT ON session_logs
WHEN NEW.scheduled_session_id IS NOT NULL
BEGIN
  UPDATE scheduled_sessions SET log_id = NEW.id WHERE id = NEW.scheduled_session_id;
END;

CREATE TRIGGER session_logs_relink_scheduled AFTER UPDATE OF id, scheduled_session_id ON session_logs
BEGIN
  UPDATE scheduled_sessions SET log_id = NULL WHERE id = OLD.scheduled_session_id AND log_id = OLD.id;
  UPDATE scheduled_sessions SET log_id = NEW.id WHERE id = NEW.scheduled_session_id;
END;

CREATE TRIGGER session_logs_unlink_scheduled AFTER DELETE ON session_logs
WHEN OLD.scheduled_session_id IS NOT NULL
BEGIN
  UPDATE scheduled_sessions SET log_id = NULL WHERE id = OLD.scheduled_session_id AND log_id = OLD.id;
END;

-- programs.end_date: the last day of an assigned program (start + weeks x 7 - 1, as programEndDate),
-- NULL without a start or without weeks. "Ending soon" is then a range of a small partial index.
-- One trigger works it out; the others only name the program (SET end_date = end_date) to wake it.
ALTER TABLE programs ADD COLUMN end_date TEXT;

CREATE TRIGGER programs_end_date AFTER UPDATE OF start_date, end_date ON programs
BEGIN
  UPDATE programs SET end_date = (SELECT CASE WHEN NEW.start_date IS NOT NULL AND count(*) > 0 THEN date(NEW.start_date, '+' || (count(*) * 7 - 1) || ' days') END
    FROM program_weeks w WHERE w.program_id = NEW.id)
  WHERE id = NEW.id AND end_date IS NOT (SELECT CASE WHEN NEW.start_date IS NOT NULL AND count(*) > 0 THEN date(NEW.start_date, '+' || (count(*) * 7 - 1) || ' days') END
    FROM program_weeks w WHERE w.program_id = NEW.id);
END;

CREATE TRIGGER programs_end_on_insert AFTER INSERT ON programs
BEGIN
  UPDATE programs SET end_date = end_date WHERE id = NEW.id;
END;

CREATE TRIGGER program_weeks_end_on_insert AFTER INSERT ON program_weeks
BEGIN
  UPDATE programs SET end_date = end_date WHERE id = NEW.program_id;
END;

CREATE TRIGGER program_weeks_end_on_delete AFTER DELETE ON program_weeks
BEGIN
  UPDATE programs SET end_date = end_date WHERE id = OLD.program_id;
END;

CREATE TRIGGER program_weeks_end_on_move AFTER UPDATE OF program_id ON program_weeks
BEGIN
  UPDATE programs SET end_date = end_date WHERE id IN (OLD.program_id, NEW.program_id);
END;

UPDATE programs SET end_date = end_date WHERE start_date IS NOT NULL;
CREATE INDEX programs_active_by_end ON programs (end_date) WHERE status = 'active' AND archived_at IS NULL;

-- Clients the trainer must get a medical clearance for: a handful, read by name.
CREATE INDEX clients_needing_clearance ON clients (sort_name) WHERE medical_clearance_needed = 1 AND archived_at IS NULL;

-- log_entries.client_id and .date, and log_sets.log_id, are copies of their parent log's, kept beside
-- the figures so the series index answers alone. Anything that writes rows without the progress code
-- (a client file imported twice gets new ids throughout) would leave those copies pointing at the old
-- rows; these triggers take them from the parent whatever the writer, in whichever order the rows come.
-- best_set_id stays as written at save, but readers rank the entry's own sets (it too could be stale).

CREATE TRIGGER log_entries_copy_from_log AFTER INSERT ON log_entries
WHEN EXISTS (SELECT 1 FROM session_logs l WHERE l.id = NEW.log_id AND (l.client_id != NEW.client_id OR l.date != NEW.date))
BEGIN
  UPDATE log_entries SET client_id = (SELECT client_id FROM session_logs WHERE id = NEW.log_id),
    date = (SELECT date FROM session_logs WHERE id = NEW.log_id) WHERE id = NEW.id;
END;

CREATE TRIGGER session_logs_copy_to_entries AFTER INSERT ON session_logs
BEGIN
  UPDATE log_entries SET client_id = NEW.client_id, date = NEW.date WHERE log_id = NEW.id AND (client_id != NEW.client_id OR date != NEW.date);
END;

CREATE TRIGGER session_logs_moved AFTER UPDATE OF client_id, date ON session_logs
BEGIN
  UPDATE log_entries SET client_id = NEW.client_id, date = NEW.date WHERE log_id = NEW.id AND (client_id != NEW.client_id OR date != NEW.date);
END;

CREATE TRIGGER log_sets_copy_from_entry AFTER INSERT ON log_sets
WHEN EXISTS (SELECT 1 FROM log_entries e WHERE e.id = NEW.entry_id AND e.log_id != NEW.log_id)
BEGIN
  UPDATE log_sets SET log_id = (SELECT log_id FROM log_entries WHERE id = NEW.entry_id) WHERE id = NEW.id;
END;

CREATE TRIGGER log_entries_copy_to_sets AFTER INSERT ON log_entries
BEGIN
  UPDATE log_sets SET log_id = NEW.log_id WHERE entry_id = NEW.id AND log_id != NEW.log_id;
END;

-- The Today page's recent records: entries that set a record, newest first, across clients. Without
-- this, SQLite walked the series index for every client and exercise and sorted (156 ms on a
-- 1,000,000-set store); the partial index holds only the few entries that set a record.
CREATE INDEX log_entries_records_by_date ON log_entries (date, log_id) WHERE records != 0;

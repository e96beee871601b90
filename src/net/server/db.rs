//! The class's state on disk: one SQLite file (`DIR/class.sqlite`) in WAL mode. It holds the
//! teacher's key and class settings, every table (its scenario files, seed and seats) and
//! every move, one transaction per move. The live state is never stored: the engine is
//! deterministic, so scenario text + seed + moves rebuild every table after a crash.

use crate::engine::agents::Remark;
use crate::engine::play::game::Rules;
use crate::engine::play::moves::TurnSpec;
use crate::engine::play::side::Side;
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;

/// The schema version this build writes; a newer database is refused rather than damaged.
const SCHEMA_VERSION: i64 = 4;

/// The first schema; later versions are reached from it by `MIGRATIONS`, so a new class and
/// last term's class end up with the same tables.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Scenario files by content digest: a class's tables share one copy.
CREATE TABLE IF NOT EXISTS scenario_files (digest TEXT PRIMARY KEY, files TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tables (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    scenario_id TEXT NOT NULL,
    digest TEXT NOT NULL REFERENCES scenario_files(digest),
    seed INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    extra_secs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS seats (
    table_id INTEGER NOT NULL REFERENCES tables(id),
    side TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,
    level TEXT,
    token TEXT NOT NULL UNIQUE,
    PRIMARY KEY (table_id, side)
);
CREATE TABLE IF NOT EXISTS moves (
    table_id INTEGER NOT NULL REFERENCES tables(id),
    n INTEGER NOT NULL,
    side TEXT NOT NULL,
    turn TEXT NOT NULL,
    note TEXT,
    at INTEGER NOT NULL,
    PRIMARY KEY (table_id, n)
);
";

/// The changes from each schema version to the next, in order (index 0 takes version 1 to 2).
const MIGRATIONS: &[&str] = &[
    // 2: a student seat still empty this many seconds after the other seat was taken goes
    // to the computer (NULL: never); when each seat was taken, and when one was handed over
    // so (the dashboard says so); when the teacher opened a seat again for its student.
    "ALTER TABLE tables ADD COLUMN empty_seat_secs INTEGER;
     ALTER TABLE seats ADD COLUMN joined_at INTEGER;
     ALTER TABLE seats ADD COLUMN auto_at INTEGER;
     ALTER TABLE seats ADD COLUMN opened_at INTEGER;",
    // 3: what a computer delegation said with a move, as a remark (JSON) each reader's
    // language writes out; its English words were kept in `note` before.
    "ALTER TABLE moves ADD COLUMN said TEXT;",
    // 4: the rules the table is played by (`Rules`, by name), so that a table replays as it
    // was played after the rules change; NULL for a table stored before this column.
    "ALTER TABLE tables ADD COLUMN rules TEXT;",
];

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("a stored value is damaged: {0}")]
    Damaged(String),
    #[error(
        "this class database was written by a newer version (schema {0}; this version reads up to {SCHEMA_VERSION})"
    )]
    Newer(i64),
}

/// A seat as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SeatRow {
    pub side: Side,
    /// "student", "computer" or "agent".
    pub kind: String,
    pub name: Option<String>,
    /// A computer seat's level id (none: the delegate's default persona).
    pub level: Option<String>,
    pub token: String,
    /// When a student or agent took the seat (unix seconds).
    pub joined_at: Option<i64>,
    /// When the seat, left empty, was handed to the computer by the class's own clock.
    pub auto_at: Option<i64>,
    /// When the teacher last opened the seat again for a student to join anew.
    pub opened_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct TableRow {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub scenario_id: String,
    pub digest: String,
    pub seed: u64,
    pub created_at: i64,
    pub extra_secs: i64,
    /// A student seat still empty this long after the other seat was taken goes to the
    /// computer; none: it waits for the teacher.
    pub empty_seat_secs: Option<u32>,
    /// The rules it is played by; none for a table stored before they were kept.
    pub rules: Option<Rules>,
    pub seats: [SeatRow; 2],
    pub moves: Vec<MoveRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MoveRow {
    pub side: Side,
    pub turn: TurnSpec,
    /// Words a student wrote with the move.
    pub note: Option<String>,
    /// What a computer delegation said with it, written out in each reader's language.
    pub said: Option<Remark>,
    pub at: i64,
}

pub struct Db {
    conn: Connection,
}

impl Db {
    pub fn open(path: &Path) -> Result<Db, DbError> {
        let conn = Connection::open(path)?;
        Db::prepare(conn)
    }

    #[cfg(test)]
    pub fn in_memory() -> Result<Db, DbError> {
        Db::prepare(Connection::open_in_memory()?)
    }

    fn prepare(conn: Connection) -> Result<Db, DbError> {
        // WAL: a crash loses at most the transaction being written; NORMAL sync is safe with
        // WAL (a power cut may lose the last moves, never corrupt the file) and keeps a move's
        // commit well under a millisecond.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(DbError::Newer(version));
        }
        conn.execute_batch(SCHEMA)?;
        // Version 0 is a file just made, with the first schema now in it.
        for (from, migration) in MIGRATIONS.iter().enumerate().skip((version.max(1) - 1) as usize) {
            let to = from as i64 + 2;
            conn.execute_batch(&format!("BEGIN; {migration} PRAGMA user_version = {to}; COMMIT;"))?;
        }
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        // Reads every table once: a file that is not a database fails here, at start.
        conn.query_row("SELECT count(*) FROM tables", [], |r| r.get::<_, i64>(0))?;
        Ok(Db { conn })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, DbError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), DbError> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2",
            params![key, value],
        )?;
        Ok(())
    }

    /// Creates a table with its seats; returns its id. The scenario files are stored once
    /// per digest.
    pub fn insert_table(&mut self, table: &TableRow, files: &[(String, String)]) -> Result<i64, DbError> {
        let tx = self.conn.transaction()?;
        let files_json = serde_json::to_string(files).map_err(|e| DbError::Damaged(e.to_string()))?;
        tx.execute(
            "INSERT OR IGNORE INTO scenario_files (digest, files) VALUES (?1, ?2)",
            params![table.digest, files_json],
        )?;
        tx.execute(
            "INSERT INTO tables (name, code, scenario_id, digest, seed, created_at, extra_secs, empty_seat_secs, rules)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8)",
            params![
                table.name,
                table.code,
                table.scenario_id,
                table.digest,
                table.seed as i64,
                table.created_at,
                table.empty_seat_secs,
                table.rules.map(rules_name)
            ],
        )?;
        let id = tx.last_insert_rowid();
        for seat in &table.seats {
            tx.execute(
                "INSERT INTO seats (table_id, side, kind, name, level, token) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, seat.side.name(), seat.kind, seat.name, seat.level, seat.token],
            )?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Records move `n` (counted from 0) and starts the next turn's clock afresh.
    pub fn insert_move(&mut self, table: i64, n: usize, row: &MoveRow) -> Result<(), DbError> {
        let turn = serde_json::to_string(&row.turn).map_err(|e| DbError::Damaged(e.to_string()))?;
        let said = row
            .said
            .map(|remark| serde_json::to_string(&remark))
            .transpose()
            .map_err(|e| DbError::Damaged(e.to_string()))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO moves (table_id, n, side, turn, note, said, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![table, n as i64, row.side.name(), turn, row.note, said, row.at],
        )?;
        tx.execute("UPDATE tables SET extra_secs = 0 WHERE id = ?1", [table])?;
        tx.commit()?;
        Ok(())
    }

    /// A seat's new token, with the rest of its row (a seat opened again for its student).
    pub fn replace_seat(&self, table: i64, seat: &SeatRow) -> Result<(), DbError> {
        self.conn.execute(
            "UPDATE seats SET token = ?3 WHERE table_id = ?1 AND side = ?2",
            params![table, seat.side.name(), seat.token],
        )?;
        self.update_seat(table, seat)
    }

    pub fn update_seat(&self, table: i64, seat: &SeatRow) -> Result<(), DbError> {
        self.conn.execute(
            "UPDATE seats SET kind = ?3, name = ?4, level = ?5, joined_at = ?6, auto_at = ?7, opened_at = ?8
             WHERE table_id = ?1 AND side = ?2",
            params![
                table,
                seat.side.name(),
                seat.kind,
                seat.name,
                seat.level,
                seat.joined_at,
                seat.auto_at,
                seat.opened_at
            ],
        )?;
        Ok(())
    }

    /// The rules a table stored without them was found to replay by, kept so that it is
    /// worked out only once.
    pub fn set_rules(&self, table: i64, rules: Rules) -> Result<(), DbError> {
        self.conn.execute(
            "UPDATE tables SET rules = ?2 WHERE id = ?1",
            params![table, rules_name(rules)],
        )?;
        Ok(())
    }

    pub fn set_extra_secs(&self, table: i64, secs: i64) -> Result<(), DbError> {
        self.conn
            .execute("UPDATE tables SET extra_secs = ?2 WHERE id = ?1", params![table, secs])?;
        Ok(())
    }

    pub fn files(&self, digest: &str) -> Result<Vec<(String, String)>, DbError> {
        let json: String =
            self.conn
                .query_row("SELECT files FROM scenario_files WHERE digest = ?1", [digest], |r| {
                    r.get(0)
                })?;
        serde_json::from_str(&json).map_err(|e| DbError::Damaged(format!("scenario files {digest}: {e}")))
    }

    /// Every table with its seats and moves, in the order they were created.
    pub fn tables(&self) -> Result<Vec<TableRow>, DbError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, code, scenario_id, digest, seed, created_at, extra_secs, empty_seat_secs, rules
             FROM tables ORDER BY id",
        )?;
        let heads = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                    r.get::<_, i64>(7)?,
                    r.get::<_, Option<u32>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        heads
            .into_iter()
            .map(
                |(id, name, code, scenario_id, digest, seed, created_at, extra_secs, empty_seat_secs, rules)| {
                    let rules = rules
                        .map(|name| {
                            rules_named(&name)
                                .ok_or_else(|| DbError::Damaged(format!("table {id}: no rules are called {name:?}")))
                        })
                        .transpose()?;
                    Ok(TableRow {
                        id,
                        name,
                        code,
                        scenario_id,
                        digest,
                        seed: seed as u64,
                        created_at,
                        extra_secs,
                        empty_seat_secs,
                        rules,
                        seats: self.seats(id)?,
                        moves: self.moves(id)?,
                    })
                },
            )
            .collect()
    }

    fn seats(&self, table: i64) -> Result<[SeatRow; 2], DbError> {
        let mut stmt = self.conn.prepare(
            "SELECT side, kind, name, level, token, joined_at, auto_at, opened_at FROM seats WHERE table_id = ?1",
        )?;
        let rows = stmt
            .query_map([table], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<i64>>(5)?,
                    r.get::<_, Option<i64>>(6)?,
                    r.get::<_, Option<i64>>(7)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let seat = |want: Side| -> Result<SeatRow, DbError> {
            let (_, kind, name, level, token, joined_at, auto_at, opened_at) = rows
                .iter()
                .find(|(side, ..)| Side::parse(side) == Some(want))
                .cloned()
                .ok_or_else(|| DbError::Damaged(format!("table {table} has no {want} seat")))?;
            Ok(SeatRow {
                side: want,
                kind,
                name,
                level,
                token,
                joined_at,
                auto_at,
                opened_at,
            })
        };
        Ok([seat(Side::Japan)?, seat(Side::Russia)?])
    }

    fn moves(&self, table: i64) -> Result<Vec<MoveRow>, DbError> {
        let mut stmt = self
            .conn
            .prepare("SELECT n, side, turn, note, said, at FROM moves WHERE table_id = ?1 ORDER BY n")?;
        let rows = stmt
            .query_map([table], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(5)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .enumerate()
            .map(|(i, (n, side, turn, note, said, at))| {
                let damaged = |what: &str| DbError::Damaged(format!("table {table}, move {n}: {what}"));
                if n != i as i64 {
                    return Err(damaged("moves are missing before it"));
                }
                Ok(MoveRow {
                    side: Side::parse(&side).ok_or_else(|| damaged("no such side"))?,
                    turn: serde_json::from_str(&turn).map_err(|e| damaged(&e.to_string()))?,
                    note,
                    said: said
                        .map(|s| serde_json::from_str(&s))
                        .transpose()
                        .map_err(|e| damaged(&e.to_string()))?,
                    at,
                })
            })
            .collect()
    }
}

/// The name a table's rules are stored by: the same as in a save file.
fn rules_name(rules: Rules) -> &'static str {
    match rules {
        Rules::AnswersBeforeNews => "AnswersBeforeNews",
        Rules::NewsFirst => "NewsFirst",
    }
}

fn rules_named(name: &str) -> Option<Rules> {
    [Rules::AnswersBeforeNews, Rules::NewsFirst]
        .into_iter()
        .find(|&rules| rules_name(rules) == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seat(side: Side, token: &str) -> SeatRow {
        SeatRow {
            side,
            kind: "student".into(),
            name: None,
            level: None,
            token: token.into(),
            joined_at: None,
            auto_at: None,
            opened_at: None,
        }
    }

    #[test]
    fn tables_seats_and_moves_read_back_as_written() {
        let mut db = Db::in_memory().unwrap();
        let row = TableRow {
            id: 0,
            name: "Table 1".into(),
            code: "ABCD".into(),
            scenario_id: "s".into(),
            digest: "00ff".into(),
            seed: u64::MAX,
            created_at: 5,
            extra_secs: 0,
            empty_seat_secs: Some(300),
            rules: Some(Rules::NewsFirst),
            seats: [seat(Side::Japan, "t1"), seat(Side::Russia, "t2")],
            moves: vec![],
        };
        let files = vec![("a.ron".to_string(), "text".to_string())];
        let id = db.insert_table(&row, &files).unwrap();
        let m = MoveRow {
            side: Side::Japan,
            turn: TurnSpec {
                break_off: true,
                ..TurnSpec::default()
            },
            note: Some("why".into()),
            said: None,
            at: 9,
        };
        db.insert_move(id, 0, &m).unwrap();
        let mut named = seat(Side::Russia, "t2");
        named.name = Some("Boris".into());
        named.joined_at = Some(7);
        named.auto_at = Some(8);
        db.update_seat(id, &named).unwrap();
        let back = db.tables().unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].seed, u64::MAX);
        assert_eq!(back[0].empty_seat_secs, Some(300));
        assert_eq!(back[0].rules, Some(Rules::NewsFirst));
        assert_eq!(back[0].moves, vec![m]);
        assert_eq!(back[0].seats[1], named);
        assert_eq!(db.files("00ff").unwrap(), files);
        // A second move with the same number is refused: a move is never written twice.
        assert!(db.insert_move(id, 0, &back[0].moves[0]).is_err());
    }

    #[test]
    fn a_class_of_the_first_schema_opens_with_its_tables_and_the_new_columns() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO scenario_files VALUES ('d', '[]');
             INSERT INTO tables (id, name, code, scenario_id, digest, seed, created_at, extra_secs)
                 VALUES (1, 'Old', 'OLD1', 's', 'd', 3, 4, 0);
             INSERT INTO seats VALUES (1, 'Japan', 'student', 'Aiko', NULL, 'a');
             INSERT INTO seats VALUES (1, 'Russia', 'student', NULL, NULL, 'b');",
        )
        .unwrap();
        let db = Db::prepare(conn).unwrap();
        let version: i64 = db.conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let back = db.tables().unwrap();
        assert_eq!((back[0].name.as_str(), back[0].empty_seat_secs), ("Old", None));
        assert_eq!(back[0].seats[0].name.as_deref(), Some("Aiko"));
        assert_eq!(back[0].seats[0].joined_at, None);
        assert_eq!(back[0].rules, None, "its rules are not known yet");
        db.set_rules(1, Rules::AnswersBeforeNews).unwrap();
        // Opened again: nothing left to migrate.
        let again = Db::prepare(db.conn).unwrap();
        assert_eq!(again.tables().unwrap()[0].rules, Some(Rules::AnswersBeforeNews));
    }

    #[test]
    fn rules_of_an_unknown_name_are_a_damaged_table_named_by_its_number() {
        let db = Db::in_memory().unwrap();
        db.conn
            .execute_batch(
                "INSERT INTO scenario_files VALUES ('d', '[]');
                 INSERT INTO tables (id, name, code, scenario_id, digest, seed, created_at, rules)
                     VALUES (7, 'T', 'C', 's', 'd', 3, 4, 'Bogus');",
            )
            .unwrap();
        let error = db.tables().unwrap_err().to_string();
        assert!(error.contains("table 7") && error.contains("Bogus"), "{error}");
    }
}

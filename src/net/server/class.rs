//! The class: every live table, the index from codes and tokens to seats, the class-wide
//! pause and time per turn, and the computer delegations thinking off the async threads.
//! Locks are taken in one order — the index, then one table, then the database — and never
//! held across an `await`.

use super::catalog::{Catalog, Compiled};
use super::db::{Db, DbError, SeatRow, TableRow};
use super::secrets;
use super::table::{Conn, Kind, LanguageChange, Outgoing, Refusal, Table, side_name};
use crate::engine::play::game::{Game, Rules};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::records::save::{SavedTurn, replay};
use crate::engine::records::transcript::Note;
use crate::i18n::Lang;
use crate::net::protocol::{PartyMessage, ServerMessage};
use crate::tr;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

/// The most tables a class holds: each costs memory for its game, and a teacher's typo in
/// `count` must not exhaust the machine.
pub const MAX_TABLES: usize = 500;
/// The most tables one request creates.
pub const MAX_COUNT: usize = 60;
/// The longest name a student or table may have, in characters.
pub const MAX_NAME_CHARS: usize = 40;

pub type SharedTable = Arc<Mutex<Table>>;

/// A poisoned lock (a panic elsewhere while it was held) still guards consistent data here:
/// every change under these locks is completed before anything that could panic.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

#[derive(Default)]
struct Index {
    tables: BTreeMap<i64, SharedTable>,
    codes: HashMap<String, i64>,
    tokens: HashMap<String, (i64, Side)>,
}

pub struct Class {
    pub key: String,
    db: Mutex<Db>,
    catalog: Catalog,
    index: RwLock<Index>,
    paused: AtomicBool,
    turn_seconds: Mutex<Option<u32>>,
    next_conn: AtomicU64,
    /// Messages a connection may send per second.
    pub rate: u32,
    /// The server's language (`--lang`): the teacher's pages' when the browser names none.
    pub lang: Lang,
}

/// A seat as the teacher asks for it.
#[derive(Clone, Debug, PartialEq)]
pub enum SeatChoice {
    Student,
    /// A level id or label, or none for the default persona.
    Computer(Option<String>),
    Agent,
}

/// What the teacher asks for in creating one table.
pub struct NewTable {
    pub scenario: String,
    pub seed: Option<u64>,
    pub name: Option<String>,
    pub seats: [SeatChoice; 2],
    /// A student seat still empty this many seconds after the other seat was taken goes to
    /// the computer (none: it waits for the teacher).
    pub empty_seat_secs: Option<u32>,
}

pub struct Created {
    pub id: i64,
    pub code: String,
    /// The tokens of its agent seats.
    pub tokens: Vec<(Side, String)>,
}

impl Class {
    /// Opens the class in `db`: the teacher's key (made on first start), the settings, and
    /// every stored table rebuilt by replaying its moves. The teacher's language is `lang`
    /// (the pages' for a browser that names none, and the problems told at the terminal).
    pub fn open(db: Db, mut catalog: Catalog, rate: u32, lang: Lang) -> Result<(Class, Vec<String>), String> {
        let problem = |e: DbError| e.to_string();
        let key = match db.setting("teacher_key").map_err(problem)? {
            Some(key) => key,
            None => {
                let key = secrets::token();
                db.set_setting("teacher_key", &key).map_err(problem)?;
                key
            }
        };
        let paused = db.setting("paused").map_err(problem)?.as_deref() == Some("true");
        let turn_seconds = db
            .setting("turn_seconds")
            .map_err(problem)?
            .and_then(|s| s.parse::<u32>().ok());
        let mut index = Index::default();
        let mut problems = Vec::new();
        for row in db.tables().map_err(problem)? {
            match restore(&db, &mut catalog, &row) {
                Ok(table) => {
                    index.codes.insert(row.code.clone(), row.id);
                    for seat in &row.seats {
                        index.tokens.insert(seat.token.clone(), (row.id, seat.side));
                    }
                    index.tables.insert(row.id, Arc::new(Mutex::new(table)));
                }
                // A table that no longer replays is left in the database, untouched, and named.
                Err(e) => problems.push(tr!(
                    lang,
                    "cli-serve-table-left-out",
                    table = row.id.to_string(),
                    name = row.name.as_str(),
                    error = e
                )),
            }
        }
        Ok((
            Class {
                key,
                db: Mutex::new(db),
                catalog,
                index: RwLock::new(index),
                paused: AtomicBool::new(paused),
                turn_seconds: Mutex::new(turn_seconds),
                next_conn: AtomicU64::new(1),
                rate,
                lang,
            },
            problems,
        ))
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn db(&self) -> MutexGuard<'_, Db> {
        lock(&self.db)
    }

    pub fn next_conn(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::Relaxed)
    }

    pub fn paused(&self) -> bool {
        self.paused.load(Ordering::SeqCst)
    }

    pub fn turn_seconds(&self) -> Option<u32> {
        *lock(&self.turn_seconds)
    }

    pub fn tables(&self) -> Vec<SharedTable> {
        self.index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .tables
            .values()
            .cloned()
            .collect()
    }

    pub fn table(&self, id: i64) -> Option<SharedTable> {
        self.index
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .tables
            .get(&id)
            .cloned()
    }

    fn by_code(&self, code: &str) -> Option<SharedTable> {
        let index = self.index.read().unwrap_or_else(|e| e.into_inner());
        index
            .codes
            .get(&code.trim().to_ascii_uppercase())
            .and_then(|id| index.tables.get(id).cloned())
    }

    fn by_token(&self, token: &str) -> Option<(SharedTable, Side)> {
        let index = self.index.read().unwrap_or_else(|e| e.into_inner());
        // Looked up by hash; a token is 128 random bits, so no timing tells a guess apart.
        let (id, side) = *index.tokens.get(token)?;
        Some((index.tables.get(&id)?.clone(), side))
    }

    // -----------------------------------------------------------------------------------
    // The teacher

    /// Creates a table; its computer seats start thinking when it is their turn. Errors
    /// are in the teacher's `lang`.
    pub fn create(self: &Arc<Class>, new: &NewTable, lang: Lang) -> Result<Created, String> {
        let compiled = self
            .catalog
            .by_id(&new.scenario)
            .ok_or_else(|| tr!(lang, "class-server-api-no-scenario", scenario = new.scenario.clone()))?
            .clone();
        let seats = Side::BOTH.map(|side| -> Result<SeatRow, String> {
            let (kind, level) = match &new.seats[side.index()] {
                SeatChoice::Student => (Kind::Student, None),
                SeatChoice::Agent => (Kind::Agent, None),
                SeatChoice::Computer(None) => (Kind::Computer, None),
                SeatChoice::Computer(Some(level)) => (
                    Kind::Computer,
                    Some(compiled.level_id(level).ok_or_else(|| {
                        let levels: Vec<_> = compiled.scenario.difficulties.iter().map(|d| d.label.clone()).collect();
                        tr!(
                            lang,
                            "class-server-api-no-level-of",
                            level = level.clone(),
                            levels = levels.join(", ")
                        )
                    })?),
                ),
            };
            Ok(SeatRow {
                side,
                kind: kind.as_str().into(),
                name: None,
                level,
                token: secrets::token(),
                joined_at: None,
                auto_at: None,
                opened_at: None,
            })
        });
        let [japan, russia] = seats;
        let seats = [japan?, russia?];
        if let Some(name) = &new.name {
            check_name(name, lang).map_err(|r| r.message)?;
        }
        let seed = new.seed.unwrap_or_else(crate::engine::play::rng::fresh_seed);
        let mut index = self.index.write().unwrap_or_else(|e| e.into_inner());
        if index.tables.len() >= MAX_TABLES {
            return Err(tr!(lang, "class-server-api-too-many", max = MAX_TABLES));
        }
        let code = loop {
            let code = secrets::code();
            if !index.codes.contains_key(&code) {
                break code;
            }
        };
        let created_at = now();
        let mut row = TableRow {
            id: 0,
            name: new.name.clone().unwrap_or_default(),
            code: code.clone(),
            scenario_id: compiled.scenario.id.clone(),
            digest: compiled.digest(),
            seed,
            created_at,
            extra_secs: 0,
            empty_seat_secs: new.empty_seat_secs,
            rules: Some(Rules::default()),
            seats,
            moves: Vec::new(),
        };
        if row.name.is_empty() {
            // Named in the language of the teacher who made it, as the rest of the dashboard.
            let number = index.tables.keys().next_back().map_or(1, |id| id + 1);
            row.name = tr!(lang, "class-server-table-name", number = number);
        }
        let id = self
            .db()
            .insert_table(&row, &compiled.files)
            .map_err(|e| e.to_string())?;
        let game = Game::under(compiled.scenario.clone(), seed, Rules::default());
        let mut table = Table::new(
            id,
            row.name.clone(),
            code.clone(),
            compiled,
            game,
            row.seats.clone(),
            created_at,
        )?;
        let tokens = row
            .seats
            .iter()
            .filter(|s| s.kind == Kind::Agent.as_str())
            .map(|s| (s.side, s.token.clone()))
            .collect();
        index.codes.insert(code.clone(), id);
        for seat in &row.seats {
            index.tokens.insert(seat.token.clone(), (id, seat.side));
        }
        table.empty_seat_secs = new.empty_seat_secs;
        let shared = Arc::new(Mutex::new(table));
        index.tables.insert(id, shared.clone());
        drop(index);
        self.kick(&shared);
        Ok(Created { id, code, tokens })
    }

    pub fn set_paused(self: &Arc<Class>, paused: bool) -> Result<(), String> {
        self.db()
            .set_setting("paused", if paused { "true" } else { "false" })
            .map_err(|e| e.to_string())?;
        self.paused.store(paused, Ordering::SeqCst);
        for table in self.tables() {
            let mut t = lock(&table);
            for side in Side::BOTH {
                t.send(side, ServerMessage::Paused { paused });
            }
            if !paused && t.game.to_move().is_some() {
                // Paused time does not count against the turn.
                t.turn_started = t.turn_started.max(now());
            }
            drop(t);
            if !paused {
                self.kick(&table);
            }
        }
        Ok(())
    }

    pub fn set_turn_seconds(&self, secs: Option<u32>) -> Result<(), String> {
        let text = secs.map_or_else(|| "none".to_string(), |s| s.to_string());
        self.db()
            .set_setting("turn_seconds", &text)
            .map_err(|e| e.to_string())?;
        *lock(&self.turn_seconds) = secs;
        Ok(())
    }

    pub fn more_time(&self, id: i64, seconds: i64, lang: Lang) -> Result<(), String> {
        let table = self
            .table(id)
            .ok_or_else(|| tr!(lang, "class-server-api-no-table", table = id.to_string()))?;
        let mut t = lock(&table);
        let extra = (t.extra_secs + seconds).clamp(0, 24 * 3600);
        self.db().set_extra_secs(id, extra).map_err(|e| e.to_string())?;
        t.extra_secs = extra;
        Ok(())
    }

    /// Hands a seat to the computer (any seat, even one already the computer's, to change its level).
    pub fn hand_to_computer(
        self: &Arc<Class>,
        id: i64,
        side: Side,
        level: Option<&str>,
        lang: Lang,
    ) -> Result<(), String> {
        let table = self
            .table(id)
            .ok_or_else(|| tr!(lang, "class-server-api-no-table", table = id.to_string()))?;
        let mut t = lock(&table);
        let level = match level {
            Some(level) => Some(
                t.compiled
                    .level_id(level)
                    .ok_or_else(|| tr!(lang, "class-server-api-no-level", level = level))?,
            ),
            None => None,
        };
        let mut row = t.seat(side).row.clone();
        row.kind = Kind::Computer.as_str().into();
        row.level = level.clone();
        self.db().update_seat(id, &row).map_err(|e| e.to_string())?;
        t.hand_to_computer(side, level)?;
        drop(t);
        self.kick(&table);
        Ok(())
    }

    /// Opens a seat again for a student who must join anew (a lost token, another machine,
    /// a latecomer whose seat the computer took): its old token stops working, and the next
    /// student to join by the table's code takes it where the talks stand.
    pub fn reopen_seat(self: &Arc<Class>, id: i64, side: Side, lang: Lang) -> Result<(), String> {
        let table = self
            .table(id)
            .ok_or_else(|| tr!(lang, "class-server-api-no-table", table = id.to_string()))?;
        let mut t = lock(&table);
        if t.game.is_over() {
            return Err(tr!(lang, "class-server-api-reopen-over"));
        }
        if t.seat(side).kind == Kind::Agent {
            return Err(tr!(lang, "class-server-api-reopen-agent"));
        }
        let old = t.seat(side).row.token.clone();
        let token = secrets::token();
        let mut row = t.seat(side).row.clone();
        row.kind = Kind::Student.as_str().into();
        row.name = None;
        row.level = None;
        row.token = token.clone();
        row.joined_at = None;
        row.auto_at = None;
        row.opened_at = Some(now());
        self.db().replace_seat(id, &row).map_err(|e| e.to_string())?;
        {
            let mut index = self.index.write().unwrap_or_else(|e| e.into_inner());
            index.tokens.remove(&old);
            index.tokens.insert(token.clone(), (id, side));
        }
        t.reopen_for_student(side, row);
        t.notify(side.other(), |lang| {
            tr!(lang, "class-server-waits-again", side = side_name(lang, side))
        });
        drop(t);
        self.kick(&table);
        Ok(())
    }

    fn say_seat_stays_empty(&self, table: impl ToString, error: &str) {
        eprintln!(
            "{}",
            tr!(
                self.lang,
                "cli-serve-seat-stays-empty",
                table = table.to_string(),
                error = error.to_string()
            )
        );
    }

    /// Hands to the computer every student seat left empty past its table's time (see
    /// `Table::empty_seat_due`), telling the student across the table; the class's clock
    /// calls this every moment.
    pub fn hand_over_empty_seats(self: &Arc<Class>, now: i64) {
        for table in self.tables() {
            let mut t = lock(&table);
            let Some(side) = t.empty_seat_due(now) else { continue };
            let mut row = t.seat(side).row.clone();
            row.kind = Kind::Computer.as_str().into();
            row.level = None;
            row.auto_at = Some(now);
            if let Err(e) = self.db().update_seat(t.id, &row) {
                self.say_seat_stays_empty(t.id, &e.to_string());
                continue;
            }
            if let Err(e) = t.hand_to_computer(side, None) {
                self.say_seat_stays_empty(t.id, &e.to_string());
                continue;
            }
            t.seat_mut(side).row.auto_at = Some(now);
            let minutes = t.empty_seat_secs.map_or(0, |s| s.div_ceil(60));
            t.notify(side.other(), |lang| {
                tr!(
                    lang,
                    "class-server-nobody-came",
                    side = side_name(lang, side),
                    count = minutes
                )
            });
            drop(t);
            self.kick(&table);
        }
    }

    // -----------------------------------------------------------------------------------
    // Parties

    /// A student joins by code and name. On success the seat's connection is `conn`;
    /// refusals are in the connection's language.
    pub fn join(
        self: &Arc<Class>,
        code: &str,
        name: &str,
        side: Option<Side>,
        conn: Conn,
    ) -> Result<(i64, Side), Refusal> {
        let lang = conn.lang;
        let name = check_name(name, lang)?;
        let table = self
            .by_code(code)
            .ok_or_else(|| Refusal::new("unknown_code", tr!(lang, "class-server-unknown-code")))?;
        prepare_words(&table, lang);
        let mut t = lock(&table);
        let free = |t: &Table, s: Side| t.seat(s).kind == Kind::Student && t.seat(s).row.name.is_none();
        let side = match side {
            Some(s) if free(&t, s) => s,
            Some(s) => {
                return Err(Refusal::new(
                    "table_full",
                    tr!(lang, "class-server-seat-not-free", side = side_name(lang, s)),
                ));
            }
            None => Side::BOTH
                .into_iter()
                .find(|&s| free(&t, s))
                .ok_or_else(|| Refusal::new("table_full", tr!(lang, "class-server-table-full")))?,
        };
        let mut row = t.seat(side).row.clone();
        row.name = Some(name);
        row.joined_at = Some(now());
        self.db()
            .update_seat(t.id, &row)
            .map_err(|e| Refusal::database(lang, &e))?;
        t.seat_mut(side).row = row;
        self.give_seat(&mut t, side, conn);
        let id = t.id;
        drop(t);
        self.kick(&table);
        Ok((id, side))
    }

    /// A party takes its seat back (or an agent its seat) by token; refusals are in the
    /// connection's language.
    pub fn connect(self: &Arc<Class>, token: &str, conn: Conn) -> Result<(i64, Side), Refusal> {
        let lang = conn.lang;
        let (table, side) = self
            .by_token(token.trim())
            .ok_or_else(|| Refusal::new("bad_token", tr!(lang, "class-server-bad-token")))?;
        prepare_words(&table, lang);
        let mut t = lock(&table);
        let seat = t.seat(side);
        if seat.kind == Kind::Computer {
            let _ = conn.tx.try_send(Outgoing::Close(ServerMessage::SeatTaken {
                reason: tr!(lang, "class-server-handed-to-computer"),
            }));
            return Err(Refusal::new("seat_taken", tr!(lang, "class-server-seat-handed")));
        }
        if seat.conn.is_some() {
            return Err(Refusal::new("seat_in_use", tr!(lang, "class-server-seat-in-use")));
        }
        if seat.row.name.is_none() {
            // An agent's first connection takes the seat.
            let mut row = seat.row.clone();
            row.name = Some(format!("{} agent", side.name()));
            row.joined_at = Some(now());
            self.db()
                .update_seat(t.id, &row)
                .map_err(|e| Refusal::database(lang, &e))?;
            t.seat_mut(side).row = row;
        }
        self.give_seat(&mut t, side, conn);
        let id = t.id;
        drop(t);
        self.kick(&table);
        Ok((id, side))
    }

    /// Gives a connection its seat, telling it if the class is paused.
    fn give_seat(&self, t: &mut Table, side: Side, conn: Conn) {
        t.attach(side, conn);
        if self.paused() {
            t.send(side, ServerMessage::Paused { paused: true });
        }
    }

    pub fn detach(&self, id: i64, side: Side, conn_id: u64) {
        if let Some(table) = self.table(id) {
            lock(&table).detach(side, conn_id);
        }
    }

    /// The connection holding `side` at table `id` now reads `lang`: its seat's view is sent
    /// again in it (see `PartyMessage::Language`).
    pub fn change_language(self: &Arc<Class>, id: i64, side: Side, conn_id: u64, lang: Lang) -> Result<(), Refusal> {
        let table = self
            .table(id)
            .ok_or_else(|| Refusal::new("finished", tr!(lang, "class-server-table-gone")))?;
        // The translation compiled outside the table's lock, as for a new connection.
        prepare_words(&table, lang);
        let mut t = lock(&table);
        match t.change_language(side, conn_id, lang) {
            LanguageChange::Done => {}
            LanguageChange::NotHeld => {
                return Err(Refusal::new("seat_taken", tr!(lang, "class-server-seat-lost")));
            }
            LanguageChange::Behind => {
                return Err(Refusal::new(
                    "too_fast",
                    tr!(lang, "class-server-too-fast", rate = self.rate),
                ));
            }
        }
        if self.paused() {
            t.send(side, ServerMessage::Paused { paused: true });
        }
        Ok(())
    }

    /// A move from the connection holding `side` at table `id`, which speaks `lang`.
    pub fn submit(
        self: &Arc<Class>,
        id: i64,
        side: Side,
        conn_id: u64,
        lang: Lang,
        message: &PartyMessage,
    ) -> Result<(), Refusal> {
        let table = self
            .table(id)
            .ok_or_else(|| Refusal::new("finished", tr!(lang, "class-server-table-gone")))?;
        let mut t = lock(&table);
        if t.seat(side).conn.as_ref().is_none_or(|c| c.id != conn_id) {
            return Err(Refusal::new("seat_taken", tr!(lang, "class-server-seat-lost")));
        }
        if t.game.is_over() {
            return Err(Refusal::new("finished", tr!(lang, "class-server-talks-over")));
        }
        if self.paused() {
            return Err(Refusal::new("paused", tr!(lang, "class-server-paused")));
        }
        if t.game.to_move() != Some(side) {
            return Err(Refusal::new("not_your_turn", tr!(lang, "class-server-not-your-turn")));
        }
        let (turn, text) = t.compile(side, message)?;
        let mut db = self.db();
        // A database failure is told in English: it is for whoever runs the server.
        t.play(side, turn, text.map(Note::Text), &mut db, now())?;
        drop(db);
        drop(t);
        self.kick(&table);
        Ok(())
    }

    // -----------------------------------------------------------------------------------
    // Computer delegations

    /// If a computer seat is to move, lets it decide on a blocking thread and plays its
    /// decision; repeats while computers are to move. A decision made for a position the
    /// table has since left (a seat handed over) is dropped.
    pub fn kick(self: &Arc<Class>, table: &SharedTable) {
        if self.paused() {
            return;
        }
        let mut t = lock(table);
        let Some(side) = t.game.to_move() else { return };
        let moves = t.moves;
        let game = t.game.clone();
        let seat = t.seat_mut(side);
        if seat.kind != Kind::Computer {
            return;
        }
        let generation = seat.generation;
        // `None` while a decision is under way: no second one is started.
        let Some(mut agent) = seat.agent.take() else { return };
        drop(t);
        let class = Arc::clone(self);
        let table = Arc::clone(table);
        tokio::spawn(async move {
            let decided = tokio::task::spawn_blocking(move || {
                let decision = agent.decide(&SideView::new(&game, side));
                (agent, decision)
            })
            .await;
            let Ok((agent, decision)) = decided else {
                // The agent panicked: the seat waits for the teacher (hand it again to retry).
                return;
            };
            {
                let mut t = lock(&table);
                if t.seat(side).generation != generation {
                    return;
                }
                t.seat_mut(side).agent = Some(agent);
                if t.moves != moves || class.paused() {
                    drop(t);
                    class.kick(&table);
                    return;
                }
                let mut db = class.db();
                if let Err(e) = t.play_decision(side, &decision, &mut db, now()) {
                    eprintln!(
                        "{}",
                        tr!(
                            class.lang,
                            "cli-serve-computer-move-not-played",
                            table = t.id.to_string(),
                            error = e.message.to_string()
                        )
                    );
                    return;
                }
            }
            class.kick(&table);
        });
    }

    /// Starts every computer seat that is to move (after a restart).
    pub fn kick_all(self: &Arc<Class>) {
        for table in self.tables() {
            self.kick(&table);
        }
    }
}

/// Compiles the table's scenario in `lang` if no seat has read it in that language yet,
/// without holding the table: its other seat plays on meanwhile.
fn prepare_words(table: &SharedTable, lang: Lang) {
    let compiled = lock(table).compiled.clone();
    compiled.worded(lang);
}

/// A name as given, trimmed; refused (in `lang`) when empty, too long or with control
/// characters.
pub fn check_name(name: &str, lang: Lang) -> Result<String, Refusal> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Refusal::new("malformed", tr!(lang, "class-server-name-missing")));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Refusal::new(
            "malformed",
            tr!(lang, "class-server-name-too-long", count = MAX_NAME_CHARS),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(Refusal::new("malformed", tr!(lang, "class-server-name-control")));
    }
    Ok(name.to_string())
}

/// A table stored before tables kept their rules: almost every such table was played by the
/// rules from before the capitals answered after the news, and one version played by today's
/// without storing them, so the older rules are tried first and today's if they refuse a move.
/// The error is the older rules' (the likelier reading of the table). A table not yet begun
/// is played by today's.
fn replay_unlabelled(compiled: &Compiled, seed: u64, turns: &[SavedTurn]) -> Result<(Game, Rules), String> {
    if turns.is_empty() {
        return Ok((
            Game::under(compiled.scenario.clone(), seed, Rules::NewsFirst),
            Rules::NewsFirst,
        ));
    }
    match replay(compiled.scenario.clone(), seed, Rules::AnswersBeforeNews, turns) {
        Ok(game) => Ok((game, Rules::AnswersBeforeNews)),
        Err(older) => replay(compiled.scenario.clone(), seed, Rules::NewsFirst, turns)
            .map(|game| (game, Rules::NewsFirst))
            .map_err(|_| older.to_string()),
    }
}

/// A stored table rebuilt: its scenario from the stored files, its game by replaying the moves.
fn restore(db: &Db, catalog: &mut Catalog, row: &TableRow) -> Result<Table, String> {
    let compiled: Compiled = catalog.stored(&row.digest, || db.files(&row.digest).map_err(|e| e.to_string()))?;
    let turns: Vec<SavedTurn> = row
        .moves
        .iter()
        .map(|m| SavedTurn {
            side: m.side,
            turn: m.turn.clone(),
            note: m.note.clone(),
            said: m.said,
        })
        .collect();
    let game = match row.rules {
        Some(rules) => replay(compiled.scenario.clone(), row.seed, rules, &turns).map_err(|e| e.to_string())?,
        None => {
            let (game, rules) = replay_unlabelled(&compiled, row.seed, &turns)?;
            db.set_rules(row.id, rules).map_err(|e| e.to_string())?;
            game
        }
    };
    let mut table = Table::new(
        row.id,
        row.name.clone(),
        row.code.clone(),
        compiled,
        game,
        row.seats.clone(),
        row.created_at,
    )?;
    table.turn_started = row.moves.last().map_or(row.created_at, |m| m.at);
    table.extra_secs = row.extra_secs;
    table.empty_seat_secs = row.empty_seat_secs;
    Ok(table)
}

//! One live table: the engine's `Game`, its two seats (who holds them, the connection that
//! speaks for each, the computer delegation playing one) and what each seat is sent. Every
//! move is checked by the engine and written to the database before it is played; each seat
//! is sent its own view only — never the other side's mandate or cables — with the
//! scenario's prose in the language of its connection (the game itself has none).

use super::catalog::Compiled;
use super::db::{Db, DbError, MoveRow, SeatRow};
use crate::engine::agents::{self, Agent, AgentSpec, Decision, Hearer};
use crate::engine::analysis::report::Report;
use crate::engine::play::game::Game;
use crate::engine::play::moves::{Response, Turn, TurnSpec};
use crate::engine::play::side::Side;
use crate::engine::play::state::Author;
use crate::engine::play::view::{SideView, seen_across_the_table};
use crate::engine::records::confidential;
use crate::engine::records::narrate;
use crate::engine::records::save::Seat;
use crate::engine::records::transcript::Note;
use crate::i18n::Lang;
use crate::net::protocol::{
    ActionDone, Finished, PROTOCOL_VERSION, PartyMessage, Profile, ServerMessage, Settings, Standing, terms_in_ids,
};
use crate::tr;
use tokio::sync::mpsc;

/// The longest reason (`text`) kept with a move, in characters; longer ones are cut.
pub const MAX_TEXT_CHARS: usize = 500;

/// How many messages may wait for a slow connection before it is dropped (a whole game is
/// a few hundred; a connection this far behind is gone).
pub const OUTBOX: usize = 512;

/// Messages a connection may have waiting when it asks for its view again in another
/// language (a view and its turn are two or three).
pub const MAX_BEHIND_FOR_VIEW: usize = 8;

/// What came of a change of language.
#[derive(Debug, PartialEq, Eq)]
pub enum LanguageChange {
    Done,
    /// The connection no longer holds the seat.
    NotHeld,
    /// The connection has not read what it was sent: asked again too fast.
    Behind,
}

/// What a seat's connection task is handed to send.
#[derive(Debug)]
pub enum Outgoing {
    Send(ServerMessage),
    /// Send, then close the connection.
    Close(ServerMessage),
}

/// The connection currently speaking for a seat.
pub struct Conn {
    pub id: u64,
    pub tx: mpsc::Sender<Outgoing>,
    /// The language the client asked for in its `Join` or `Connect` (English if none): the
    /// server's words for the people on this connection are in it.
    pub lang: Lang,
}

/// Who holds a seat, as the teacher set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Student,
    Computer,
    Agent,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Student => "student",
            Kind::Computer => "computer",
            Kind::Agent => "agent",
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Some(match text {
            "student" => Kind::Student,
            "computer" => Kind::Computer,
            "agent" => Kind::Agent,
            _ => return None,
        })
    }
}

pub struct LiveSeat {
    pub row: SeatRow,
    pub kind: Kind,
    /// A computer seat's delegation; `None` while it is thinking off the async threads.
    pub agent: Option<Box<dyn Agent>>,
    /// Bumped whenever the seat's agent is replaced, so a decision by the old one is dropped.
    pub generation: u64,
    pub conn: Option<Conn>,
    /// Transcript entries already narrated to this seat.
    entries_seen: usize,
}

impl LiveSeat {
    /// Whether a student or agent has taken the seat at least once (a computer always has).
    pub fn taken(&self) -> bool {
        self.kind == Kind::Computer || self.row.name.is_some()
    }

    /// The language of the connection holding the seat now; English with none (a computer's
    /// seat, an empty one).
    pub fn lang(&self) -> Lang {
        self.conn.as_ref().map_or(Lang::English, |c| c.lang)
    }
}

/// A delegation's name in a language, for the server's sentences.
pub fn side_name(lang: Lang, side: Side) -> String {
    match side {
        Side::Japan => tr!(lang, "class-server-japan"),
        Side::Russia => tr!(lang, "class-server-russia"),
    }
}

/// A message refused: its stable kind and a sentence for people.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub kind: &'static str,
    pub message: String,
}

impl Refusal {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Refusal {
        Refusal {
            kind,
            message: message.into(),
        }
    }

    pub fn to_message(&self) -> ServerMessage {
        ServerMessage::Error {
            kind: self.kind.to_string(),
            message: self.message.clone(),
        }
    }
}

impl Refusal {
    /// The database's refusal, in the words of `lang`.
    pub fn database(lang: Lang, e: &DbError) -> Refusal {
        Refusal::new(
            "server_error",
            tr!(lang, "class-server-database", reason = e.to_string()),
        )
    }
}

impl From<DbError> for Refusal {
    fn from(e: DbError) -> Refusal {
        Refusal::database(Lang::English, &e)
    }
}

pub struct Table {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub compiled: Compiled,
    pub game: Game,
    pub seats: [LiveSeat; 2],
    /// When the turn now being played began (unix seconds).
    pub turn_started: i64,
    /// Seconds the teacher added to the current turn.
    pub extra_secs: i64,
    /// Moves played (the next move's number).
    pub moves: usize,
    /// The report of the talks once over, worked out once: the dashboard asks every second.
    pub report: Option<Report>,
    /// A student seat still empty this long after the other seat was taken goes to the
    /// computer (none: it waits for the teacher).
    pub empty_seat_secs: Option<u32>,
}

/// The computer delegation a seat's level makes (the delegate's default persona without one).
pub fn spec_for(level: Option<&str>) -> AgentSpec {
    level.map_or(AgentSpec::Delegate, |l| AgentSpec::DelegateAt(l.to_string()))
}

impl Table {
    /// A table at its opening (no moves yet) or rebuilt by replaying its stored moves.
    pub fn new(
        id: i64,
        name: String,
        code: String,
        compiled: Compiled,
        game: Game,
        seats: [SeatRow; 2],
        created_at: i64,
    ) -> Result<Table, String> {
        let moves = game.transcript().moves().count();
        let report = Report::of(&game);
        let [japan, russia] = seats;
        let seat = |row: SeatRow| -> Result<LiveSeat, String> {
            let kind = Kind::parse(&row.kind).ok_or_else(|| format!("unknown seat kind `{}`", row.kind))?;
            let agent = match kind {
                // Rebuilt with the memory of the moves so far, so a table started again after
                // a crash plays on as it would have.
                Kind::Computer => {
                    Some(agents::resume(&spec_for(row.level.as_deref()), row.side, &game).map_err(|e| e.to_string())?)
                }
                _ => None,
            };
            Ok(LiveSeat {
                row,
                kind,
                agent,
                generation: 0,
                conn: None,
                entries_seen: 0,
            })
        };
        Ok(Table {
            id,
            name,
            code,
            seats: [seat(japan)?, seat(russia)?],
            compiled,
            game,
            turn_started: created_at,
            extra_secs: 0,
            moves,
            report,
            empty_seat_secs: None,
        })
    }

    pub fn seat(&self, side: Side) -> &LiveSeat {
        &self.seats[side.index()]
    }

    pub fn seat_mut(&mut self, side: Side) -> &mut LiveSeat {
        &mut self.seats[side.index()]
    }

    /// The seats as a save names them: students and agents are players.
    pub fn save_seats(&self) -> [Seat; 2] {
        Side::BOTH.map(|side| match self.seat(side).kind {
            Kind::Computer => Seat::Computer(spec_for(self.seat(side).row.level.as_deref())),
            Kind::Student | Kind::Agent => Seat::Human,
        })
    }

    /// The players' names, for saves and minutes ("Aiko and Boris").
    pub fn players(&self) -> Option<String> {
        let names: Vec<&str> = self
            .seats
            .iter()
            .filter(|s| s.kind != Kind::Computer)
            .filter_map(|s| s.row.name.as_deref())
            .collect();
        (!names.is_empty()).then(|| names.join(" and "))
    }

    /// "waiting" until every student and agent seat has been taken, then "playing", then
    /// "finished".
    pub fn status(&self) -> &'static str {
        if self.game.is_over() {
            "finished"
        } else if self.seats.iter().all(LiveSeat::taken) {
            "playing"
        } else {
            "waiting"
        }
    }

    /// When the student seat nobody has taken goes to the computer (unix seconds), with its
    /// side: counted from when the other seat was taken, by a student or an agent. A table
    /// nobody came to keeps waiting (two computers playing each other teach no one), and a
    /// student who came early is not handed a computer before the latecomer had a chance.
    pub fn empty_seat_deadline(&self) -> Option<(Side, i64)> {
        let secs = self.empty_seat_secs?;
        if self.game.is_over() {
            return None;
        }
        Side::BOTH.into_iter().find_map(|side| {
            let seat = self.seat(side);
            let other = self.seat(side.other());
            let empty = seat.kind == Kind::Student && seat.row.name.is_none();
            let taken_at = other.row.joined_at.filter(|_| other.kind != Kind::Computer)?;
            // A seat the teacher opened again gets its full time from then.
            let since = taken_at.max(seat.row.opened_at.unwrap_or(i64::MIN));
            empty.then_some((side, since + i64::from(secs)))
        })
    }

    /// The empty seat whose time has come at `now`, if any.
    pub fn empty_seat_due(&self, now: i64) -> Option<Side> {
        self.empty_seat_deadline()
            .filter(|&(_, at)| now >= at)
            .map(|(side, _)| side)
    }

    // -----------------------------------------------------------------------------------
    // Seats and connections

    /// Hands the seat to a connection: queues `Settings` (and `YourTurn` when it is the
    /// seat's turn) on it. The caller has checked the seat is free.
    pub fn attach(&mut self, side: Side, conn: Conn) {
        // The connection first, so that the transcript's lines are told in its language.
        self.seat_mut(side).conn = Some(conn);
        self.send_whole_view(side);
    }

    /// The seat's connection now reads `lang`: everything with words in it is sent again in
    /// it, as on reconnecting.
    pub fn change_language(&mut self, side: Side, conn_id: u64, lang: Lang) -> LanguageChange {
        match self.seat_mut(side).conn.as_mut() {
            // A whole view is large: a connection that has not read the last ones is not
            // queued more, so a client asking again and again without reading holds a few
            // views in the server's memory, not a full outbox of them.
            Some(conn) if conn.id == conn_id && OUTBOX - conn.tx.capacity() > MAX_BEHIND_FOR_VIEW => {
                return LanguageChange::Behind;
            }
            Some(conn) if conn.id == conn_id => conn.lang = lang,
            _ => return LanguageChange::NotHeld,
        }
        self.send_whole_view(side);
        LanguageChange::Done
    }

    /// `Settings` (with the whole transcript), then `YourTurn` when it is the seat's turn or
    /// `Finished` when the talks are over: all a client needs to draw the seat afresh.
    fn send_whole_view(&mut self, side: Side) {
        let settings = self.settings(side);
        self.send(side, settings);
        if self.game.to_move() == Some(side) {
            self.send(side, self.your_turn(side));
        } else if self.game.is_over() {
            self.send(side, self.finished(side));
        }
    }

    /// Forgets a connection that has gone (if it still speaks for the seat).
    pub fn detach(&mut self, side: Side, conn_id: u64) {
        let seat = self.seat_mut(side);
        if seat.conn.as_ref().is_some_and(|c| c.id == conn_id) {
            seat.conn = None;
        }
    }

    /// Queues a message for a seat's connection; a connection too far behind is dropped
    /// (its task sees the channel close and ends).
    pub fn send(&mut self, side: Side, message: ServerMessage) {
        let seat = self.seat_mut(side);
        if let Some(conn) = &seat.conn
            && conn.tx.try_send(Outgoing::Send(message)).is_err()
        {
            seat.conn = None;
        }
    }

    /// Tells the people at a seat some news, in their connection's language.
    pub fn notify(&mut self, side: Side, text: impl FnOnce(Lang) -> String) {
        let lang = self.seat(side).lang();
        self.send(side, ServerMessage::Notice { text: text(lang) });
    }

    /// Sends a last message, in the connection's language, and closes the seat's connection.
    pub fn close(&mut self, side: Side, message: impl FnOnce(Lang) -> ServerMessage) {
        if let Some(conn) = self.seat_mut(side).conn.take() {
            let _ = conn.tx.try_send(Outgoing::Close(message(conn.lang)));
        }
    }

    /// Hands a seat to the computer at `level` (a level id, or none for the default persona):
    /// its connection, if any, is told and closed.
    pub fn hand_to_computer(&mut self, side: Side, level: Option<String>) -> Result<(), String> {
        let agent = agents::resume(&spec_for(level.as_deref()), side, &self.game).map_err(|e| e.to_string())?;
        self.close(side, |lang| ServerMessage::SeatTaken {
            reason: tr!(lang, "class-server-handed-to-computer"),
        });
        let seat = self.seat_mut(side);
        seat.kind = Kind::Computer;
        seat.row.kind = Kind::Computer.as_str().into();
        seat.row.level = level;
        seat.agent = Some(agent);
        seat.generation += 1;
        Ok(())
    }

    /// Gives a seat back to a student who is to join again by the table's code: whoever
    /// holds it is let go, a computer playing it stops, and `row` (a new token, no name)
    /// replaces the seat's. The game stays where it stood.
    pub fn reopen_for_student(&mut self, side: Side, row: SeatRow) {
        self.close(side, |lang| ServerMessage::SeatTaken {
            reason: tr!(lang, "class-server-reopened"),
        });
        let seat = self.seat_mut(side);
        seat.kind = Kind::Student;
        seat.agent = None;
        seat.generation += 1;
        seat.row = row;
    }

    // -----------------------------------------------------------------------------------
    // Moves

    /// A party's move message as the engine's turn, checked by the rules; refusals in the
    /// language of the seat's connection.
    pub fn compile(&self, side: Side, message: &PartyMessage) -> Result<(Turn, Option<String>), Refusal> {
        let scenario = &self.compiled.scenario;
        let lang = self.seat(side).lang();
        let unknown = |e: crate::engine::scenario::turns::TurnSpecError| Refusal::new("refused", e.to_string());
        let (turn, text) = match message {
            PartyMessage::Offer { bid, text } => {
                let spec = TurnSpec {
                    propose: Some(vec![bid.clone()]),
                    ..TurnSpec::default()
                };
                (spec.compile(scenario, side).map_err(unknown)?, text)
            }
            // While the mediator's last amendment waits it is the one offer standing: SAOP's
            // accept takes it.
            PartyMessage::Accept { text } if self.game.state().last_look.awaiting().is_some() => {
                let amendment = self.game.state().proposal(Author::Mediator);
                let turn = Turn {
                    mediator_reply: Some(Response::accept_all(amendment)),
                    ..Turn::PASS
                };
                (turn, text)
            }
            PartyMessage::Accept { text } => {
                let theirs = self.game.state().proposal(Author::of(side.other()));
                if theirs.is_empty() {
                    return Err(Refusal::new("refused", tr!(lang, "class-server-nothing-to-accept")));
                }
                let turn = Turn {
                    reply: Some(Response::accept_all(theirs)),
                    ..Turn::PASS
                };
                (turn, text)
            }
            PartyMessage::EndNegotiation { text } => (
                Turn {
                    break_off: true,
                    ..Turn::PASS
                },
                text,
            ),
            PartyMessage::Turn { turn, text } => (turn.compile(scenario, side).map_err(unknown)?, text),
            _ => return Err(Refusal::new("malformed", tr!(lang, "class-server-not-a-move"))),
        };
        self.game
            .check(side, &turn)
            .map_err(|e| Refusal::new("refused", e.describe_in(lang, &self.compiled.worded(lang).scenario)))?;
        Ok((turn, text.as_deref().map(clip_text).filter(|t| !t.is_empty())))
    }

    /// Plays a checked turn: written to the database first (one transaction), then played,
    /// then every seat is told. `at` is the time in unix seconds.
    pub fn play(&mut self, side: Side, turn: Turn, note: Option<Note>, db: &mut Db, at: i64) -> Result<(), Refusal> {
        // Checked again: between a computer's decision and its play the table may have moved.
        self.game
            .check(side, &turn)
            .map_err(|e| Refusal::new("refused", e.describe(&self.compiled.scenario)))?;
        let row = MoveRow {
            side,
            turn: TurnSpec::describe(&turn, &self.compiled.scenario),
            note: match &note {
                Some(Note::Text(text)) => Some(text.clone()),
                _ => None,
            },
            said: match &note {
                Some(Note::Said(remark)) => Some(*remark),
                _ => None,
            },
            at,
        };
        db.insert_move(self.id, self.moves, &row)?;
        let session = self.game.state().session + 1;
        self.game
            .play_with(side, turn, note.clone())
            .map_err(|e| Refusal::new("refused", e.describe(&self.compiled.scenario)))?;
        self.moves += 1;
        if self.game.is_over() {
            self.report = Report::of(&self.game);
        }
        self.turn_started = at;
        self.extra_secs = 0;
        self.announce(side, session, turn, note);
        Ok(())
    }

    /// Plays a computer delegation's decision as the game does: if the rules refuse it, the
    /// turn without its proposal (when the agent allows), else a pass.
    pub fn play_decision(&mut self, side: Side, decision: &Decision, db: &mut Db, at: i64) -> Result<(), Refusal> {
        let note = decision.reason.remark().map(Note::Said);
        let without = Turn {
            propose: None,
            ..decision.turn
        };
        let turn = if self.game.check(side, &decision.turn).is_ok() {
            decision.turn
        } else if decision.drop_proposal_if_refused && self.game.check(side, &without).is_ok() {
            without
        } else {
            Turn::PASS
        };
        self.play(side, turn, note, db, at)
    }

    /// Tells each seat of a move: `ActionDone` as it saw it, then `Finished` or `YourTurn`.
    fn announce(&mut self, by: Side, session: usize, turn: Turn, note: Option<Note>) {
        for side in Side::BOTH {
            if self.seat(side).conn.is_none() {
                continue;
            }
            let seen = if side == by { turn } else { seen_across_the_table(turn) };
            let lines = self.new_lines(side);
            // What was said, in the words this seat reads.
            let text = note.as_ref().and_then(|n| self.said_to(side, by, n));
            let done = ActionDone {
                by,
                session,
                turn: TurnSpec::describe(&seen, &self.compiled.scenario),
                text,
                lines,
                state: SideView::new(&self.game, side).talks(),
            };
            self.send(side, ServerMessage::ActionDone(Box::new(done)));
            if self.game.is_over() {
                let finished = self.finished(side);
                self.send(side, finished);
            }
        }
        if let Some(next) = self.game.to_move() {
            let your_turn = self.your_turn(next);
            self.send(next, your_turn);
        }
    }

    // -----------------------------------------------------------------------------------
    // What a seat is sent

    /// Transcript lines this seat may read that it has not been sent yet, told in the
    /// language of its connection, the scenario's names in it too.
    fn new_lines(&mut self, side: Side) -> Vec<String> {
        let lang = self.seats[side.index()].lang();
        let worded = self.compiled.worded(lang);
        let scenario = &worded.scenario;
        let transcript = self.game.transcript();
        let treaty = self.game.treaty().is_some();
        let from = self.seats[side.index()].entries_seen.min(transcript.entries.len());
        let secrets = &worded.secrets[side.other().index()];
        let lines = narrate::table_lines_in(lang, scenario, transcript, from, Some(side), treaty)
            .into_iter()
            .map(|line| confidential::scrub(lang, &line, secrets))
            .collect();
        self.seats[side.index()].entries_seen = transcript.entries.len();
        lines
    }

    /// What `by` said with a move, in the words `side`'s seat reads (nothing if nothing).
    fn said_to(&self, side: Side, by: Side, note: &Note) -> Option<String> {
        let lang = self.seat(side).lang();
        let worded = self.compiled.worded(lang);
        let hearer = if side == by { Hearer::Own } else { Hearer::Across };
        let said = confidential::scrub(
            lang,
            &note.text_to(lang, &worded.scenario, by, hearer),
            &worded.secrets[side.other().index()],
        );
        (!said.is_empty()).then_some(said)
    }

    /// What each side said with its latest turn, as `side`'s seat reads it.
    fn last_said_to(&self, side: Side) -> [Option<String>; 2] {
        Side::BOTH.map(|by| {
            let (_, _, note) = self.game.transcript().moves().filter(|m| m.0 == by).last()?;
            self.said_to(side, by, note?)
        })
    }

    pub fn settings(&mut self, side: Side) -> ServerMessage {
        self.seats[side.index()].entries_seen = 0;
        let lines = self.new_lines(side);
        let seat = self.seat(side);
        // The public scenario and this side's own mandate in the seat's language; the view
        // still hands out no other mandate.
        let view = SideView::new(&self.game, side).snapshot_in(&self.compiled.worded(seat.lang()).scenario);
        ServerMessage::Settings(Box::new(Settings {
            protocol: PROTOCOL_VERSION,
            table: self.name.clone(),
            side,
            token: seat.row.token.clone(),
            name: seat.row.name.clone().unwrap_or_default(),
            seed: self.game.seed(),
            profile: Profile::of(&view),
            view,
            lines,
            last_said: self.last_said_to(side),
        }))
    }

    pub fn your_turn(&self, side: Side) -> ServerMessage {
        let view = SideView::new(&self.game, side);
        ServerMessage::YourTurn {
            state: Box::new(view.talks()),
            standing: Box::new(Standing::of(&view)),
        }
    }

    pub fn finished(&self, side: Side) -> ServerMessage {
        let scenario = &self.compiled.scenario;
        let lang = self.seat(side).lang();
        let state = SideView::new(&self.game, side).talks();
        let Some(report) = &self.report else {
            // Not over: nothing to report (never sent in that case).
            return ServerMessage::Error {
                kind: "finished".into(),
                message: "the talks are not over".into(),
            };
        };
        let agreement = report
            .treaty
            .filter(|_| report.ratified)
            .map(|terms| terms_in_ids(&terms, &scenario.public));
        ServerMessage::Finished(Box::new(Finished {
            outcome: report.outcome.map_or_else(
                || tr!(lang, "class-server-no-treaty"),
                |o| self.compiled.worded(lang).scenario.outcomes[o].title.clone(),
            ),
            ending: self.game.state().ending,
            agreement,
            utility: report.utility[side.index()],
            utility_1905: scenario
                .history
                .as_ref()
                .map(|h| scenario.space.utility(side, &h.treaty)),
            state,
        }))
    }
}

/// A reason cut to `MAX_TEXT_CHARS` characters, without control characters (a new line
/// or tab becomes a space): it is printed in transcripts and minutes.
pub fn clip_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_TEXT_CHARS)
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_clipped_and_cleaned() {
        assert_eq!(clip_text(" a\nb\u{7} "), "a b");
        assert_eq!(clip_text(&"é".repeat(900)).chars().count(), MAX_TEXT_CHARS);
    }
}

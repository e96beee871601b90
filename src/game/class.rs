//! The game as a client of the class server: a student's seat at a table the server
//! referees. The connection lives on its own thread (`net::client::Link`); each frame the
//! window reads what it said without waiting. The screens are the local game's: they read a
//! `Session` whose `Game` is a mirror of the seat (`Game::mirror`), built from the seat's
//! `SeatView` and set to each state the server sends — the other side's brief, limits,
//! cables and private meters never reach this machine. Moves go to the server, and its
//! refusals show where a local refusal shows.

use crate::engine::agents::AgentSpec;
use crate::engine::play::game::Game;
use crate::engine::play::moves::TurnSpec;
use crate::engine::play::side::Side;
use crate::engine::play::state::{BreakCause, Ending, Status};
use crate::engine::records::save::Seat;
use crate::game::Screen;
use crate::game::paths::Profile;
use crate::game::session::Session;
use crate::game::settings::Language;
use crate::i18n::Lang;
use crate::net::client::{Hello, Link, LinkEvent, LinkStatus, websocket_url};
use crate::net::protocol::{Finished, PartyMessage, ServerMessage, Settings};
use crate::tr;
use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Mutex;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Joining>();
    app.add_observer(join_class);
    app.add_observer(rejoin_class);
    app.add_observer(leave_class);
    app.add_observer(leave_table);
    app.add_systems(PreUpdate, pump.run_if(resource_exists::<ClassLink>));
    app.add_systems(Update, tell_server_language.run_if(resource_exists::<ClassLink>));
}

/// Join a table: what the form checked.
#[derive(Event, Clone, Debug)]
pub struct JoinClass {
    pub address: String,
    pub code: String,
    pub name: String,
    pub side: Option<Side>,
}

/// Take the seat again with the token kept from last time (after the game was closed).
#[derive(Event, Clone, Debug)]
pub struct RejoinClass(pub KeptSeat);

/// Let go of the table: the connection closes.
#[derive(Event, Clone, Copy, Debug)]
pub struct LeaveClass;

/// Leaves the table and goes to the title screen (the debrief's way out).
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct LeaveTable;

/// The connection, for the systems that read and write it, with what it said that waits
/// for the next frame (after the seat's session is made, the rest must find it).
#[derive(Resource)]
pub struct ClassLink {
    link: Mutex<Link>,
    waiting: std::collections::VecDeque<LinkEvent>,
    /// The language the server was last asked to speak on this link.
    lang: Lang,
}

impl ClassLink {
    pub fn send(&self, message: PartyMessage) {
        self.link.lock().unwrap_or_else(|e| e.into_inner()).send(message);
    }
}

/// The player changed language in the settings while at a networked table: the server is
/// asked for its words in the new one, and sends the seat's view again in it (the table's
/// transcript is then replaced, see `receive`).
fn tell_server_language(language: Res<Language>, mut link: ResMut<ClassLink>, session: Option<ResMut<Session>>) {
    if link.lang == language.0 {
        return;
    }
    link.lang = language.0;
    link.link
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .set_language(language.0);
    if let Some(class) = session.and_then(|s| s.into_inner().class.as_mut()) {
        class.retelling = true;
    }
}

/// How joining stands before a seat is given: for the join form to show.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Joining {
    /// The server's URL while joining.
    pub url: Option<String>,
    pub status: Option<LinkStatus>,
    /// Why the last attempt failed, in words.
    pub problem: Option<String>,
}

/// The seat at a networked table, beside the mirror in `Session::class`.
#[derive(Clone, Debug)]
pub struct ClassTable {
    pub url: String,
    pub table: String,
    pub name: String,
    pub side: Side,
    /// The server said it is this seat's turn (`YourTurn`), and no move has been reported
    /// since: only the server knows whose turn it is (the talks may have ended).
    pub your_turn: bool,
    /// A move went to the server and its answer has not come.
    pub sent: bool,
    /// The teacher paused the class.
    pub paused: bool,
    pub status: LinkStatus,
    /// The transcript as the server wrote it for this seat.
    pub lines: Vec<String>,
    /// How the talks ended, as the server said.
    pub finished: Option<Finished>,
    /// The server was asked for another language: its next `Settings` tells the whole
    /// transcript again in it, to replace the lines kept.
    pub retelling: bool,
}

impl ClassTable {
    /// Whether the player may send a move now.
    pub fn may_move(&self) -> bool {
        self.your_turn && !self.sent && !self.paused && self.status == LinkStatus::Connected
    }

    /// The connection in words for the table: how it stands and what to do.
    pub fn connection_line(&self, l: Lang) -> String {
        let table = self.table.as_str();
        match &self.status {
            LinkStatus::Connecting => tr!(l, "class-status-connecting", table = table),
            LinkStatus::Connected if self.paused => tr!(l, "class-status-paused", table = table),
            LinkStatus::Connected if self.sent => tr!(l, "class-status-sent", table = table),
            LinkStatus::Connected => tr!(l, "class-status-connected", table = table),
            LinkStatus::Reconnecting { attempt, reason } => tr!(
                l,
                "class-status-reconnecting",
                table = table,
                reason = reason.as_str(),
                attempt = *attempt
            ),
            LinkStatus::Lost { reason } => tr!(l, "class-status-lost", table = table, reason = reason.as_str()),
            LinkStatus::Refused { reason } => {
                tr!(l, "class-status-refused", table = table, reason = reason.as_str())
            }
            LinkStatus::Closed => tr!(l, "class-status-closed", table = table),
        }
    }
}

/// A seat kept in the player's profile so the game can take it again after a restart.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct KeptSeat {
    pub url: String,
    pub token: String,
    pub table: String,
    pub side: Side,
}

impl KeptSeat {
    fn path(profile: &Profile) -> PathBuf {
        profile.0.join("class-seat.json")
    }

    /// The seat kept from last time, if any.
    pub fn load(profile: &Profile) -> Option<KeptSeat> {
        let text = std::fs::read_to_string(Self::path(profile)).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn store(&self, profile: &Profile) {
        let path = Self::path(profile);
        let _ = std::fs::create_dir_all(&profile.0);
        if let Ok(json) = serde_json::to_vec(self) {
            let _ = crate::engine::records::atomic::write(&path, &json);
        }
    }

    fn forget(profile: &Profile) {
        let _ = std::fs::remove_file(Self::path(profile));
    }
}

/// What the join form checks before dialling: the messages a student reads.
pub fn check_form(l: Lang, address: &str, code: &str, name: &str) -> Result<(String, String, String), String> {
    let url = websocket_url(address).map_err(|e| e.in_lang(l))?;
    let code = code.trim().to_uppercase();
    if code.is_empty() {
        return Err(tr!(l, "class-status-no-code"));
    }
    if code.len() > 12 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(tr!(l, "class-status-bad-code", code = code));
    }
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(tr!(l, "class-status-no-name"));
    }
    Ok((url, code, name))
}

fn open_link(
    l: Lang,
    commands: &mut Commands,
    url: String,
    hello: Hello,
    waker: Option<&bevy::winit::EventLoopProxyWrapper>,
) {
    let wake: crate::net::client::Waker = match waker {
        Some(proxy) => {
            let proxy = (**proxy).clone();
            Box::new(move || {
                let _ = proxy.send_event(bevy::winit::WinitUserEvent::WakeUp);
            })
        }
        None => Box::new(|| {}),
    };
    // The server tells this seat its refusals, notices and the computer's reasons in `l`.
    match Link::open_in(url.clone(), hello, Some(l), wake) {
        Ok(link) => {
            commands.insert_resource(ClassLink {
                link: Mutex::new(link),
                waiting: Default::default(),
                lang: l,
            });
            commands.insert_resource(Joining {
                url: Some(url),
                status: Some(LinkStatus::Connecting),
                problem: None,
            });
        }
        Err(problem) => commands.insert_resource(Joining {
            url: None,
            status: None,
            problem: Some(tr!(l, "class-status-cannot-connect", problem = problem.to_string())),
        }),
    }
}

fn join_class(
    event: On<JoinClass>,
    mut commands: Commands,
    waker: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    language: Res<Language>,
) {
    let l = language.0;
    let JoinClass {
        address,
        code,
        name,
        side,
    } = event.event().clone();
    let (url, code, name) = match check_form(l, &address, &code, &name) {
        Ok(checked) => checked,
        Err(problem) => {
            commands.insert_resource(Joining {
                problem: Some(problem),
                ..default()
            });
            return;
        }
    };
    commands.remove_resource::<ClassLink>();
    let hello = Hello::Join { code, name, side };
    open_link(l, &mut commands, url, hello, waker.as_deref());
}

fn rejoin_class(
    event: On<RejoinClass>,
    mut commands: Commands,
    waker: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
    live: Option<Res<ClassLink>>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
    language: Res<Language>,
) {
    // Still connected (the player only went to the title): back to the table.
    if live.is_some() && session.is_some_and(|s| s.class.is_some()) {
        next.set(Screen::Table);
        return;
    }
    let kept = event.event().0.clone();
    commands.remove_resource::<ClassLink>();
    open_link(
        language.0,
        &mut commands,
        kept.url,
        Hello::Token(kept.token),
        waker.as_deref(),
    );
    // The join screen shows how the connection goes, and why if the seat is refused.
    next.set(Screen::Join);
}

fn leave_class(_: On<LeaveClass>, mut commands: Commands, session: Option<Res<Session>>) {
    commands.remove_resource::<ClassLink>();
    commands.insert_resource(Joining::default());
    if session.is_some_and(|s| s.class.is_some()) {
        commands.remove_resource::<Session>();
    }
}

fn leave_table(_: On<LeaveTable>, mut commands: Commands, mut next: ResMut<NextState<Screen>>) {
    commands.trigger(LeaveClass);
    next.set(Screen::Title);
}

/// Reads everything the connection has said since the last frame.
fn pump(
    mut commands: Commands,
    mut link: ResMut<ClassLink>,
    mut session: Option<ResMut<Session>>,
    mut joining: ResMut<Joining>,
    profile: Option<Res<Profile>>,
    (screen, mut next): (Res<State<Screen>>, ResMut<NextState<Screen>>),
    language: Res<Language>,
) {
    let l = language.0;
    // Seated once, then a local game started: this connection belongs to no table shown.
    let local_game = session.as_ref().is_some_and(|s| s.class.is_none());
    if local_game && joining.url.is_none() {
        commands.remove_resource::<ClassLink>();
        return;
    }
    let link = &mut *link;
    {
        let connection = link.link.lock().unwrap_or_else(|e| e.into_inner());
        link.waiting.extend(std::iter::from_fn(|| connection.try_recv()));
    }
    let profile = profile.map_or_else(Profile::from_env, |p| p.clone());
    while let Some(event) = link.waiting.pop_front() {
        // The answer to a keep-alive changes nothing: the table is not redrawn for it.
        if matches!(event, LinkEvent::Message(ServerMessage::Pong)) {
            continue;
        }
        // A session of a local game is not this link's to change.
        let class = session.as_deref_mut().filter(|s| s.class.is_some());
        // The seat's session is made by a command, applied after this system: what follows
        // the first `Settings` waits a frame for it.
        let seats = class.is_none() && matches!(event, LinkEvent::Message(ServerMessage::Settings(_)));
        match event {
            LinkEvent::Status(status) => match class {
                Some(s) => {
                    if let LinkStatus::Refused { .. } = status {
                        KeptSeat::forget(&profile);
                    }
                    s.class.as_mut().expect("filtered").status = status;
                }
                None => {
                    if let LinkStatus::Refused { reason } = &status {
                        joining.problem = Some(tr!(l, "class-status-server-refused", reason = reason.as_str()));
                        commands.remove_resource::<ClassLink>();
                        KeptSeat::forget(&profile);
                    }
                    joining.status = Some(status);
                }
            },
            LinkEvent::Unsent(_) => {
                if let Some(s) = class {
                    s.class.as_mut().expect("filtered").sent = false;
                    s.notice = Some(tr!(l, "class-status-unsent"));
                }
            }
            LinkEvent::Message(message) => {
                let screen_now = *screen.get();
                if let Some(go) = receive(l, &mut commands, class, &mut joining, &profile, message, screen_now) {
                    next.set(go);
                }
            }
        }
        if seats {
            break;
        }
    }
}

/// Applies one message from the server; returns the screen to go to, if another.
fn receive(
    l: Lang,
    commands: &mut Commands,
    session: Option<&mut Session>,
    joining: &mut Joining,
    profile: &Profile,
    message: ServerMessage,
    screen: Screen,
) -> Option<Screen> {
    match message {
        ServerMessage::Settings(settings) => match session {
            Some(session) => {
                // Back after a drop: the state as it is now.
                let side = settings.side;
                session.game.follow(&settings.view.talks, side);
                // The scenario's words as the server now tells them (another language after
                // the player changed it); the same scenario by its digest, or nothing changes.
                let worded = Game::mirror(&settings.view, settings.seed);
                session.game.use_translation(std::sync::Arc::clone(worded.scenario()));
                let class = session.class.as_mut().expect("a class session");
                class.status = LinkStatus::Connected;
                class.sent = false;
                // The whole transcript again (in another language after a change, to replace
                // the old), or only what was missed: either way, once.
                if std::mem::take(&mut class.retelling) || settings.lines.starts_with(&class.lines) {
                    class.lines = settings.lines.clone();
                } else {
                    class.lines.extend(settings.lines.iter().cloned());
                }
                // The turn is the player's once the server says so: its `YourTurn` follows.
                class.your_turn = false;
                session.notice = None;
                None
            }
            None => {
                let url = joining.url.clone().unwrap_or_default();
                KeptSeat {
                    url: url.clone(),
                    token: settings.token.clone(),
                    table: settings.table.clone(),
                    side: settings.side,
                }
                .store(profile);
                *joining = Joining::default();
                commands.insert_resource(seat_session(&settings, url));
                Some(Screen::Briefing)
            }
        },
        ServerMessage::YourTurn { state, .. } => {
            let session = session?;
            let side = session.viewer;
            session.game.follow(&state, side);
            let class = session.class.as_mut().expect("a class session");
            class.your_turn = true;
            class.sent = false;
            record_meters(session);
            None
        }
        ServerMessage::ActionDone(done) => {
            let session = session?;
            let side = session.viewer;
            session.game.follow(&done.state, side);
            let turn = done.turn.compile(session.game.scenario(), done.by).or_else(|_| {
                // The other side's press line or red line is not in this seat's papers:
                // the move is shown without it (its effects are in the state).
                TurnSpec {
                    action: None,
                    ..done.turn.clone()
                }
                .compile(session.game.scenario(), done.by)
            });
            if let Ok(turn) = turn {
                session
                    .game
                    .note_move(done.by, done.session.saturating_sub(1), turn, done.text.clone());
            }
            let class = session.class.as_mut().expect("a class session");
            class.lines.extend(done.lines.iter().cloned());
            // Not the mirror's guess of whose turn it is: after the move that ends the talks
            // the mirror cannot know they ended until `Finished` comes, and would offer a turn
            // the server no longer has. A `YourTurn` follows whenever the seat is to move.
            class.your_turn = false;
            if done.by == side {
                class.sent = false;
                session.notice = None;
            }
            record_meters(session);
            None
        }
        ServerMessage::Finished(finished) => {
            let session = session?;
            let side = session.viewer;
            session.game.follow(&finished.state, side);
            let ending = finished.ending.unwrap_or_else(|| ending_of(&session.game, &finished));
            session.game.end_as(ending);
            let class = session.class.as_mut().expect("a class session");
            class.your_turn = false;
            class.sent = false;
            class.finished = Some(*finished);
            KeptSeat::forget(profile);
            record_meters(session);
            let next = if session.game.treaty().is_some() {
                Screen::Treaty
            } else {
                Screen::Debrief
            };
            (screen != next).then_some(next)
        }
        ServerMessage::Paused { paused } => {
            let session = session?;
            session.class.as_mut().expect("a class session").paused = paused;
            session.notice = Some(if paused {
                tr!(l, "class-status-paused-notice")
            } else {
                tr!(l, "class-status-resumed-notice")
            });
            None
        }
        ServerMessage::Notice { text } => {
            session?.notice = Some(text);
            None
        }
        ServerMessage::SeatTaken { reason } => {
            let session = session?;
            let class = session.class.as_mut().expect("a class session");
            class.status = LinkStatus::Refused { reason: reason.clone() };
            class.your_turn = false;
            session.notice = Some(tr!(l, "class-status-seat-taken", reason = reason.as_str()));
            None
        }
        ServerMessage::Error { kind, message } => {
            match session {
                Some(session) => {
                    session.class.as_mut().expect("a class session").sent = false;
                    session.notice = Some(match kind.as_str() {
                        "refused" => tr!(l, "class-status-move-refused", message = message.as_str()),
                        _ => tr!(l, "class-status-move-not-taken", message = message.as_str()),
                    });
                }
                None => joining.problem = Some(message),
            }
            None
        }
        ServerMessage::Pong => None,
    }
}

/// The session a seat's first `Settings` opens: the mirror, the player's side, no agents.
fn seat_session(settings: &Settings, url: String) -> Session {
    let side = settings.side;
    let game = Game::mirror_saying(&settings.view, settings.seed, settings.last_said.clone());
    let mut seats = [Seat::Human, Seat::Human];
    // Whoever sits across the table is the server's business: no agent plays here.
    seats[side.other().index()] = Seat::Computer(AgentSpec::Delegate);
    let mut session = Session::for_class(game, seats, side);
    session.class = Some(ClassTable {
        url,
        table: settings.table.clone(),
        name: settings.name.clone(),
        side,
        // Given by the `YourTurn` that follows when the seat is to move.
        your_turn: false,
        sent: false,
        paused: false,
        status: LinkStatus::Connected,
        lines: settings.lines.clone(),
        finished: None,
        retelling: false,
    });
    session.players = Some(settings.name.clone());
    session
}

fn record_meters(session: &mut Session) {
    let state = session.game.state();
    while session.meter_history.len() <= state.session {
        session.meter_history.push(state.meters);
    }
}

/// The ending a `Finished` from an older server (without `ending`) implies, in the engine's
/// words, for the treaty and debrief.
fn ending_of(game: &Game, finished: &Finished) -> Ending {
    let state = game.state();
    if finished.agreement.is_some() {
        let all = (0..game.scenario().articles.len()).all(|a| matches!(state.status(a), Status::Agreed(_)));
        return if all { Ending::AllAgreed } else { Ending::TimeUp };
    }
    let walked = Side::BOTH
        .into_iter()
        .find(|s| state.last_turn[s.index()].is_some_and(|t| t.break_off));
    if let Some(by) = walked {
        return Ending::BrokenOff {
            by,
            cause: BreakCause::Walkout,
        };
    }
    if let Some(by) = Side::BOTH.into_iter().find(|s| state.ultimatums[s.index()].is_some()) {
        return Ending::BrokenOff {
            by,
            cause: BreakCause::Ultimatum,
        };
    }
    // No treaty though none walked out: time ran out with an article blocking one, or a
    // capital recalled its delegation.
    if game.treaty_if_ended_now().is_none() {
        Ending::TimeUp
    } else {
        Ending::BrokenOff {
            by: game.scenario().sessions[state.session].initiative,
            cause: BreakCause::Recalled,
        }
    }
}

/// The minutes of a class game as this seat knows it: the server's transcript for it and,
/// once over, how the talks ended and what the end is worth to this side.
pub fn seat_minutes(game: &Game, class: &ClassTable) -> String {
    let scenario = game.scenario();
    let party = scenario.party(class.side);
    let mut out = format!(
        "# {} — minutes of {}\n\n{} for {} ({}), as this delegation saw the talks.\n\n",
        scenario.title, class.table, class.name, party.name, party.player_title
    );
    if let Some(finished) = &class.finished {
        out.push_str(&format!("**Outcome:** {}\n\n", finished.outcome));
        out.push_str(&format!(
            "**Worth to {}:** {:.0}%",
            party.name,
            100.0 * finished.utility
        ));
        if let Some(u) = finished.utility_1905 {
            out.push_str(&format!(" (the treaty of 1905: {:.0}%)", 100.0 * u));
        }
        out.push_str("\n\n");
    }
    out.push_str("## Transcript\n\n");
    for line in &class.lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

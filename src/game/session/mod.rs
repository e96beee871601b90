//! The game being played: the engine's `Game`, who sits in each seat, and whose papers
//! the table shows. Computer delegations think on the async task pool, so the window never
//! waits for them; every move is autosaved, and the next screen follows from the engine's
//! state (the table, a hot-seat hand-over, the treaty or the debrief).

mod choices;
mod computer;
mod files;
mod pacing;

pub use choices::{Difficulty, Opponent};
pub use files::{Export, LoadGame, LoadProblem, SaveGame, save_named};
pub use pacing::{AUTO_DELAYS, DEMONSTRATION_DELAY, Demonstrate, Pace};

use super::Screen;
use super::paths::Profile;
use crate::engine::agents::{self, Agent, AgentSpec, Decision, NoSuchLevel};
use crate::engine::analysis::timeline;
use crate::engine::play::game::Game;
use crate::engine::play::moves::Turn;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::records::save::{SaveFile, Seat};
use crate::engine::scenario::Scenario;
use crate::engine::scenario::translation::translations_beside;
use bevy::prelude::*;
use bevy::tasks::Task;
use files::profile;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<bevy::window::RequestRedraw>();
    app.add_observer(start_game);
    app.add_observer(play_human_turn);
    app.add_observer(files::load_game);
    app.add_observer(pacing::control_demonstration);
    app.add_observer(files::export);
    app.add_systems(Update, computer::drive_computer.run_if(resource_exists::<Session>));
}

/// Starts a game: the new-game screen's choices.
#[derive(Event, Clone, Debug)]
pub struct StartGame {
    pub scenario: Arc<Scenario>,
    pub files: Vec<(String, String)>,
    pub side: Side,
    pub opponent: Opponent,
    pub seed: u64,
    /// The players' names, for the class results (none given: "a player").
    pub players: Option<String>,
}

/// The player at the table sends a turn.
#[derive(Event, Clone, Copy, Debug)]
pub struct SendTurn(pub Turn);

static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A computer delegation, lent to the task that thinks for it.
type SharedAgent = Arc<Mutex<Box<dyn Agent>>>;

#[derive(Resource)]
pub struct Session {
    pub game: Game,
    pub seats: [Seat; 2],
    pub files: Vec<(String, String)>,
    /// The scenario's translation files (name, text), kept in every save of the game.
    pub translations: Vec<(String, String)>,
    /// The side whose papers the table shows: the human to move, in hot-seat.
    pub viewer: Side,
    /// Whether each side's player has read the briefing.
    pub briefed: [bool; 2],
    /// Meters at each session's opening, for the trend arrows.
    pub meter_history: Vec<[i32; crate::engine::play::state::MAX_METERS]>,
    /// The last thing to tell the player: a refused move, a save written, a load problem.
    pub notice: Option<String>,
    /// The refusal of the draft last sent, while `notice` still says it: a change to the
    /// draft clears it, since it no longer speaks of what the read-back shows.
    pub refusal: Option<String>,
    /// Where the game was last saved by the player, if it was.
    pub saved_as: Option<PathBuf>,
    /// This game's own autosave, written after every move (none yet for a named save
    /// opened and not played on; never for a class game, which the server keeps).
    pub autosave: Option<PathBuf>,
    /// The name of the save it was opened from or last saved as.
    pub name: Option<String>,
    /// Tells one game from the next in this run (drafts belong to one game).
    pub serial: u64,
    /// Started as computer against computer (the teacher's tools come with it).
    pub demonstration: bool,
    pub pace: Pace,
    /// The wait auto-play resumes with after a pause (the teacher's last choice).
    auto_delay: f32,
    /// A step was asked for while paused.
    step: bool,
    /// When the last move was played (seconds of the app's clock), for the auto-play delay.
    last_move_at: Option<f64>,
    /// The computer delegation each side had before a player took it over.
    taken_over: [Option<AgentSpec>; 2],
    /// For a what-if branch: the original game.
    pub origin: Option<crate::engine::records::save::Origin>,
    /// The names the players gave, for their result and minutes.
    pub players: Option<String>,
    /// At a class server's table: the seat, its connection and the server's transcript.
    /// The game is then the seat's mirror (`Game::mirror`), never played here.
    pub class: Option<crate::game::class::ClassTable>,
    agents: [Option<SharedAgent>; 2],
    thinking: Option<Task<Decision>>,
    /// A decision made and waiting for the pace to let it through.
    ready: Option<Decision>,
}

impl Session {
    pub fn new(game: Game, seats: [Seat; 2], files: Vec<(String, String)>) -> Result<Session, NoSuchLevel> {
        let mut agents: [Option<SharedAgent>; 2] = [None, None];
        for side in Side::BOTH {
            if let Seat::Computer(spec) = &seats[side.index()] {
                // A loaded game's delegations come back with the memory of its moves.
                let agent = agents::resume(spec, side, &game)?;
                agents[side.index()] = Some(Arc::new(Mutex::new(agent)));
            }
        }
        let humans: Vec<Side> = Side::BOTH
            .into_iter()
            .filter(|s| seats[s.index()] == Seat::Human)
            .collect();
        let viewer = match (game.to_move(), humans.as_slice()) {
            (Some(side), [_, _]) => side,
            (_, [one]) => *one,
            _ => Side::Japan,
        };
        let meter_history = timeline::meters_by_session(&game);
        Ok(Session {
            game,
            seats,
            // As they are now beside the scenario; a loaded game takes its save's instead.
            translations: translations_beside(&files),
            files,
            viewer,
            briefed: [false; 2],
            meter_history,
            notice: None,
            refusal: None,
            saved_as: None,
            autosave: None,
            name: None,
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            demonstration: false,
            pace: Pace::Auto { delay: 0.0 },
            auto_delay: 0.0,
            step: false,
            last_move_at: None,
            taken_over: [None, None],
            origin: None,
            players: None,
            class: None,
            agents,
            thinking: None,
            ready: None,
        })
    }

    /// A seat at a class server's table: `game` is its mirror; no agent plays here (the
    /// server seats whoever is across the table), and the papers shown are `side`'s.
    pub fn for_class(game: Game, seats: [Seat; 2], side: Side) -> Session {
        let mut session = Session::new(game, [Seat::Human, Seat::Human], Vec::new())
            .expect("human seats need no computer delegation");
        session.seats = seats;
        session.viewer = side;
        session
    }

    /// Whether the teacher's eye and the demonstration controls may show: in a
    /// demonstration, or where the teacher's tools are switched on — never at a class
    /// server's table, whose mirror knows nothing of the other side's limits.
    pub fn teacher_tools(&self, settings: &super::settings::Settings) -> bool {
        self.class.is_none() && (self.demonstration || settings.teacher_tools)
    }

    /// Gives `side`'s seat to a player or to a computer delegation.
    pub fn set_seat(&mut self, side: Side, seat: Seat) -> Result<(), NoSuchLevel> {
        let s = side.index();
        if self.seats[s] == seat {
            return Ok(());
        }
        self.agents[s] = match &seat {
            Seat::Human => None,
            Seat::Computer(spec) => Some(Arc::new(Mutex::new(agents::resume(spec, side, &self.game)?))),
        };
        if let Seat::Computer(previous) = &self.seats[s] {
            self.taken_over[s] = Some(previous.clone());
        }
        // A move the computer was still thinking about for this side is dropped.
        if self.game.to_move() == Some(side) {
            self.thinking = None;
            self.ready = None;
        }
        self.seats[s] = seat;
        if self.is_human(side) && !self.is_human(side.other()) {
            self.viewer = side;
        }
        self.briefed[s] = true;
        Ok(())
    }

    /// The agent to give a side back to: the one it had, else the scenario's strongest.
    pub fn computer_for(&self, side: Side) -> AgentSpec {
        self.taken_over[side.index()].clone().unwrap_or_else(|| {
            let scenario = self.game.scenario();
            let last = scenario.difficulties.len().saturating_sub(1).min(u8::MAX as usize);
            Difficulty::Level(last as u8).agent(scenario)
        })
    }

    pub fn is_human(&self, side: Side) -> bool {
        self.seats[side.index()] == Seat::Human
    }

    pub fn hot_seat(&self) -> bool {
        self.is_human(Side::Japan) && self.is_human(Side::Russia)
    }

    /// Whether the player whose papers are shown may move now.
    pub fn viewer_to_move(&self) -> bool {
        self.game.to_move() == Some(self.viewer)
            && self.is_human(self.viewer)
            && self.class.as_ref().is_none_or(|class| class.may_move())
    }

    pub fn is_thinking(&self) -> bool {
        self.thinking.is_some()
    }

    /// Whether the computer's next move is decided and waits for a step or the delay.
    pub fn move_waiting(&self) -> bool {
        self.ready.is_some()
    }

    pub fn view(&self) -> SideView<'_> {
        SideView::new(&self.game, self.viewer)
    }

    /// Plays both seats with the historical agent until `stop` says so or the game ends
    /// (the screenshot tour uses this to reach later sessions quickly).
    pub fn fast_forward(&mut self, stop: impl Fn(&Game) -> bool) {
        self.fast_forward_with([AgentSpec::Historical, AgentSpec::Historical], stop);
    }

    /// As `fast_forward`, with the agents that play Japan and Russia: the historical
    /// delegations agree on the treaty of 1905, which leaves the mediator nothing to amend.
    pub fn fast_forward_with(&mut self, specs: [AgentSpec; 2], stop: impl Fn(&Game) -> bool) {
        let mut delegations =
            Side::BOTH.map(|side| agents::make(&specs[side.index()], side, self.game.seed(), self.game.scenario()));
        while let Some(side) = self.game.to_move() {
            if stop(&self.game) {
                break;
            }
            let Ok(agent) = &mut delegations[side.index()] else {
                break;
            };
            let decision = agent.decide(&SideView::new(&self.game, side));
            agents::play_decision(&mut self.game, side, &decision);
        }
        self.meter_history = timeline::meters_by_session(&self.game);
    }

    pub fn save_file(&self) -> SaveFile {
        SaveFile::of(&self.game, &self.files, self.seats.clone())
            .with_translations(self.translations.clone())
            .with_origin(self.origin.clone())
            .with_players(self.players.clone())
    }

    /// After any move: record the meters, autosave, and say which screen comes next.
    fn after_move(&mut self, l: crate::i18n::Lang, profile: &Profile, now: f64) -> Option<Screen> {
        while self.meter_history.len() <= self.game.state().session {
            self.meter_history.push(self.game.state().meters);
        }
        self.last_move_at = Some(now);
        // After the one changed decision of a what-if, each seat goes back to its holder.
        let played = self.game.state().turns_played as usize;
        if let Some(origin) = self.origin.clone()
            && played == origin.at + 1
        {
            for side in Side::BOTH {
                if let Err(problem) = self.set_seat(side, origin.seat_after(side, played)) {
                    self.notice = Some(problem.to_string());
                }
            }
        }
        if let Err(problem) = files::autosave(l, self, profile) {
            self.notice = Some(problem);
        }
        if self.game.is_over() {
            return Some(if self.game.treaty().is_some() {
                Screen::Treaty
            } else {
                Screen::Debrief
            });
        }
        let next = self.game.to_move()?;
        if self.is_human(next) && next != self.viewer {
            self.viewer = next;
            return Some(Screen::Handover);
        }
        None
    }
}

fn start_game(
    event: On<StartGame>,
    mut commands: Commands,
    profile_res: Option<Res<Profile>>,
    mut next: ResMut<NextState<Screen>>,
    language: Res<crate::game::settings::Language>,
) {
    let StartGame {
        scenario,
        files,
        side,
        opponent,
        seed,
        players,
    } = event.event().clone();
    let mut seats = [Seat::Human, Seat::Human];
    match opponent {
        Opponent::Computer(difficulty) => seats[side.other().index()] = Seat::Computer(difficulty.agent(&scenario)),
        Opponent::Demonstration(difficulty) => seats = [0, 1].map(|_| Seat::Computer(difficulty.agent(&scenario))),
        Opponent::Human => {}
    }
    let game = Game::new(scenario, seed);
    match Session::new(game, seats, files) {
        Ok(mut session) => {
            session.viewer = side;
            session.players = players;
            if let Opponent::Demonstration(_) = opponent {
                // The class sees the first move come when the teacher is ready.
                session.demonstration = true;
                session.pace = Pace::Paused;
                session.auto_delay = DEMONSTRATION_DELAY;
            }
            if session.hot_seat() {
                session.viewer = session.game.to_move().unwrap_or(side);
                next.set(Screen::Handover);
            } else {
                next.set(Screen::Briefing);
            }
            // A new game, a new autosave: the last game's stays as it was.
            let profile = profile(profile_res);
            session.autosave = Some(profile.new_autosave());
            if let Err(problem) = files::autosave(language.0, &mut session, &profile) {
                session.notice = Some(problem);
            }
            commands.insert_resource(session);
        }
        Err(problem) => error!("could not start the game: {problem}"),
    }
}

fn play_human_turn(
    event: On<SendTurn>,
    session: Option<ResMut<Session>>,
    profile_res: Option<Res<Profile>>,
    time: Res<Time>,
    link: Option<Res<crate::game::class::ClassLink>>,
    mut next: ResMut<NextState<Screen>>,
    language: Res<crate::game::settings::Language>,
) {
    let Some(mut session) = session else { return };
    let l = language.0;
    if !session.viewer_to_move() {
        session.notice = Some(crate::tr!(l, "session-not-your-turn"));
        return;
    }
    let side = session.viewer;
    if session.class.is_some() {
        // The server referees: the move goes there, and its answer sets the table.
        let Some(link) = link else {
            session.notice = Some(crate::tr!(l, "session-not-connected"));
            return;
        };
        let turn = crate::engine::play::moves::TurnSpec::describe(&event.event().0, session.game.scenario());
        link.send(crate::net::protocol::PartyMessage::Turn { turn, text: None });
        session.notice = None;
        if let Some(class) = session.class.as_mut() {
            class.sent = true;
        }
        return;
    }
    match session.game.play(side, event.event().0) {
        Ok(()) => {
            session.notice = None;
            if let Some(screen) = session.after_move(l, &profile(profile_res), time.elapsed_secs_f64()) {
                next.set(screen);
            }
        }
        Err(refused) => {
            let reason = refused.describe_in(l, session.game.scenario());
            let refusal = crate::tr!(l, "session-not-sent", reason = reason);
            session.notice = Some(refusal.clone());
            session.refusal = Some(refusal);
        }
    }
}

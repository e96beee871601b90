//! The game being played: the engine's `Game`, who sits in each seat, and whose papers
//! the table shows. Computer delegations think on the async task pool, so the window never
//! waits for them; every move is autosaved, and the next screen follows from the engine's
//! state (the table, a hot-seat hand-over, the treaty or the debrief).

use super::Screen;
use super::paths::Profile;
use crate::engine::agents::{self, Agent, AgentSpec, Decision, NoSuchLevel};
use crate::engine::game::Game;
use crate::engine::moves::Turn;
use crate::engine::save::{self, SaveFile, Seat};
use crate::engine::scenario::Scenario;
use crate::engine::side::Side;
use crate::engine::timeline;
use crate::engine::view::SideView;
use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub(super) fn plugin(app: &mut App) {
    app.add_message::<bevy::window::RequestRedraw>();
    app.add_observer(start_game);
    app.add_observer(play_human_turn);
    app.add_observer(save_game);
    app.add_observer(load_game);
    app.add_observer(control_demonstration);
    app.add_observer(export);
    app.add_systems(Update, drive_computer.run_if(resource_exists::<Session>));
}

/// Who sits across the table when the computer plays: the delegate at one of the
/// scenario's difficulty levels (by index), or the 1905 delegation's own moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Difficulty {
    Level(u8),
    /// Plays the moves of 1905 while the talks follow them (the "historical" agent).
    Historical,
}

impl Difficulty {
    /// The choices a scenario offers: its levels, then 1905's moves if it has a script.
    pub fn all(scenario: &Scenario) -> Vec<Difficulty> {
        let levels = (0..scenario.difficulties.len().min(u8::MAX as usize)).map(|i| Difficulty::Level(i as u8));
        levels
            .chain(scenario.history.is_some().then_some(Difficulty::Historical))
            .collect()
    }

    /// The agent that plays it, as the save records it.
    pub fn agent(self, scenario: &Scenario) -> AgentSpec {
        match self {
            Difficulty::Level(i) => match scenario.difficulties.get(i as usize) {
                Some(d) => AgentSpec::DelegateAt(d.id.clone()),
                None => AgentSpec::Delegate,
            },
            Difficulty::Historical => AgentSpec::Historical,
        }
    }

    pub fn label(self, scenario: &Scenario) -> String {
        match self {
            Difficulty::Level(i) => scenario
                .difficulties
                .get(i as usize)
                .map_or_else(|| "Delegate".into(), |d| d.label.clone()),
            Difficulty::Historical => "As in 1905".into(),
        }
    }

    pub fn describe(self, scenario: &Scenario) -> String {
        match self {
            Difficulty::Level(i) => scenario
                .difficulties
                .get(i as usize)
                .map_or_else(String::new, |d| d.description.clone()),
            Difficulty::Historical => "Repeats what the real delegation did, while you let it.".into(),
        }
    }
}

/// Who faces the player.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opponent {
    Computer(Difficulty),
    /// A second player at the same machine (hot-seat).
    Human,
    /// The computer on both sides, for a class to watch: the chosen side's papers are shown.
    Demonstration(Difficulty),
}

/// How the computer's moves come: as soon as they are ready, or one at a time on the
/// teacher's word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pace {
    /// Each computer move is played once ready and `delay` seconds after the last move.
    Auto { delay: f32 },
    /// Computer moves wait for a step.
    Paused,
}

/// Seconds between moves when a demonstration plays itself: time to read a reply aloud.
pub const DEMONSTRATION_DELAY: f32 = 4.0;

/// The auto-play delays a teacher can choose between, in seconds.
pub const AUTO_DELAYS: [f32; 5] = [1.0, 2.0, 4.0, 8.0, 15.0];

/// The teacher's controls over the computer's moves.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum Demonstrate {
    /// Play the next computer move, then pause.
    Step,
    /// Auto-play if paused; pause if playing.
    TogglePause,
    /// A longer or shorter wait between auto-played moves: +1 slower, -1 faster.
    Pace(i8),
    /// A player takes this side's seat from the computer.
    TakeOver(Side),
    /// The computer takes this side's seat back.
    HandBack(Side),
}

/// Writes the game's minutes (Markdown) or its result file into the profile.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum Export {
    Minutes,
    Result,
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

/// Saves the game under a new name in the saves folder.
#[derive(Event, Clone, Copy, Debug)]
pub struct SaveGame;

/// Loads a saved game and opens it at the table.
#[derive(Event, Clone, Debug)]
pub struct LoadGame(pub PathBuf);

static NEXT_SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// A computer delegation, lent to the task that thinks for it.
type SharedAgent = Arc<Mutex<Box<dyn Agent>>>;

#[derive(Resource)]
pub struct Session {
    pub game: Game,
    pub seats: [Seat; 2],
    pub files: Vec<(String, String)>,
    /// The side whose papers the table shows: the human to move, in hot-seat.
    pub viewer: Side,
    /// Whether each side's player has read the briefing.
    pub briefed: [bool; 2],
    /// Meters at each session's opening, for the trend arrows.
    pub meter_history: Vec<[i32; crate::engine::state::MAX_METERS]>,
    /// The last thing to tell the player: a refused move, a save written, a load problem.
    pub notice: Option<String>,
    /// Where the game was last saved by the player, if it was.
    pub saved_as: Option<PathBuf>,
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
    pub origin: Option<crate::engine::save::Origin>,
    /// The names the players gave, for their result and minutes.
    pub players: Option<String>,
    agents: [Option<SharedAgent>; 2],
    thinking: Option<Task<Decision>>,
    /// A decision made and waiting for the pace to let it through.
    ready: Option<Decision>,
}

impl Session {
    pub fn new(game: Game, seats: [Seat; 2], files: Vec<(String, String)>) -> Result<Session, NoSuchLevel> {
        let seed = game.seed();
        let mut agents: [Option<SharedAgent>; 2] = [None, None];
        for side in Side::BOTH {
            if let Seat::Computer(spec) = &seats[side.index()] {
                let agent = agents::make(spec, side, seed, game.scenario())?;
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
            files,
            viewer,
            briefed: [false; 2],
            meter_history,
            notice: None,
            saved_as: None,
            serial: NEXT_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            demonstration: false,
            pace: Pace::Auto { delay: 0.0 },
            auto_delay: 0.0,
            step: false,
            last_move_at: None,
            taken_over: [None, None],
            origin: None,
            players: None,
            agents,
            thinking: None,
            ready: None,
        })
    }

    /// Whether the teacher's eye and the demonstration controls may show: in a
    /// demonstration, or where the teacher's tools are switched on.
    pub fn teacher_tools(&self, settings: &super::settings::Settings) -> bool {
        self.demonstration || settings.teacher_tools
    }

    /// Gives `side`'s seat to a player or to a computer delegation.
    pub fn set_seat(&mut self, side: Side, seat: Seat) -> Result<(), NoSuchLevel> {
        let s = side.index();
        if self.seats[s] == seat {
            return Ok(());
        }
        self.agents[s] = match &seat {
            Seat::Human => None,
            Seat::Computer(spec) => Some(Arc::new(Mutex::new(agents::make(
                spec,
                side,
                self.game.seed(),
                self.game.scenario(),
            )?))),
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
        self.game.to_move() == Some(self.viewer) && self.is_human(self.viewer)
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
        let mut delegations =
            Side::BOTH.map(|side| agents::make(&AgentSpec::Historical, side, self.game.seed(), self.game.scenario()));
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
            .with_origin(self.origin.clone())
            .with_players(self.players.clone())
    }

    /// After any move: record the meters, autosave, and say which screen comes next.
    fn after_move(&mut self, profile: &Profile, now: f64) -> Option<Screen> {
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
        if let Err(problem) = write_save(&profile.autosave(), &self.save_file()) {
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

fn write_save(path: &Path, file: &SaveFile) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("could not make the folder {}: {e}", dir.display()))?;
    }
    save::write(path, file).map_err(|d| d.to_string())
}

fn profile(world_profile: Option<Res<Profile>>) -> Profile {
    world_profile.map_or_else(Profile::from_env, |p| p.clone())
}

fn start_game(
    event: On<StartGame>,
    mut commands: Commands,
    profile_res: Option<Res<Profile>>,
    mut next: ResMut<NextState<Screen>>,
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
            let _ = write_save(&profile(profile_res).autosave(), &session.save_file());
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
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut session) = session else { return };
    if !session.viewer_to_move() {
        session.notice = Some("It is not your turn.".into());
        return;
    }
    let side = session.viewer;
    match session.game.play(side, event.event().0) {
        Ok(()) => {
            session.notice = None;
            if let Some(screen) = session.after_move(&profile(profile_res), time.elapsed_secs_f64()) {
                next.set(screen);
            }
        }
        Err(refused) => {
            let reason = refused.describe(session.game.scenario());
            session.notice = Some(format!("The move was not sent: {reason}"));
        }
    }
}

/// Starts the computer's thinking when it is to move, and plays its decision when it is
/// ready and the pace allows: at once, after the auto-play delay, or on a step.
fn drive_computer(
    mut session: ResMut<Session>,
    profile_res: Option<Res<Profile>>,
    screen: Res<State<Screen>>,
    time: Res<Time>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    // The computer waits while a human reads a brief or a hand-over screen.
    if *screen.get() != Screen::Table {
        return;
    }
    let held = session.bypass_change_detection();
    if let Some(task) = held.thinking.as_mut() {
        let Some(decision) = block_on(poll_once(task)) else {
            // The window sleeps until something happens: keep it awake until the answer comes.
            redraw.write(bevy::window::RequestRedraw);
            return;
        };
        held.thinking = None;
        held.ready = Some(decision);
        // Redraw: the table says a move waits for a step.
        session.set_changed();
    }
    let held = session.bypass_change_detection();
    if held.ready.is_some() {
        let now = time.elapsed_secs_f64();
        let due = match held.pace {
            Pace::Auto { delay } => held.last_move_at.is_none_or(|t| now - t >= delay as f64),
            Pace::Paused => held.step,
        };
        if !due {
            if matches!(held.pace, Pace::Auto { .. }) {
                redraw.write(bevy::window::RequestRedraw);
            }
            return;
        }
        let decision = held.ready.take().expect("checked above");
        session.step = false;
        let Some(side) = session.game.to_move() else { return };
        agents::play_decision(&mut session.game, side, &decision);
        if let Some(screen) = session.after_move(&profile(profile_res), now) {
            next.set(screen);
        }
        return;
    }
    let Some(side) = session.game.to_move() else { return };
    let Some(agent) = session.agents[side.index()].clone() else {
        return;
    };
    let game = session.game.clone();
    redraw.write(bevy::window::RequestRedraw);
    session.thinking = Some(AsyncComputeTaskPool::get().spawn(async move {
        let view = SideView::new(&game, side);
        let mut agent = agent.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        agent.decide(&view)
    }));
}

fn save_game(_: On<SaveGame>, session: Option<ResMut<Session>>, profile_res: Option<Res<Profile>>) {
    let Some(mut session) = session else { return };
    let profile = profile(profile_res);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let path = profile.saves().join(format!(
        "{}-session{}-{stamp}.ron",
        session.game.scenario().id,
        session.game.state().session + 1
    ));
    match write_save(&path, &session.save_file()) {
        Ok(()) => {
            session.notice = Some(format!("Saved as {}", path.display()));
            session.saved_as = Some(path);
        }
        Err(problem) => session.notice = Some(problem),
    }
}

/// What went wrong with the last load, for the load screen to show.
#[derive(Resource, Clone, Debug, Default)]
pub struct LoadProblem(pub Option<String>);

fn load_game(event: On<LoadGame>, mut commands: Commands, mut next: ResMut<NextState<Screen>>) {
    let path = &event.event().0;
    let loaded = match save::load(path) {
        Ok(loaded) => loaded,
        Err(d) => {
            commands.insert_resource(LoadProblem(Some(d.to_string())));
            return;
        }
    };
    match Session::new(loaded.game, loaded.seats, loaded.files) {
        Ok(mut session) => {
            session.briefed = [true; 2];
            session.saved_as = Some(path.clone());
            session.origin = loaded.origin;
            session.players = loaded.players;
            if !session.is_human(Side::Japan) && !session.is_human(Side::Russia) {
                session.demonstration = true;
                session.pace = Pace::Paused;
                session.auto_delay = DEMONSTRATION_DELAY;
            }
            next.set(if session.game.is_over() {
                Screen::Debrief
            } else if session.hot_seat() {
                Screen::Handover
            } else {
                Screen::Table
            });
            commands.insert_resource(LoadProblem(None));
            commands.insert_resource(session);
        }
        Err(problem) => commands.insert_resource(LoadProblem(Some(format!("{}: {problem}", path.display())))),
    }
}

fn control_demonstration(
    event: On<Demonstrate>,
    session: Option<ResMut<Session>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut session) = session else { return };
    match *event.event() {
        Demonstrate::Step => {
            session.pace = Pace::Paused;
            session.step = true;
        }
        Demonstrate::TogglePause => {
            session.pace = match session.pace {
                Pace::Paused => Pace::Auto {
                    delay: session.auto_delay,
                },
                Pace::Auto { .. } => Pace::Paused,
            };
        }
        Demonstrate::Pace(step) => {
            let Pace::Auto { delay } = session.pace else { return };
            let now = AUTO_DELAYS.iter().position(|&d| d >= delay).unwrap_or(0) as i32;
            let next = (now + step as i32).clamp(0, AUTO_DELAYS.len() as i32 - 1);
            session.auto_delay = AUTO_DELAYS[next as usize];
            session.pace = Pace::Auto {
                delay: session.auto_delay,
            };
        }
        Demonstrate::TakeOver(side) => {
            if let Err(problem) = session.set_seat(side, Seat::Human) {
                session.notice = Some(problem.to_string());
                return;
            }
            session.notice = Some(format!(
                "You now sit for {}; the computer no longer moves for that side.",
                session.game.scenario().party(side).player_title
            ));
            // With both seats taken by players, the papers are handed over between turns.
            if session.hot_seat() && session.game.to_move().is_some_and(|s| s != session.viewer) {
                session.viewer = session.game.to_move().unwrap_or(side);
                next.set(Screen::Handover);
            }
        }
        Demonstrate::HandBack(side) => {
            let agent = session.computer_for(side);
            match session.set_seat(side, Seat::Computer(agent.clone())) {
                Ok(()) => {
                    session.notice = Some(format!(
                        "The computer ({agent}) sits for {} again.",
                        session.game.scenario().party(side).player_title
                    ))
                }
                Err(problem) => session.notice = Some(problem.to_string()),
            }
        }
    }
}

/// Writes the minutes into the profile's exports folder, or the result into its results
/// folder (where the class results wall reads), and says where.
fn export(event: On<Export>, session: Option<ResMut<Session>>, profile_res: Option<Res<Profile>>) {
    let Some(mut session) = session else { return };
    let profile = profile(profile_res);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let id = session.game.scenario().id.clone();
    let written = match event.event() {
        Export::Minutes => {
            let path = profile.exports().join(format!("{id}-minutes-{stamp}.md"));
            let text = crate::engine::minutes::markdown(
                &session.game,
                &session.seats,
                session.players.as_deref(),
                session.origin.as_ref(),
            );
            std::fs::create_dir_all(profile.exports())
                .and_then(|_| crate::engine::atomic::write(&path, text.as_bytes()))
                .map(|_| format!("Minutes written to {}", path.display()))
                .map_err(|e| format!("could not write the minutes to {}: {e}", path.display()))
        }
        Export::Result => {
            match crate::engine::results::ResultFile::of(&session.game, &session.seats, session.players.as_deref()) {
                None => Err("The talks are not over: there is no result to export yet.".to_string()),
                Some(result) => {
                    let path = profile.results().join(format!("{id}-{stamp}.ron"));
                    std::fs::create_dir_all(profile.results())
                    .map_err(|e| e.to_string())
                    .and_then(|_| crate::engine::results::write(&path, &result).map_err(|d| d.to_string()))
                    .map(|_| {
                        format!(
                            "Result written to {} — the Class results screen shows it; give this file to your teacher",
                            path.display()
                        )
                    })
                }
            }
        }
    };
    session.notice = Some(written.unwrap_or_else(|problem| problem));
}

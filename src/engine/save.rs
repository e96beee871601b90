//! Saved games. A save holds the scenario files it was played on, the seed, who sat in
//! each seat and every turn; loading replays the turns, so the state is never stored twice
//! and can never disagree with the moves. Saves are written atomically; a save that is
//! damaged, or written by a newer version, gives a clear error and is left untouched.

use super::atomic;
use super::diagnostic::Diagnostic;
use super::game::Game;
use super::moves::TurnSpec;
use super::scenario::{self, InMemory, read_bounded};
use super::side::Side;
use super::source::{Limits, SourceFile, SourceMap, from_node, parse};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The newest save format this build reads. Format 2 adds the origin of a what-if branch
/// and the players' names; saves without them are still written as format 1, so earlier
/// versions open them.
pub const SAVE_FORMAT: u32 = 2;

/// Saves embed whole scenario files, so strings may be long; everything else stays bounded.
const SAVE_LIMITS: Limits = Limits {
    max_depth: 24,
    max_string_bytes: 1024 * 1024,
    max_items: 20_000,
    max_nodes: 400_000,
};

/// Who plays a side.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum Seat {
    Human,
    /// A computer delegation, by agent name.
    Computer(String),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename = "Save", deny_unknown_fields)]
pub struct SaveFile {
    pub format: u32,
    pub scenario_id: String,
    pub scenario_title: String,
    /// The scenario's content fingerprint, in hex.
    pub digest: String,
    pub seed: u64,
    pub japan: Seat,
    pub russia: Seat,
    /// The scenario file and any base files, root first: (name, text).
    pub files: Vec<(String, String)>,
    pub turns: Vec<SavedTurn>,
    /// For a what-if branch: the game it branched from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// The names the players gave themselves, for the class results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub players: Option<String>,
}

/// The original game of a what-if branch: its seats and every turn, and where the branch
/// left it. The branch shares the original's first `at` turns; `changed` made the one
/// decision that differs, after which each seat goes back to whoever held it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename = "Origin", deny_unknown_fields)]
pub struct Origin {
    /// The original save's file name, to name it in the debrief.
    pub name: String,
    pub japan: Seat,
    pub russia: Seat,
    pub turns: Vec<SavedTurn>,
    pub at: usize,
    pub changed: Side,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename = "Turn", deny_unknown_fields)]
pub struct SavedTurn {
    pub side: Side,
    pub turn: TurnSpec,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A loaded save: the game replayed to where it was saved, and its seats.
pub struct Loaded {
    pub game: Game,
    pub seats: [Seat; 2],
    pub files: Vec<(String, String)>,
    pub origin: Option<Origin>,
    pub players: Option<String>,
}

impl SaveFile {
    /// Captures a recorded game. `files` are the scenario's files as loaded.
    pub fn of(game: &Game, files: &[(String, String)], seats: [Seat; 2]) -> SaveFile {
        let scenario = game.scenario();
        let [japan, russia] = seats;
        SaveFile {
            format: 1,
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            digest: format!("{:016x}", scenario.digest),
            seed: game.seed(),
            japan,
            russia,
            files: files.to_vec(),
            turns: game
                .transcript()
                .moves()
                .map(|(side, turn, note)| SavedTurn {
                    side,
                    turn: TurnSpec::describe(turn, scenario),
                    note: note.map(str::to_string),
                })
                .collect(),
            origin: None,
            players: None,
        }
    }

    /// Marks this save as a what-if branch of `origin`.
    pub fn with_origin(mut self, origin: Option<Origin>) -> SaveFile {
        self.origin = origin;
        self.with_format()
    }

    /// Names the players of its human seats.
    pub fn with_players(mut self, players: Option<String>) -> SaveFile {
        self.players = players;
        self.with_format()
    }

    /// Format 2 only where its fields are used.
    fn with_format(mut self) -> SaveFile {
        self.format = if self.origin.is_some() || self.players.is_some() {
            SAVE_FORMAT
        } else {
            1
        };
        self
    }

    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        ron::ser::to_string_pretty(self, config).expect("saves are plain data")
    }
}

pub fn write(path: &Path, save: &SaveFile) -> Result<(), Diagnostic> {
    atomic::write(path, save.to_text().as_bytes()).map_err(|e| {
        Diagnostic::error(
            "save-failed",
            format!("could not save the game: {e}"),
            "check there is space and the folder is writable; the previous save, if any, is unchanged",
        )
        .in_file(&path.display().to_string())
    })
}

pub fn load(path: &Path) -> Result<Loaded, Diagnostic> {
    let text = read_bounded(path, "save")?;
    load_text(&path.display().to_string(), text)
}

pub fn load_text(name: &str, text: String) -> Result<Loaded, Diagnostic> {
    super::file_kind::expect(&text, super::file_kind::FileKind::Save, name)?;
    let mut sources = SourceMap::default();
    let id = sources.add(SourceFile::new(name, text));
    let damaged = |message: String, help: &str| Diagnostic::error("damaged-save", message, help);
    let tree = parse(&sources.file(id).text, id, SAVE_LIMITS).map_err(|e| {
        damaged(
            format!("this save file is damaged: {}", e.message),
            "the file was changed or cut short since it was saved; load an earlier save",
        )
        .at(sources.location(e.span))
    })?;
    if let Some((v, span)) = tree.format_beyond(SAVE_FORMAT) {
        return Err(Diagnostic::error(
            "newer-save",
            format!("this game was saved by a newer version of Portsmouth 1905 (save format {v}; this version reads up to {SAVE_FORMAT})"),
            "update the game to open it; the file is unchanged",
        )
        .at(sources.location(span)));
    }
    let save: SaveFile = from_node(&tree).map_err(|e| {
        let d = damaged(
            format!("this save file is damaged: {}", e.message),
            "the file was changed since it was saved; load an earlier save",
        );
        d.at(sources.location(e.span.unwrap_or(tree.span)))
    })?;
    let root = save
        .files
        .first()
        .map(|(n, _)| n.clone())
        .ok_or_else(|| damaged("the save holds no scenario".into(), "load an earlier save").in_file(name))?;
    let loaded = scenario::load_from(&root, &InMemory(&save.files)).map_err(|errors| {
        let first = errors
            .into_iter()
            .find(|d| d.is_error())
            .map_or(String::new(), |d| d.to_string());
        damaged(
            format!(
                "the scenario stored inside this save (its own copy of `{root}`, taken when the game began; the file of that name on disk is not read) does not load:\n{first}"
            ),
            "the copy inside the save was edited by hand or is damaged: load an earlier save, or start a new game from the scenario file",
        )
        .in_file(name)
    })?;
    let scenario = loaded.scenario;
    if format!("{:016x}", scenario.digest) != save.digest {
        return Err(damaged(
            "the scenario inside this save differs from the one it was saved with".into(),
            "the save was edited by hand or is damaged; load an earlier save",
        )
        .in_file(name));
    }
    let turn_at = |list: Option<&super::source::Node>, turn: usize| {
        let node = match list.map(|l| &l.kind) {
            Some(super::source::Kind::List(items)) => items.get(turn),
            _ => None,
        };
        sources.location(node.map_or(tree.span, |n| n.span))
    };
    let game = replay_turns(scenario.clone(), save.seed, &save.turns).map_err(|e| {
        damaged(
            e.to_string(),
            "the save was edited by hand or is damaged; load an earlier save, or branch it before this turn with `portsmouth branch`",
        )
        .at(turn_at(tree.field("turns"), e.turn))
    })?;
    if let Some(origin) = &save.origin {
        replay_turns(scenario, save.seed, &origin.turns).map_err(|e| {
            damaged(
                format!("the original game of this what-if does not replay: {e}"),
                "the save was edited by hand or is damaged; load an earlier save",
            )
            .at(turn_at(tree.field("origin").and_then(|o| o.field("turns")), e.turn))
        })?;
    }
    Ok(Loaded {
        game,
        seats: [save.japan, save.russia],
        files: save.files,
        origin: save.origin,
        players: save.players,
    })
}

/// Plays saved turns from the opening.
pub fn replay(scenario: std::sync::Arc<scenario::Scenario>, seed: u64, turns: &[SavedTurn]) -> Result<Game, String> {
    replay_turns(scenario, seed, turns).map_err(|e| e.to_string())
}

/// A saved turn the rules refuse: which one, in which session, by whom, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayError {
    /// 0-based, in the save's list of turns.
    pub turn: usize,
    /// 0-based.
    pub session: usize,
    pub side: Side,
    pub reason: String,
}

impl std::fmt::Display for ReplayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "turn {} ({}'s, in session {}) cannot be replayed: {}",
            self.turn + 1,
            self.side,
            self.session + 1,
            self.reason
        )
    }
}

/// Plays saved turns from the opening, naming the first one the rules refuse.
pub fn replay_turns(
    scenario: std::sync::Arc<scenario::Scenario>,
    seed: u64,
    turns: &[SavedTurn],
) -> Result<Game, ReplayError> {
    let mut game = Game::new(scenario, seed);
    for (i, saved) in turns.iter().enumerate() {
        let session = game.state().session;
        saved
            .turn
            .compile(game.scenario(), saved.side)
            .and_then(|t| {
                game.play_noted(saved.side, t, saved.note.clone())
                    .map_err(|e| e.to_string())
            })
            .map_err(|reason| ReplayError {
                turn: i,
                session,
                side: saved.side,
                reason,
            })?;
    }
    Ok(game)
}

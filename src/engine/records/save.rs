//! Saved games. A save holds the scenario files it was played on, the seed, who sat in
//! each seat and every turn; loading replays the turns, so the state is never stored twice
//! and can never disagree with the moves. Saves are written atomically; a save that is
//! damaged, or written by a newer version, gives a clear error and is left untouched.

use crate::engine::agents::AgentSpec;
use crate::engine::play::game::Game;
use crate::engine::play::moves::TurnSpec;
use crate::engine::play::rules::MoveError;
use crate::engine::play::side::Side;
use crate::engine::records::atomic;
use crate::engine::scenario::limits::{MAX_BASE_DEPTH, MAX_FILE_BYTES};
use crate::engine::scenario::turns::TurnSpecError;
use crate::engine::scenario::{self, InMemory, read_at_most};
use crate::engine::source::diagnostic::Diagnostic;
use crate::engine::source::{Kind, Limits, Location, Problem, SourceFile, SourceMap, Span, parse, read_document};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The newest save format this build reads. Format 2 adds the origin of a what-if branch
/// and the players' names; saves without them are still written as format 1, so earlier
/// versions open them.
pub const SAVE_FORMAT: u32 = 2;

/// Saves embed whole scenario files, so strings may be long; everything else stays bounded.
const SAVE_LIMITS: Limits = Limits {
    max_depth: 24,
    max_string_bytes: MAX_FILE_BYTES as usize,
    max_items: 20_000,
    max_nodes: 400_000,
};

/// The most the turns, seats and what-if origin of a save take: a game has at most
/// 40 sessions of 4 exchanges, twice over for a what-if, and notes are short.
const MAX_MOVES_BYTES: u64 = 4 * 1024 * 1024;

/// The largest save read. A save embeds its scenario's files — a chain of up to
/// `MAX_BASE_DEPTH + 1`, each at most `MAX_FILE_BYTES` — written as RON strings, in which
/// a new line, tab, quote or backslash takes two bytes; then the moves. A save beyond this
/// is refused when written, so every save the game writes, it reads.
pub const MAX_SAVE_BYTES: u64 = (MAX_BASE_DEPTH as u64 + 1) * MAX_FILE_BYTES * 2 + MAX_MOVES_BYTES;

/// Who plays a side.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum Seat {
    Human,
    /// A computer delegation, saved by its agent's name.
    Computer(AgentSpec),
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
    let text = save.to_text();
    if text.len() as u64 > MAX_SAVE_BYTES {
        return Err(Diagnostic::error(
            "save-failed",
            format!(
                "this game cannot be saved: with its scenario files it would take {} KiB, more than the {} KiB a save may hold",
                text.len() / 1024,
                MAX_SAVE_BYTES / 1024
            ),
            "the scenario's files are unusually large; shorten their texts to save games played on them",
        )
        .in_file(&path.display().to_string()));
    }
    atomic::write(path, text.as_bytes()).map_err(|e| {
        Diagnostic::error(
            "save-failed",
            format!("could not save the game: {e}"),
            "check there is space and the folder is writable; the previous save, if any, is unchanged",
        )
        .in_file(&path.display().to_string())
    })
}

pub fn load(path: &Path) -> Result<Loaded, Diagnostic> {
    let text = read_at_most(path, "save", MAX_SAVE_BYTES)?;
    load_text(&path.display().to_string(), text)
}

pub fn load_text(name: &str, text: String) -> Result<Loaded, Diagnostic> {
    crate::engine::source::file_kind::expect(&text, crate::engine::source::file_kind::FileKind::Save, name)?;
    let damaged = |message: String, help: &str| Diagnostic::error("damaged-save", message, help);
    // Kept to point a turn that does not replay at its own line (the error path only).
    let saved_text = text.clone();
    let save: SaveFile = read_document(name, text, SAVE_LIMITS, Some(SAVE_FORMAT)).map_err(|e| match e.problem {
        Problem::Newer(v) => Diagnostic::error(
            "newer-save",
            format!("this game was saved by a newer version of Portsmouth 1905 (save format {v}; this version reads up to {SAVE_FORMAT})"),
            "update the game to open it; the file is unchanged",
        )
        .at(e.location),
        Problem::Unreadable => damaged(
            format!("this save file is damaged: {}", e.message),
            "the file was changed or cut short since it was saved; load an earlier save",
        )
        .at(e.location),
        Problem::Schema => damaged(
            format!("this save file is damaged: {}", e.message),
            "the file was changed since it was saved; load an earlier save",
        )
        .at(e.location),
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
    let game = replay(scenario.clone(), save.seed, &save.turns).map_err(|e| {
        damaged(
            e.to_string(),
            "the save was edited by hand or is damaged; load an earlier save, or branch it before this turn with `portsmouth branch`",
        )
        .at(turn_location(name, &saved_text, &["turns"], e.turn - 1))
    })?;
    if let Some(origin) = &save.origin {
        replay(scenario, save.seed, &origin.turns).map_err(|e| {
            damaged(
                format!("the original game of this what-if does not replay: {e}"),
                "the save was edited by hand or is damaged; load an earlier save",
            )
            .at(turn_location(name, &saved_text, &["origin", "turns"], e.turn - 1))
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

/// Where the `index`th entry of the list at `path` stands in a save's text (the whole file
/// where it cannot be found).
fn turn_location(name: &str, text: &str, path: &[&str], index: usize) -> Location {
    let mut sources = SourceMap::default();
    let id = sources.add(SourceFile::new(name, text.to_string()));
    let Ok(tree) = parse(&sources.file(id).text, id, SAVE_LIMITS) else {
        return sources.location(Span::new(id, 0, 0));
    };
    let list = path.iter().try_fold(&tree, |node, key| node.field(key));
    let entry = match list.map(|l| &l.kind) {
        Some(Kind::List(items)) => items.get(index),
        _ => None,
    };
    sources.location(entry.map_or(tree.span, |n| n.span))
}

/// A saved turn that does not replay: which one, in which session, by whom, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("turn {turn} ({side}'s, in session {session}) cannot be replayed: {why}")]
pub struct ReplayError {
    /// Counted from 1, as the turns are listed.
    pub turn: usize,
    /// Counted from 1.
    pub session: usize,
    pub side: Side,
    pub why: NotReplayed,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotReplayed {
    /// It names what the scenario does not have.
    #[error(transparent)]
    Unreadable(#[from] TurnSpecError),
    /// The rules refuse it; `described` is the refusal in the scenario's words.
    #[error("{described}")]
    Refused { refusal: MoveError, described: String },
}

/// Plays saved turns from the opening, naming the first one that does not replay.
pub fn replay(
    scenario: std::sync::Arc<scenario::Scenario>,
    seed: u64,
    turns: &[SavedTurn],
) -> Result<Game, ReplayError> {
    let mut game = Game::new(scenario, seed);
    for (i, saved) in turns.iter().enumerate() {
        let session = game.state().session + 1;
        saved
            .turn
            .compile(game.scenario(), saved.side)
            .map_err(NotReplayed::from)
            .and_then(|t| {
                game.play_noted(saved.side, t, saved.note.clone())
                    .map_err(|refusal| NotReplayed::Refused {
                        refusal,
                        described: refusal.describe(game.scenario()),
                    })
            })
            .map_err(|why| ReplayError {
                turn: i + 1,
                session,
                side: saved.side,
                why,
            })?;
    }
    Ok(game)
}

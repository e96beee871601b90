//! Saved games. A save holds the scenario files it was played on, the seed, who sat in
//! each seat and every turn; loading replays the turns, so the state is never stored twice
//! and can never disagree with the moves. Saves are written atomically; a save that is
//! damaged, or written by a newer version, gives a clear error and is left untouched.
//! For the record, a save also names the hidden limits each computer delegate drew for the
//! game; they too are derived (from the seed, the scenario and the seat) and checked.

use crate::engine::agents::{AgentSpec, HiddenLimits, Remark, limits_for};
use crate::engine::play::game::{Game, Rules};
use crate::engine::play::moves::TurnSpec;
use crate::engine::play::rules::MoveError;
use crate::engine::play::side::Side;
use crate::engine::records::atomic;
use crate::engine::records::transcript::Note;
use crate::engine::scenario::limits::{MAX_BASE_DEPTH, MAX_FILE_BYTES};
use crate::engine::scenario::turns::TurnSpecError;
use crate::engine::scenario::{self, InMemory, read_at_most, translation};
use crate::engine::source::diagnostic::Diagnostic;
use crate::engine::source::{Kind, Limits, Location, Problem, SourceFile, SourceMap, Span, parse, read_document};
use crate::i18n::{Lang, Message};
use crate::msg;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The newest save format this build reads. Format 2 adds the origin of a what-if branch
/// and the players' names; format 3 the computer delegates' hidden limits; format 4 the
/// name the player gave the save; format 5 what the computer delegates said, as remarks
/// written out in the reader's language, and the scenario's translations; format 6 the
/// rules the game was played by (since stop 65 the capitals answer after the day's news),
/// which every new game uses: an earlier version would replay it by its own rules. A save is
/// written in the oldest format that holds what it uses, so earlier versions open saves
/// without delegates (and name a newer format, rather than damage, for those with them).
pub const SAVE_FORMAT: u32 = 6;

/// The longest save name kept, in characters: a list line, not a letter.
pub const MAX_SAVE_NAME_CHARS: usize = 80;

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
/// `MAX_BASE_DEPTH + 1`, each at most `MAX_FILE_BYTES` — and each file's translation into
/// every language (each as large as a scenario file may be), written as RON strings, in
/// which a new line, tab, quote or backslash takes two bytes; then the moves. A save beyond
/// this is refused when written, so every save the game writes, it reads.
pub const MAX_SAVE_BYTES: u64 =
    (MAX_BASE_DEPTH as u64 + 1) * MAX_FILE_BYTES * 2 * (1 + Lang::OFFERED.len() as u64) + MAX_MOVES_BYTES;

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
    /// The hidden limits of the computer delegates in its seats, as their levels play
    /// them; absent when no seat has one, and in saves written before they were stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<SeatLimits>,
    /// The name the player gave the save; absent for autosaves and older saves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The scenario's translation files when the game was saved, (name, text): the save
    /// reads in every language wherever it is opened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<(String, String)>,
    /// The rules it was played by; absent in saves written before the rules were kept, which
    /// replay by the rules of their day.
    #[serde(
        default = "rules_before_saves_kept_them",
        skip_serializing_if = "is_rules_before_saves_kept_them"
    )]
    pub rules: Rules,
}

fn rules_before_saves_kept_them() -> Rules {
    Rules::AnswersBeforeNews
}

fn is_rules_before_saves_kept_them(rules: &Rules) -> bool {
    *rules == Rules::AnswersBeforeNews
}

/// Per seat, the hidden limits its computer delegate drew for this game (none for a player
/// or an agent without them).
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Default)]
#[serde(rename = "Limits", deny_unknown_fields)]
pub struct SeatLimits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub japan: Option<HiddenLimits>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub russia: Option<HiddenLimits>,
}

impl SeatLimits {
    /// The limits the delegates in `seats` draw in a game of `scenario` with this seed;
    /// `None` when no seat has a delegate.
    pub fn of(scenario: &scenario::Scenario, seed: u64, seats: &[Seat; 2]) -> Option<SeatLimits> {
        let [japan, russia] = Side::BOTH.map(|side| match &seats[side.index()] {
            Seat::Computer(spec) => limits_for(spec, side, seed, scenario),
            Seat::Human => None,
        });
        (japan.is_some() || russia.is_some()).then_some(SeatLimits { japan, russia })
    }

    pub fn get(&self, side: Side) -> Option<HiddenLimits> {
        match side {
            Side::Japan => self.japan,
            Side::Russia => self.russia,
        }
    }

    /// Without `side`'s (its seat handed to a player).
    fn without(self, side: Side) -> Option<SeatLimits> {
        let mut rest = self;
        match side {
            Side::Japan => rest.japan = None,
            Side::Russia => rest.russia = None,
        }
        (rest.japan.is_some() || rest.russia.is_some()).then_some(rest)
    }
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
    /// Words written with the turn, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What a computer delegation said with the turn, to be written out in the reader's
    /// language (format 5; older saves hold its English words in `note`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said: Option<Remark>,
}

impl SavedTurn {
    fn note(&self) -> Option<Note> {
        match (&self.said, &self.note) {
            (Some(remark), _) => Some(Note::Said(*remark)),
            (None, Some(text)) => Some(Note::Text(text.clone())),
            (None, None) => None,
        }
    }
}

/// A loaded save: the game replayed to where it was saved, and its seats.
pub struct Loaded {
    pub game: Game,
    pub seats: [Seat; 2],
    pub files: Vec<(String, String)>,
    pub origin: Option<Origin>,
    pub players: Option<String>,
    /// The save's name, cleaned (a file may hold anything).
    pub name: Option<String>,
    /// The scenario's translation files the save holds (name, text).
    pub translations: Vec<(String, String)>,
}

/// A save name as a list shows it: control characters (new lines, escapes) become spaces,
/// runs of spaces one, trimmed, and cut to `MAX_SAVE_NAME_CHARS` with an ellipsis.
pub fn clean_name(name: &str) -> String {
    let spaced: String = name.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= MAX_SAVE_NAME_CHARS {
        return joined;
    }
    let cut: String = joined.chars().take(MAX_SAVE_NAME_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// How a saved game stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    InProgress,
    Signed,
    BrokeDown,
}

impl Outcome {
    pub fn of(game: &Game) -> Outcome {
        match (game.is_over(), game.treaty().is_some()) {
            (false, _) => Outcome::InProgress,
            (true, true) => Outcome::Signed,
            (true, false) => Outcome::BrokeDown,
        }
    }

    /// In plain words, for a list of saves.
    pub fn words(self) -> &'static str {
        match self {
            Outcome::InProgress => "in progress",
            Outcome::Signed => "treaty signed",
            Outcome::BrokeDown => "talks broke down",
        }
    }
}

impl Loaded {
    /// The session the game reached, counted from 1, and how many the scenario has.
    pub fn session_reached(&self) -> (usize, usize) {
        let sessions = self.game.scenario().sessions.len();
        ((self.game.state().session + 1).min(sessions.max(1)), sessions)
    }

    pub fn outcome(&self) -> Outcome {
        Outcome::of(&self.game)
    }
}

impl SaveFile {
    /// Captures a recorded game. `files` are the scenario's files as loaded.
    pub fn of(game: &Game, files: &[(String, String)], seats: [Seat; 2]) -> SaveFile {
        let scenario = game.scenario();
        let limits = SeatLimits::of(scenario, game.seed(), &seats);
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
                    note: match note {
                        Some(Note::Text(text)) => Some(text.clone()),
                        _ => None,
                    },
                    said: match note {
                        Some(Note::Said(remark)) => Some(*remark),
                        _ => None,
                    },
                })
                .collect(),
            origin: None,
            players: None,
            limits,
            name: None,
            translations: Vec::new(),
            rules: game.rules(),
        }
        .with_format()
    }

    /// Keeps the scenario's translation files (name, text) in the save.
    pub fn with_translations(mut self, translations: Vec<(String, String)>) -> SaveFile {
        self.translations = translations;
        self.with_format()
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

    /// Names the save (cleaned: one line, printable, at most `MAX_SAVE_NAME_CHARS`); an
    /// empty name leaves it unnamed.
    pub fn with_name(mut self, name: Option<&str>) -> SaveFile {
        self.name = name.map(clean_name).filter(|n| !n.is_empty());
        self.with_format()
    }

    /// Hands `side`'s seat to a player: its delegate's limits no longer apply.
    pub fn with_player_in(mut self, side: Side) -> SaveFile {
        match side {
            Side::Japan => self.japan = Seat::Human,
            Side::Russia => self.russia = Seat::Human,
        }
        self.limits = self.limits.and_then(|l| l.without(side));
        self.with_format()
    }

    /// The oldest format that holds the fields it uses.
    fn with_format(mut self) -> SaveFile {
        let said = |turns: &[SavedTurn]| turns.iter().any(|t| t.said.is_some());
        self.format = if self.rules != Rules::AnswersBeforeNews {
            6
        } else if said(&self.turns)
            || self.origin.as_ref().is_some_and(|o| said(&o.turns))
            || !self.translations.is_empty()
        {
            5
        } else if self.name.is_some() {
            4
        } else if self.limits.is_some() {
            3
        } else if self.origin.is_some() || self.players.is_some() {
            2
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
            msg!(
                "check-save-too-large",
                kib = text.len() / 1024,
                most = MAX_SAVE_BYTES / 1024
            ),
            msg!("check-save-too-large-help"),
        )
        .in_file(&path.display().to_string()));
    }
    atomic::write(path, text.as_bytes()).map_err(|e| {
        Diagnostic::error(
            "save-failed",
            msg!(
                "check-save-failed",
                problem = crate::engine::source::diagnostic::system_reason(&e)
            ),
            msg!("check-save-failed-help"),
        )
        .in_file(&path.display().to_string())
    })
}

/// Loads a save with the scenario's prose as written.
pub fn load(path: &Path) -> Result<Loaded, Diagnostic> {
    let text = read_at_most(path, "save", MAX_SAVE_BYTES)?;
    load_text(&path.display().to_string(), text)
}

/// Loads a save with the scenario's prose in `lang`, from the translations the save holds
/// (a save written before it held them: from the files beside the scenario it names, where
/// they still are). The game is the same in every language; where there is no translation,
/// the prose is as written.
pub fn load_in(path: &Path, lang: Lang) -> Result<Loaded, Diagnostic> {
    let text = read_at_most(path, "save", MAX_SAVE_BYTES)?;
    load_text_in(&path.display().to_string(), text, lang)
}

pub fn load_text(name: &str, text: String) -> Result<Loaded, Diagnostic> {
    load_text_as(name, text, None)
}

pub fn load_text_in(name: &str, text: String, lang: Lang) -> Result<Loaded, Diagnostic> {
    load_text_as(name, text, Some(lang))
}

fn load_text_as(name: &str, text: String, lang: Option<Lang>) -> Result<Loaded, Diagnostic> {
    crate::engine::source::file_kind::expect(&text, crate::engine::source::file_kind::FileKind::Save, name)?;
    let damaged = |message: Message, help: Message| Diagnostic::error("damaged-save", message, help);
    // Kept to point a turn that does not replay at its own line (the error path only).
    let saved_text = text.clone();
    let save: SaveFile = read_document(name, text, SAVE_LIMITS, Some(SAVE_FORMAT)).map_err(|e| match e.problem {
        Problem::Newer(v) => Diagnostic::error(
            "newer-save",
            msg!("check-save-newer", format = v, newest = SAVE_FORMAT),
            msg!("check-save-newer-help"),
        )
        .at(e.location),
        Problem::Unreadable => damaged(
            msg!("check-save-damaged", problem = e.words),
            msg!("check-save-damaged-unreadable-help"),
        )
        .at(e.location),
        Problem::Schema => damaged(
            msg!("check-save-damaged", problem = e.words),
            msg!("check-save-damaged-schema-help"),
        )
        .at(e.location),
    })?;
    let root =
        save.files.first().map(|(n, _)| n.clone()).ok_or_else(|| {
            damaged(msg!("check-save-no-scenario"), msg!("check-save-no-scenario-help")).in_file(name)
        })?;
    let loaded = scenario::load_from(&root, &InMemory(&save.files)).map_err(|errors| {
        let damaged = damaged(
            msg!("check-save-scenario-does-not-load", file = root.as_str()),
            msg!("check-save-scenario-does-not-load-help"),
        )
        .in_file(name);
        match errors.into_iter().find(|d| d.is_error()) {
            Some(first) => damaged.because(first),
            None => damaged,
        }
    })?;
    if format!("{:016x}", loaded.scenario.digest) != save.digest {
        return Err(damaged(msg!("check-save-digest"), msg!("check-save-edited-help")).in_file(name));
    }
    // A translation changes words only: the digest, the rules and the moves are the same.
    let scenario = lang
        .and_then(|lang| translated(&save, &root, lang))
        .unwrap_or(loaded.scenario);
    let game = replay(scenario.clone(), save.seed, save.rules, &save.turns).map_err(|e| {
        damaged(e.words(), msg!("check-save-turn-help")).at(turn_location(name, &saved_text, &["turns"], e.turn - 1))
    })?;
    check_limits(&save, &scenario).map_err(|e| damaged(e.words(), msg!("check-save-limits-help")).in_file(name))?;
    if let Some(origin) = &save.origin {
        replay(scenario, save.seed, save.rules, &origin.turns).map_err(|e| {
            damaged(
                msg!("check-save-origin", problem = e.words()),
                msg!("check-save-edited-help"),
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
        name: save.name.as_deref().map(clean_name).filter(|n| !n.is_empty()),
        translations: save.translations,
    })
}

/// The save's scenario with its prose in `lang`, if there is a translation to lay over it.
/// A translation that cannot be used is passed over, as the game passes over one on disk.
fn translated(save: &SaveFile, root: &str, lang: Lang) -> Option<std::sync::Arc<scenario::Scenario>> {
    let held = |ftl: &str| match save.translations.iter().find(|(name, _)| name == ftl) {
        Some((name, text)) => translation::vet_translation(name, text.clone()).map(Some),
        None => Ok(None),
    };
    let beside = |ftl: &str| translation::read_translation(Path::new(ftl));
    let lookup: &dyn Fn(&str) -> Result<Option<String>, crate::i18n::check::Problem> =
        if save.translations.is_empty() { &beside } else { &held };
    let translated = translation::load_translated_from(root, &InMemory(&save.files), lang, lookup).ok()?;
    // The pseudo-locale needs no files: it is made from the prose itself.
    (!translated.used.is_empty() || lang == Lang::Pseudo).then_some(translated.loaded.scenario)
}

/// Stored limits that are not the ones the seed draws for the seats.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(
    "the hidden limits stored for {side}'s computer delegate (`limits.{field}`) are not the ones this game drew: stored {stored}, drawn {drawn}"
)]
pub struct LimitsMismatch {
    pub side: Side,
    /// The first field that differs, as the save names it (`russia.resolve`).
    pub field: String,
    pub stored: LimitValue,
    pub drawn: LimitValue,
}

impl LimitsMismatch {
    /// The mismatch in no language yet.
    pub fn words(&self) -> Message {
        msg!(
            "check-save-limits",
            side = side_words(self.side),
            field = self.field.as_str(),
            stored = self.stored.words(),
            drawn = self.drawn.words()
        )
    }
}

/// One hidden limit, as a mismatch names it.
#[derive(Clone, Debug, PartialEq)]
pub enum LimitValue {
    /// No limits at all for the seat.
    None,
    /// Some limits for the seat.
    Some,
    /// A number, as the save writes it.
    Number(String),
    /// The index of the session of a planned walk-out.
    SessionIndex(usize),
}

impl LimitValue {
    fn words(&self) -> Message {
        match self {
            LimitValue::None => msg!("check-save-limit-none"),
            LimitValue::Some => msg!("check-save-limit-some"),
            LimitValue::Number(n) => Message::Fixed(n.clone()),
            LimitValue::SessionIndex(i) => msg!("check-save-limit-session", index = *i),
        }
    }
}

impl std::fmt::Display for LimitValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words().english())
    }
}

use crate::engine::records::narrate::side_words;

/// The limits a save stores must be those drawn from its seed for its seats. They are derived
/// data, like the digest and the moves' consequences, and the rest of the save refuses derived
/// data that disagrees rather than quietly putting it right: a hand-edited save is named as such,
/// and nobody believes a delegate held limits it did not play with. A save that stores none
/// (written before they were stored) loads; they are drawn again.
fn check_limits(save: &SaveFile, scenario: &scenario::Scenario) -> Result<(), LimitsMismatch> {
    let Some(stored) = save.limits else {
        return Ok(());
    };
    let drawn = SeatLimits::of(scenario, save.seed, &[save.japan.clone(), save.russia.clone()]).unwrap_or_default();
    for side in Side::BOTH {
        let seat = side.name().to_lowercase();
        let mismatch = |field: &str, stored: LimitValue, drawn: LimitValue| LimitsMismatch {
            side,
            field: format!("{seat}{field}"),
            stored,
            drawn,
        };
        let (stored, drawn) = match (stored.get(side), drawn.get(side)) {
            (Some(stored), Some(drawn)) => (stored, drawn),
            (None, None) => continue,
            (stored, drawn) => {
                let what = |l: Option<HiddenLimits>| l.map_or(LimitValue::None, |_| LimitValue::Some);
                return Err(mismatch("", what(stored), what(drawn)));
            }
        };
        let fields = [
            (".resolve", stored.resolve, drawn.resolve),
            (".patience", stored.patience, drawn.patience),
            (".pressure", stored.pressure, drawn.pressure),
        ];
        if let Some((field, s, d)) = fields.into_iter().find(|(_, s, d)| s != d) {
            return Err(mismatch(
                field,
                LimitValue::Number(s.to_string()),
                LimitValue::Number(d.to_string()),
            ));
        }
        if stored.walk_out != drawn.walk_out {
            let day = |w: Option<usize>| w.map_or(LimitValue::None, LimitValue::SessionIndex);
            return Err(mismatch(".walk_out", day(stored.walk_out), day(drawn.walk_out)));
        }
    }
    Ok(())
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

impl ReplayError {
    /// The error in no language yet.
    pub fn words(&self) -> Message {
        msg!(
            "check-save-turn",
            turn = self.turn,
            side = side_words(self.side),
            session = self.session,
            why = self.why.words()
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotReplayed {
    /// It names what the scenario does not have.
    #[error(transparent)]
    Unreadable(#[from] TurnSpecError),
    /// The rules refuse it; `described` is the refusal in the scenario's words, in every language.
    #[error("{}", described.english())]
    Refused { refusal: MoveError, described: Message },
    /// What the delegation said names an article, order or session the scenario lacks.
    #[error("what the delegation said with it (`said`) names something this scenario does not have")]
    Unsaid,
}

impl NotReplayed {
    fn words(&self) -> Message {
        match self {
            NotReplayed::Unreadable(e) => e.words(),
            NotReplayed::Refused { described, .. } => described.clone(),
            NotReplayed::Unsaid => msg!("check-save-unsaid"),
        }
    }
}

/// Plays saved turns from the opening by `rules`, naming the first one that does not replay.
pub fn replay(
    scenario: std::sync::Arc<scenario::Scenario>,
    seed: u64,
    rules: Rules,
    turns: &[SavedTurn],
) -> Result<Game, ReplayError> {
    let mut game = Game::under(scenario, seed, rules);
    for (i, saved) in turns.iter().enumerate() {
        let session = game.state().session + 1;
        saved
            .turn
            .compile(game.scenario(), saved.side)
            .map_err(NotReplayed::from)
            .and_then(|t| match saved.said {
                Some(remark) if !remark.fits(game.scenario(), saved.side) => Err(NotReplayed::Unsaid),
                _ => Ok(t),
            })
            .and_then(|t| {
                game.play_with(saved.side, t, saved.note())
                    .map_err(|refusal| NotReplayed::Refused {
                        refusal,
                        described: Message::each(|lang| refusal.describe_in(lang, game.scenario())),
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

//! The scenario file as written: plain serde types, one per construct in
//! docs/scenario-format.md. Names are strings here; `compile` turns them into indices.

use crate::engine::moves::TurnSpec;
use crate::engine::side::{Audience, Side};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version this build reads and writes.
pub const FORMAT: u32 = 1;

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Scenario")]
pub struct ScenarioFile {
    pub format: u32,
    pub id: String,
    pub title: String,
    pub description: String,
    pub author: String,
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    pub parties: PartiesFile,
    pub mediator: MediatorFile,
    pub sessions: Vec<SessionFile>,
    pub articles: Vec<ArticleFile>,
    #[serde(default)]
    pub meters: Vec<MeterFile>,
    #[serde(default)]
    pub events: Vec<EventFile>,
    pub outcomes: Vec<OutcomeFile>,
    #[serde(default)]
    pub history: Option<HistoryFile>,
    /// Levels of play for the computer counterpart; a standard set if left out.
    #[serde(default)]
    pub difficulties: Vec<DifficultyFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Parties")]
pub struct PartiesFile {
    pub japan: PartyFile,
    pub russia: PartyFile,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Party")]
pub struct PartyFile {
    pub name: String,
    pub capital: String,
    pub player_title: String,
    pub delegates: Vec<DelegateFile>,
    /// Confidential instructions, shown only to this side.
    pub briefing: String,
    /// What this side says in public; both sides see it.
    pub public_position: String,
    /// Points for each option of each article, in the article's option order.
    pub values: BTreeMap<String, Vec<i32>>,
    pub no_treaty: NoTreatyFile,
    #[serde(default)]
    pub red_lines: Vec<RedLineFile>,
    #[serde(default)]
    pub press: Vec<PressFile>,
    /// How much each article was publicly known to matter to this side (relative weights;
    /// articles left out weigh 1). The other side and the mediator start from this reading
    /// and refine it from the talks.
    #[serde(default)]
    pub known_priorities: BTreeMap<String, f64>,
    /// Where this side was publicly known to favour an option other than the one the
    /// options' order suggests (each article's options run from Japan's demand to Russia's
    /// position): article → the option it favours.
    #[serde(default)]
    pub known_favourites: BTreeMap<String, String>,
    /// How the computer plays this side: its persona (defaults if left out).
    #[serde(default)]
    pub delegate: Option<PersonaFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Persona")]
pub struct PersonaFile {
    /// How firmly it holds out: the exponent of its concession curve (1 concedes evenly,
    /// higher holds firm until late, below 1 gives way early).
    #[serde(default = "default_firmness")]
    pub firmness: f64,
    /// Meters that hurry its concessions: per meter point above the meter's start, this much
    /// of the talks' remaining time is treated as already gone (negative: below the start).
    #[serde(default)]
    pub pressures: BTreeMap<String, f64>,
    /// Press statements it gives, each from a session (1-based) on.
    #[serde(default)]
    pub press: Vec<PersonaPressFile>,
    /// From this session (1-based) it may lay down an ultimatum on what its instructions make
    /// non-negotiable — Witte's packed bags.
    #[serde(default)]
    pub ultimatum_from: Option<usize>,
    /// From this session (1-based) it tables its whole position as one written package,
    /// giving up its bargaining items — Komura's note of 18 August. The note is its reason.
    #[serde(default)]
    pub compromise: Option<CompromiseFile>,
    /// From this session (1-based) it cables home when its instructions block a settlement.
    #[serde(default = "first_session")]
    pub cable_from: usize,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "PersonaPress")]
pub struct PersonaPressFile {
    pub line: String,
    pub from: usize,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Compromise")]
pub struct CompromiseFile {
    pub from: usize,
    pub note: String,
}

/// A level of play for the computer counterpart, offered on the new-game screen.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Difficulty")]
pub struct DifficultyFile {
    pub id: String,
    pub label: String,
    pub description: String,
    /// Multiplies the persona's firmness.
    #[serde(default = "one")]
    pub firmness: f64,
    /// Whether it reads the player's priorities from the talks (else it keeps its first guess).
    #[serde(default = "yes")]
    pub reads_opponent: bool,
}

fn default_firmness() -> f64 {
    3.0
}

fn first_session() -> usize {
    1
}

fn one() -> f64 {
    1.0
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Delegate")]
pub struct DelegateFile {
    pub name: String,
    pub role: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "NoTreaty")]
pub struct NoTreatyFile {
    pub points: f64,
    #[serde(default)]
    pub per_session: f64,
    /// Points per meter point away from the meter's start value.
    #[serde(default)]
    pub meters: BTreeMap<String, f64>,
    pub text: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "RedLine")]
pub struct RedLineFile {
    pub id: String,
    pub text: String,
    pub forbids: BTreeMap<String, Vec<String>>,
    /// Terms that make the forbidden options acceptable, when linked with them.
    #[serde(default)]
    pub unless: Option<ConditionFile>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub cable: Option<CableFile>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Cable")]
pub struct CableFile {
    #[serde(default)]
    pub grant_if: ConditionFile,
    #[serde(default = "certain")]
    pub chance: f64,
    pub yes: String,
    pub no: String,
    /// What a yes does; empty means "lift this red line".
    #[serde(default)]
    pub effects: Vec<EffectFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Press")]
pub struct PressFile {
    pub id: String,
    pub label: String,
    pub text: String,
    pub effects: Vec<EffectFile>,
    #[serde(default = "once")]
    pub uses: u8,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Mediator")]
pub struct MediatorFile {
    pub name: String,
    pub title: String,
    pub country: String,
    pub seat: String,
    #[serde(default)]
    pub proposals: Vec<MediatorProposalFile>,
    /// How he presses a capital that refuses his compromise: the event he sets off, once.
    /// Such events fire only this way, never on their own.
    #[serde(default)]
    pub pressure: Vec<PressureFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Pressure")]
pub struct PressureFile {
    pub on: Side,
    pub event: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "MediatorProposal")]
pub struct MediatorProposalFile {
    pub id: String,
    pub title: String,
    pub text: String,
    pub terms: BTreeMap<String, String>,
    #[serde(default)]
    pub available: ConditionFile,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Session")]
pub struct SessionFile {
    pub date: String,
    pub title: String,
    pub agenda: Vec<String>,
    pub exchanges: u8,
    pub initiative: Side,
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Article")]
pub struct ArticleFile {
    pub id: String,
    /// Number among Japan's twelve demands of 10 August, if it is one.
    #[serde(default)]
    pub demand: Option<u8>,
    pub group: String,
    pub title: String,
    pub summary: String,
    pub options: Vec<OptionFile>,
    pub unresolved: UnresolvedFile,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub note: Option<NoteFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Option")]
pub struct OptionFile {
    pub id: String,
    pub label: String,
    /// The treaty clause this option produces; none if it leaves the treaty silent.
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
pub enum UnresolvedFile {
    /// No treaty can be signed while this article is open.
    BlocksTreaty,
    /// An open article is settled on this option when the treaty is signed.
    Becomes(String),
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Meter")]
pub struct MeterFile {
    pub id: String,
    pub name: String,
    pub description: String,
    pub start: i32,
    #[serde(default)]
    pub min: i32,
    #[serde(default = "hundred")]
    pub max: i32,
    #[serde(default)]
    pub per_session: i32,
    #[serde(default)]
    pub visible_to: Audience,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Event")]
pub struct EventFile {
    pub id: String,
    pub title: String,
    /// Not before the first session on or after this date.
    #[serde(default)]
    pub date: Option<String>,
    /// Only once this holds (checked at each session's opening and after every turn).
    #[serde(default)]
    pub when: Option<ConditionFile>,
    #[serde(default = "certain")]
    pub chance: f64,
    #[serde(default)]
    pub effects: Vec<EffectFile>,
    #[serde(default)]
    pub dispatch: Option<DispatchFile>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub note: Option<NoteFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Dispatch")]
pub struct DispatchFile {
    pub to: Audience,
    pub from: String,
    pub text: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Outcome")]
pub struct OutcomeFile {
    pub id: String,
    pub title: String,
    pub when: ConditionFile,
    pub epilogue: String,
    pub aftermath: Vec<AftermathFile>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<NoteFile>,
}

/// A historian's note: what the sources say about an event, an article or an ending, and
/// for a contested point what each source says.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Note")]
pub struct NoteFile {
    pub text: String,
    /// Source keys, as in `source` fields.
    #[serde(default)]
    pub sources: String,
    #[serde(default)]
    pub contested: Vec<ReadingFile>,
}

/// One source's reading of a contested point.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Reading")]
pub struct ReadingFile {
    pub source: String,
    pub says: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Aftermath")]
pub struct AftermathFile {
    pub side: Side,
    #[serde(default)]
    pub when: ConditionFile,
    /// How the treaty fares at home; leave out for endings without a treaty.
    #[serde(default)]
    pub result: Option<Ratification>,
    pub text: String,
}

#[derive(Deserialize, Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ratification {
    Ratified,
    RatifiedAmidUnrest,
    Refused,
}

impl Ratification {
    pub fn label(self) -> &'static str {
        match self {
            Ratification::Ratified => "ratified",
            Ratification::RatifiedAmidUnrest => "ratified amid unrest",
            Ratification::Refused => "ratification refused",
        }
    }
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "History")]
pub struct HistoryFile {
    pub signed: String,
    pub treaty: BTreeMap<String, String>,
    pub outcome: String,
    /// The settlement in broad terms, as a condition over the treaty's terms (what the
    /// computer delegates' calibration counts as "the 1905 outcome").
    #[serde(default)]
    pub settlement: Option<ConditionFile>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub script: Vec<StepFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Step")]
pub struct StepFile {
    pub session: u8,
    pub side: Side,
    pub turn: TurnSpec,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone, Default)]
pub enum ConditionFile {
    #[default]
    Always,
    Treaty,
    NoTreaty,
    BrokenOffBy(Side),
    Agreed(String),
    Term(String, Vec<String>),
    SetAside(String),
    MeterAtLeast(String, i32),
    MeterAtMost(String, i32),
    SessionAtLeast(u8),
    Fired(String),
    UtilityAtLeast(Side, f64),
    UtilityBelow(Side, f64),
    All(Vec<ConditionFile>),
    Any(Vec<ConditionFile>),
    Not(Box<ConditionFile>),
}

#[derive(Deserialize, Debug, Clone)]
pub enum EffectFile {
    Meter(String, i32),
    NoTreatyPoints(Side, f64),
    Lift(String),
    Impose(String),
    MediatorProposal(String),
    EndTalks(Side),
}

fn yes() -> bool {
    true
}

fn certain() -> f64 {
    1.0
}

fn once() -> u8 {
    1
}

fn hundred() -> i32 {
    100
}

//! The scenario file as written: plain serde types, one per construct in
//! docs/scenario-format.md. Names are strings here; `compile` turns them into indices.
//! Values a check may complain about are `Spanned`, so the message names their place.

use crate::engine::play::moves::TurnSpec;
use crate::engine::play::side::{Audience, Side};
use crate::engine::source::Spanned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format version this build reads and writes.
pub const FORMAT: u32 = 1;

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Scenario")]
pub struct ScenarioFile {
    pub format: Spanned<u32>,
    pub id: Spanned<String>,
    pub title: String,
    pub description: String,
    pub author: String,
    /// Key → full reference; the reference keeps its place for the check that it is full.
    #[serde(default)]
    pub sources: BTreeMap<String, Spanned<String>>,
    pub parties: Spanned<PartiesFile>,
    pub mediator: MediatorFile,
    pub sessions: Spanned<Vec<SessionFile>>,
    pub articles: Spanned<Vec<ArticleFile>>,
    #[serde(default)]
    pub meters: Spanned<Vec<MeterFile>>,
    #[serde(default)]
    pub events: Spanned<Vec<Spanned<EventFile>>>,
    pub outcomes: Spanned<Vec<OutcomeFile>>,
    #[serde(default)]
    pub history: Option<HistoryFile>,
    /// How a treaty made in this scenario reads (a simple form if left out).
    #[serde(default)]
    pub treaty_form: Option<super::treaty_form::TreatyFormFile>,
    /// Levels of play for the computer counterpart; a standard set if left out.
    #[serde(default)]
    pub difficulties: Vec<DifficultyFile>,
    /// The words of the scenario a reader may not know, each explained in one line with
    /// its source; the game shows them on hover. They change no game.
    #[serde(default)]
    pub glossary: Vec<GlossaryFile>,
}

/// One term of the glossary: the word as it appears in the scenario's text, a one-line
/// explanation a 16-year-old can read, and the source keys it rests on.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Term")]
pub struct GlossaryFile {
    pub term: Spanned<String>,
    pub means: Spanned<String>,
    pub source: Spanned<String>,
}

/// A map written in the file, keyed by ids, with the place of every key and value.
pub type IdMap<V> = BTreeMap<Spanned<String>, Spanned<V>>;

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Parties")]
pub struct PartiesFile {
    pub japan: PartyFile,
    pub russia: PartyFile,
}

impl PartiesFile {
    pub fn side(&self, side: Side) -> &PartyFile {
        match side {
            Side::Japan => &self.japan,
            Side::Russia => &self.russia,
        }
    }

    /// Both parties, Japan first.
    pub fn sides(&self) -> [(Side, &PartyFile); 2] {
        [(Side::Japan, &self.japan), (Side::Russia, &self.russia)]
    }
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Party")]
pub struct PartyFile {
    pub name: String,
    pub capital: String,
    pub player_title: String,
    pub delegates: Spanned<Vec<DelegateFile>>,
    /// Confidential instructions, shown only to this side.
    pub briefing: String,
    /// What this side says in public; both sides see it.
    pub public_position: String,
    /// Points for each option of each article, in the article's option order.
    pub values: Spanned<IdMap<Vec<Spanned<i32>>>>,
    pub no_treaty: NoTreatyFile,
    #[serde(default)]
    pub red_lines: Vec<RedLineFile>,
    #[serde(default)]
    pub press: Vec<PressFile>,
    /// How much each article was publicly known to matter to this side (relative weights;
    /// articles left out weigh 1). The other side and the mediator start from this reading
    /// and refine it from the talks.
    #[serde(default)]
    pub known_priorities: IdMap<f64>,
    /// Where this side was publicly known to favour an option other than the one the
    /// options' order suggests (each article's options run from Japan's demand to Russia's
    /// position): article → the option it favours.
    #[serde(default)]
    pub known_favourites: IdMap<String>,
    /// Terms this side declared in public it would never accept, as the whole world read
    /// it: article → options. The other side's computer delegate does not make them its
    /// last word unless this side has itself proposed or accepted them.
    #[serde(default)]
    pub known_refusals: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
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
    pub firmness: Spanned<f64>,
    /// Meters that hurry (or slow) its concessions: the meter's change since its start times
    /// this weight is the share of the whole talks treated as already gone (a negative share
    /// gives it time back). Never past the last session.
    #[serde(default)]
    pub pressures: IdMap<f64>,
    /// Press statements it gives, each from a session (1-based) on.
    #[serde(default)]
    pub press: Vec<PersonaPressFile>,
    /// From this session (1-based) it may lay down an ultimatum on what its instructions make
    /// non-negotiable — Witte's packed bags.
    #[serde(default)]
    pub ultimatum_from: Option<Spanned<usize>>,
    /// From this session (1-based) it tables its whole position as one written package,
    /// giving up its bargaining items — Komura's note of 18 August. The note is its reason.
    #[serde(default)]
    pub compromise: Option<CompromiseFile>,
    /// From this session (1-based) it cables home when its instructions block a settlement
    /// (the first if left out).
    #[serde(default)]
    pub cable_from: Option<Spanned<usize>>,
    /// Terms it concedes from its first proposal on (Witte's written reply of 12 August):
    /// article id to option id.
    #[serde(default)]
    pub opening: IdMap<String>,
    /// What nobody across the table knew: ranges from which each game draws its limits afresh.
    #[serde(default)]
    pub hidden: Option<HiddenFile>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

/// Ranges of a persona's hidden limits, each drawn uniformly for each game.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Hidden")]
pub struct HiddenFile {
    /// How much of the way from its walk-away value up to the treaty it believes fair it
    /// insists on at the end (0 takes anything above walking away, 1 holds out for fairness).
    pub resolve: Spanned<(f64, f64)>,
    /// Multiplies the persona's firmness: its patience (the default ranges if left out).
    #[serde(default)]
    pub patience: Option<Spanned<(f64, f64)>>,
    /// Multiplies its pressures: how strongly the meters hurry it.
    #[serde(default)]
    pub pressure: Option<Spanned<(f64, f64)>>,
    /// The chance that it is ready to walk out before the last session, and the sessions
    /// (1-based, inclusive) among which the day it would do so is drawn.
    #[serde(default)]
    pub walk_out: Option<WalkOutFile>,
    pub source: Spanned<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "WalkOut")]
pub struct WalkOutFile {
    pub chance: Spanned<f64>,
    pub from: Spanned<usize>,
    pub to: Spanned<usize>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "PersonaPress")]
pub struct PersonaPressFile {
    pub line: Spanned<String>,
    pub from: Spanned<usize>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Compromise")]
pub struct CompromiseFile {
    pub from: Spanned<usize>,
    pub note: String,
}

/// A level of play for the computer counterpart, offered on the new-game screen.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Difficulty")]
pub struct DifficultyFile {
    pub id: Spanned<String>,
    pub label: String,
    pub description: String,
    /// Multiplies the persona's firmness.
    #[serde(default = "one")]
    pub firmness: Spanned<f64>,
    /// Whether it reads the player's priorities from the talks (else it keeps its first guess).
    #[serde(default = "yes")]
    pub reads_opponent: bool,
}

fn default_firmness() -> Spanned<f64> {
    Spanned::unplaced(3.0)
}

fn one() -> Spanned<f64> {
    Spanned::unplaced(1.0)
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
    pub points: Spanned<f64>,
    #[serde(default)]
    pub per_session: Spanned<f64>,
    /// Points per meter point away from the meter's start value.
    #[serde(default)]
    pub meters: IdMap<f64>,
    pub text: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "RedLine")]
pub struct RedLineFile {
    pub id: Spanned<String>,
    pub text: String,
    pub forbids: Spanned<BTreeMap<Spanned<String>, Vec<Spanned<String>>>>,
    /// Terms that make the forbidden options acceptable, when linked with them.
    #[serde(default)]
    pub unless: Option<Spanned<ConditionFile>>,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub cable: Option<CableFile>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Cable")]
pub struct CableFile {
    /// Always, if left out.
    #[serde(default)]
    pub grant_if: Option<Spanned<ConditionFile>>,
    #[serde(default = "certain")]
    pub chance: Spanned<f64>,
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
    pub id: Spanned<String>,
    pub label: String,
    pub text: String,
    pub effects: Vec<EffectFile>,
    #[serde(default = "once")]
    pub uses: Spanned<u8>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
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
    pub proposals: Spanned<Vec<MediatorProposalFile>>,
    /// How he presses a capital that refuses his compromise: the event he sets off, once.
    /// Such events fire only this way, never on their own.
    #[serde(default)]
    pub pressure: Vec<PressureFile>,
    /// Whether, once every article is agreed and before the signing, he looks for an
    /// amendment both delegations' instructions value no less and one values more, and
    /// tables it for both to accept or decline (off if left out).
    #[serde(default)]
    pub last_look: bool,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Pressure")]
pub struct PressureFile {
    pub on: Side,
    pub event: Spanned<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "MediatorProposal")]
pub struct MediatorProposalFile {
    pub id: Spanned<String>,
    pub title: String,
    pub text: String,
    pub terms: Spanned<IdMap<String>>,
    /// Always, if left out.
    #[serde(default)]
    pub available: Option<Spanned<ConditionFile>>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Session")]
pub struct SessionFile {
    pub date: Spanned<String>,
    pub title: String,
    pub agenda: Vec<Spanned<String>>,
    pub exchanges: Spanned<u8>,
    pub initiative: Side,
    #[serde(default)]
    pub note: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Article")]
pub struct ArticleFile {
    pub id: Spanned<String>,
    /// Number among Japan's twelve demands of 10 August, if it is one.
    #[serde(default)]
    pub demand: Option<u8>,
    pub group: String,
    pub title: String,
    /// The title inside a sentence, where it differs from the heading: "the open door"
    /// beside the heading "The open door".
    #[serde(default)]
    pub title_in_sentence: Option<String>,
    pub summary: String,
    pub options: Spanned<Vec<OptionFile>>,
    pub unresolved: UnresolvedFile,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
    #[serde(default)]
    pub note: Option<NoteFile>,
    /// The places on the map this article is about (ids of the map's regions and lines),
    /// lit up when the player works on it.
    #[serde(default)]
    pub regions: Vec<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Option")]
pub struct OptionFile {
    pub id: Spanned<String>,
    pub label: String,
    /// The treaty clause this option produces; none if it leaves the treaty silent.
    #[serde(default)]
    pub clause: Option<String>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
pub enum UnresolvedFile {
    /// No treaty can be signed while this article is open.
    BlocksTreaty,
    /// An open article is settled on this option when the treaty is signed.
    Becomes(Spanned<String>),
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Meter")]
pub struct MeterFile {
    pub id: Spanned<String>,
    pub name: String,
    pub description: String,
    pub start: Spanned<i32>,
    /// 0, if left out.
    #[serde(default)]
    pub min: Option<Spanned<i32>>,
    /// 100, if left out.
    #[serde(default)]
    pub max: Option<Spanned<i32>>,
    #[serde(default)]
    pub per_session: Spanned<i32>,
    #[serde(default)]
    pub visible_to: Audience,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Event")]
pub struct EventFile {
    pub id: Spanned<String>,
    pub title: String,
    /// Not before the first session on or after this date.
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    /// Only once this holds (checked at each session's opening and after every turn).
    #[serde(default)]
    pub when: Option<Spanned<ConditionFile>>,
    #[serde(default = "certain")]
    pub chance: Spanned<f64>,
    #[serde(default)]
    pub effects: Vec<EffectFile>,
    #[serde(default)]
    pub dispatch: Option<DispatchFile>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
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
    pub id: Spanned<String>,
    pub title: String,
    pub when: Spanned<ConditionFile>,
    pub epilogue: String,
    pub aftermath: Spanned<Vec<AftermathFile>>,
    #[serde(default)]
    pub sources: Vec<Spanned<String>>,
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
    pub sources: Spanned<String>,
    #[serde(default)]
    pub contested: Vec<ReadingFile>,
}

/// One source's reading of a contested point.
#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Reading")]
pub struct ReadingFile {
    pub source: Spanned<String>,
    pub says: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Aftermath")]
pub struct AftermathFile {
    pub side: Side,
    /// Always, if left out.
    #[serde(default)]
    pub when: Option<Spanned<ConditionFile>>,
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
    pub signed: Spanned<String>,
    pub treaty: Spanned<IdMap<String>>,
    pub outcome: Spanned<String>,
    /// The settlement in broad terms, as a condition over the treaty's terms (what the
    /// computer delegates' calibration counts as "the 1905 outcome").
    #[serde(default)]
    pub settlement: Option<Spanned<ConditionFile>>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub script: Spanned<Vec<StepFile>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Step")]
pub struct StepFile {
    pub session: Spanned<u8>,
    pub side: Side,
    pub turn: Spanned<TurnSpec>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
pub enum ConditionFile {
    Always,
    Treaty,
    NoTreaty,
    BrokenOffBy(Side),
    Agreed(Spanned<String>),
    Term(Spanned<String>, Vec<Spanned<String>>),
    SetAside(Spanned<String>),
    MeterAtLeast(Spanned<String>, Spanned<i32>),
    MeterAtMost(Spanned<String>, Spanned<i32>),
    SessionAtLeast(u8),
    Fired(Spanned<String>),
    UtilityAtLeast(Side, Spanned<f64>),
    UtilityBelow(Side, Spanned<f64>),
    All(Vec<Spanned<ConditionFile>>),
    Any(Vec<Spanned<ConditionFile>>),
    Not(Box<Spanned<ConditionFile>>),
}

#[derive(Deserialize, Debug, Clone)]
pub enum EffectFile {
    Meter(Spanned<String>, Spanned<i32>),
    NoTreatyPoints(Side, Spanned<f64>),
    Lift(Spanned<String>),
    Impose(Spanned<String>),
    MediatorProposal(Spanned<String>),
    EndTalks(Side),
}

fn yes() -> bool {
    true
}

fn certain() -> Spanned<f64> {
    Spanned::unplaced(1.0)
}

fn once() -> Spanned<u8> {
    Spanned::unplaced(1)
}

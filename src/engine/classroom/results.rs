//! A game's result as a small file a teacher can collect: scenario, delegations, seed,
//! final terms, utilities and outcome, with what 1905 gave for comparison. Each file is
//! self-contained (article titles and option labels included), so a folder of them can be
//! summed up on the class results wall without the scenario at hand. RON or JSON, chosen by
//! the file's extension.

use crate::engine::analysis::report::Report;
use crate::engine::batch::simulate::ending_id;
use crate::engine::play::game::Game;
use crate::engine::play::side::Side;
use crate::engine::records::atomic;
use crate::engine::records::save::Seat;
use crate::engine::scenario::Scenario;
use crate::engine::source::diagnostic::Diagnostic;
use crate::engine::source::{Limits, Problem, read_document};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::tr;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The result format this build writes and the newest it reads.
pub const RESULT_FORMAT: u32 = 1;

const RESULT_LIMITS: Limits = Limits {
    max_depth: 16,
    max_string_bytes: 64 * 1024,
    max_items: 2_000,
    max_nodes: 40_000,
};

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(rename = "Result", deny_unknown_fields)]
pub struct ResultFile {
    pub format: u32,
    pub scenario_id: String,
    pub scenario_title: String,
    pub seed: u64,
    pub japan: Delegation,
    pub russia: Delegation,
    /// The scenario's outcome id, or "unclassified".
    pub outcome: String,
    pub outcome_title: String,
    /// The outcome id of what happened in 1905, if the scenario records it.
    #[serde(default)]
    pub outcome_1905: Option<String>,
    #[serde(default)]
    pub outcome_1905_title: Option<String>,
    /// How the talks ended: all_agreed, time_up, russia_walked_out, …
    pub ending: String,
    pub sessions: usize,
    pub ratified: bool,
    pub utility: Utilities,
    pub reservation: Utilities,
    /// What the 1905 treaty gives each side on this scenario's scales.
    #[serde(default)]
    pub utility_1905: Option<Utilities>,
    pub terms: Vec<ResultTerm>,
}

/// Who played a side, and a name to show for them.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    pub seat: Seat,
    pub name: String,
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Utilities {
    pub japan: f64,
    pub russia: f64,
}

impl Utilities {
    pub fn get(&self, side: Side) -> f64 {
        match side {
            Side::Japan => self.japan,
            Side::Russia => self.russia,
        }
    }

    fn from_pair(pair: [f64; 2]) -> Utilities {
        // Rounded so files stay readable and identical across platforms' last digits.
        let round = |x: f64| (x * 1e6).round() / 1e6;
        Utilities {
            japan: round(pair[0]),
            russia: round(pair[1]),
        }
    }
}

/// One article of the result: its options in order (Japan's demand first), the one in
/// force (none without a treaty or if left open) and the one signed in 1905.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ResultTerm {
    pub article: String,
    pub title: String,
    pub options: Vec<String>,
    pub chosen: Option<usize>,
    #[serde(default)]
    pub signed_1905: Option<usize>,
}

/// How a seat is named: by the players' own names where they gave them. In English, as
/// the result file keeps it (a file read by scripts and by walls in any language).
pub fn seat_name(seat: &Seat, scenario: &Scenario, side: Side, players: Option<&str>) -> String {
    seat_name_in(Lang::English, seat, scenario, side, players)
}

/// How a seat is named, in `lang`, for documents people read (the minutes).
pub fn seat_name_in(lang: Lang, seat: &Seat, scenario: &Scenario, side: Side, players: Option<&str>) -> String {
    match seat {
        Seat::Human => tr!(
            lang,
            "export-results-seat-player",
            players = players.map_or_else(|| tr!(lang, "export-results-a-player"), str::to_string),
            title = scenario.party(side).player_title.as_str()
        ),
        Seat::Computer(agent) => tr!(lang, "export-results-seat-computer", agent = agent.to_string()),
    }
}

impl ResultFile {
    /// The result of a finished game (`None` while it is still going on); `players` names
    /// the human seats.
    pub fn of(game: &Game, seats: &[Seat; 2], players: Option<&str>) -> Option<ResultFile> {
        let report = Report::of(game)?;
        let mut result = ResultFile::from_report(game.scenario(), &report, game.seed(), seats);
        for side in Side::BOTH {
            let name = seat_name(&seats[side.index()], game.scenario(), side, players);
            match side {
                Side::Japan => result.japan.name = name,
                Side::Russia => result.russia.name = name,
            }
        }
        Some(result)
    }

    pub fn from_report(scenario: &Scenario, report: &Report, seed: u64, seats: &[Seat; 2]) -> ResultFile {
        let delegation = |side: Side| Delegation {
            seat: seats[side.index()].clone(),
            name: seat_name(&seats[side.index()], scenario, side, None),
        };
        let history = scenario.history.as_ref();
        let in_force = report.treaty.filter(|_| report.ratified);
        ResultFile {
            format: RESULT_FORMAT,
            scenario_id: scenario.id.clone(),
            scenario_title: scenario.title.clone(),
            seed,
            japan: delegation(Side::Japan),
            russia: delegation(Side::Russia),
            outcome: report
                .outcome
                .map_or("unclassified".into(), |o| scenario.outcomes[o].id.clone()),
            outcome_title: report.outcome.map_or("No outcome of the scenario matches".into(), |o| {
                scenario.outcomes[o].title.clone()
            }),
            outcome_1905: history.map(|h| scenario.outcomes[h.outcome].id.clone()),
            outcome_1905_title: history.map(|h| scenario.outcomes[h.outcome].title.clone()),
            ending: ending_id(report.ending).into(),
            sessions: report.sessions,
            ratified: report.ratified,
            utility: Utilities::from_pair(report.utility),
            reservation: Utilities::from_pair(report.reservation),
            utility_1905: history
                .map(|h| Utilities::from_pair(Side::BOTH.map(|side| scenario.space.utility(side, &h.treaty)))),
            terms: scenario
                .articles
                .iter()
                .enumerate()
                .map(|(a, article)| ResultTerm {
                    article: article.id.clone(),
                    title: article.title.clone(),
                    options: article.options.iter().map(|o| o.label.clone()).collect(),
                    chosen: in_force.and_then(|t| t.get(a)).map(usize::from),
                    signed_1905: history.and_then(|h| h.treaty.get(a)).map(usize::from),
                })
                .collect(),
        }
    }

    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        ron::ser::to_string_pretty(self, config).expect("results are plain data")
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("results are plain data")
    }

    /// The text for `path`: JSON for a `.json` name, RON otherwise.
    pub fn text_for(&self, path: &Path) -> String {
        if is_json(path) { self.to_json() } else { self.to_ron() }
    }
}

fn is_json(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Writes a result atomically, as RON or JSON by the file's extension.
pub fn write(path: &Path, result: &ResultFile) -> Result<(), Diagnostic> {
    let text = result.text_for(path);
    // What the game writes, it must read back (`read` takes at most this much).
    let most = crate::engine::scenario::limits::MAX_FILE_BYTES;
    if text.len() as u64 > most {
        return Err(Diagnostic::error(
            "result-not-written",
            msg!("check-result-too-large", kib = text.len() / 1024, most = most / 1024),
            msg!("check-result-too-large-help"),
        )
        .in_file(&path.display().to_string()));
    }
    atomic::write(path, text.as_bytes()).map_err(|e| {
        Diagnostic::error(
            "result-not-written",
            msg!(
                "check-result-not-written",
                problem = crate::engine::source::diagnostic::system_reason(&e)
            ),
            msg!("check-result-not-written-help"),
        )
        .in_file(&path.display().to_string())
    })
}

/// Reads a result file, RON or JSON, through the one bounded reader: the same limits hold
/// for both; problems name the file, line and column.
pub fn read(path: &Path) -> Result<ResultFile, Diagnostic> {
    let name = path.display().to_string();
    let text = crate::engine::scenario::read_bounded(path, "result")?;
    crate::engine::source::file_kind::expect(&text, crate::engine::source::file_kind::FileKind::Result, &name)?;
    let result = read_document(&name, text, RESULT_LIMITS, Some(RESULT_FORMAT)).map_err(|e| match e.problem {
        Problem::Newer(v) => newer_result(v).at(e.location),
        Problem::Unreadable | Problem::Schema => {
            not_a_result(msg!("check-result-unreadable", problem = e.words)).at(e.location)
        }
    })?;
    check_format(&name, result)
}

fn not_a_result(message: Message) -> Diagnostic {
    Diagnostic::error("bad-result", message, msg!("check-result-bad-help"))
}

fn newer_result(format: i64) -> Diagnostic {
    Diagnostic::error(
        "newer-result",
        msg!("check-result-newer", format = format, newest = RESULT_FORMAT),
        msg!("check-result-newer-help"),
    )
}

/// Index checks the types cannot express, so the wall never indexes out of range.
fn check_format(name: &str, result: ResultFile) -> Result<ResultFile, Diagnostic> {
    if result.format > RESULT_FORMAT {
        return Err(newer_result(result.format as i64).in_file(name));
    }
    for term in &result.terms {
        let out_of_range = |i: Option<usize>| i.is_some_and(|i| i >= term.options.len());
        if out_of_range(term.chosen) || out_of_range(term.signed_1905) {
            return Err(not_a_result(msg!(
                "check-result-option-beyond",
                article = term.article.as_str(),
                count = term.options.len()
            ))
            .in_file(name));
        }
    }
    Ok(result)
}

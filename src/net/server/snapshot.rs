//! The class as the teacher's dashboard reads it (`GET /api/class`): every table's progress,
//! seats and result, the scenario's words in the page's language. Built under each table's
//! lock in turn; the dashboard polls it.

use super::class::{Class, lock, now};
use super::table::{Kind, Table};
use crate::engine::analysis::report::Report;
use crate::engine::play::side::Side;
use crate::engine::play::state::Status;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use serde::Serialize;

#[derive(Serialize, Debug)]
pub struct ClassSnapshot {
    pub paused: bool,
    pub turn_seconds: Option<u32>,
    pub now: i64,
    pub tables: Vec<TableSnapshot>,
}

#[derive(Serialize, Debug)]
pub struct TableSnapshot {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub scenario: String,
    pub scenario_title: String,
    pub seed: u64,
    /// 1-based session now being held (the last one once the talks are over).
    pub session: usize,
    pub sessions: usize,
    pub agreed: Vec<Agreed>,
    pub articles: usize,
    pub to_move: Option<Side>,
    /// How long the delegation to move has had the turn.
    pub waiting_secs: Option<i64>,
    /// The time this turn may take: the class's time per turn plus any the teacher added
    /// (none without a time per turn). An extension of the contract.
    pub turn_limit: Option<i64>,
    /// Whether the turn has run past `turn_limit` (the teacher may hand the seat to the
    /// computer). An extension of the contract.
    pub overdue: bool,
    pub status: &'static str,
    pub outcome: Option<String>,
    /// A student seat still empty this many seconds after the other seat was taken goes to
    /// the computer (none: it waits for the teacher). An extension of the contract.
    pub empty_seat_secs: Option<u32>,
    /// Seconds until the empty seat goes to the computer, while that clock runs (0: due
    /// now). An extension of the contract.
    pub empty_seat_in: Option<i64>,
    pub seats: Vec<SeatSnapshot>,
    pub result: Option<ResultSummary>,
}

#[derive(Serialize, Debug)]
pub struct Agreed {
    pub article: String,
    pub title: String,
    pub option: String,
    pub label: String,
}

#[derive(Serialize, Debug)]
pub struct SeatSnapshot {
    pub side: Side,
    pub kind: &'static str,
    pub name: Option<String>,
    /// A computer seat's level, by its label.
    pub level: Option<String>,
    pub connected: bool,
    /// Handed to the computer by the class's clock because nobody took it.
    pub nobody_came: bool,
    /// Agent seats only: the token the teacher hands the agent's author.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

#[derive(Serialize, Debug, Clone, Copy)]
pub struct ResultSummary {
    pub japan_utility: f64,
    pub russia_utility: f64,
    pub japan_1905: Option<f64>,
    pub russia_1905: Option<f64>,
}

pub fn of_class(class: &Class, lang: Lang) -> ClassSnapshot {
    let now = now();
    let turn_seconds = class.turn_seconds();
    ClassSnapshot {
        paused: class.paused(),
        turn_seconds,
        now,
        tables: class
            .tables()
            .iter()
            .map(|t| of_table(&lock(t), turn_seconds, now, lang))
            .collect(),
    }
}

/// What the end of a finished game is worth to each side, beside 1905.
pub fn result_of(table: &Table) -> Option<(&Report, ResultSummary)> {
    let report = table.report.as_ref()?;
    let scenario = &table.compiled.scenario;
    let history = scenario.history.as_ref();
    let of_1905 = |side| history.map(|h| scenario.space.utility(side, &h.treaty));
    let summary = ResultSummary {
        japan_utility: report.utility[0],
        russia_utility: report.utility[1],
        japan_1905: of_1905(Side::Japan),
        russia_1905: of_1905(Side::Russia),
    };
    Some((report, summary))
}

/// The outcome's title in `lang` (the gradebook's in English: a spreadsheet reads it).
pub fn outcome_title(table: &Table, report: &Report, lang: Lang) -> String {
    report.outcome.map_or_else(
        || crate::tr!(lang, "class-server-no-outcome"),
        |o| table.compiled.worded(lang).scenario.outcomes[o].title.clone(),
    )
}

/// The level a computer seat plays at, as the dashboard names the scenario's levels in
/// `lang` (`labels`, one per level). A seat given no level plays the delegate at full
/// strength: named after the scenario's level that plays so (Shrewd, in the shipped
/// scenarios), else "full strength".
fn computer_level(scenario: &Scenario, labels: &[String], level: Option<&str>, lang: Lang) -> String {
    let found = match level {
        Some(id) => scenario.difficulties.iter().position(|d| d.id == id),
        None => scenario
            .difficulties
            .iter()
            .position(|d| d.firmness == 1.0 && d.reads_opponent),
    };
    match (found.and_then(|i| labels.get(i)), level) {
        (Some(label), _) => label.clone(),
        (None, Some(id)) => id.to_string(),
        (None, None) => crate::tr!(lang, "class-server-level-full"),
    }
}

/// A table as the dashboard lists it, the scenario's words in `lang`.
pub fn of_table(table: &Table, turn_seconds: Option<u32>, now: i64, lang: Lang) -> TableSnapshot {
    let worded = table.compiled.worded(lang);
    let scenario = &worded.scenario;
    let levels = table.compiled.words(lang).levels;
    let state = table.game.state();
    let agreed = (0..scenario.articles.len())
        .filter_map(|a| match state.status(a) {
            Status::Agreed(o) => {
                let article = &scenario.articles[a];
                let option = &article.options[o as usize];
                Some(Agreed {
                    article: article.id.clone(),
                    title: article.title.clone(),
                    option: option.id.clone(),
                    label: option.label.clone(),
                })
            }
            _ => None,
        })
        .collect();
    let to_move = table.game.to_move();
    let waiting_secs = to_move.map(|_| (now - table.turn_started).max(0));
    let turn_limit = turn_seconds.map(|s| i64::from(s) + table.extra_secs);
    let result = result_of(table);
    TableSnapshot {
        id: table.id,
        name: table.name.clone(),
        code: table.code.clone(),
        scenario: scenario.id.clone(),
        scenario_title: scenario.title.clone(),
        seed: table.game.seed(),
        session: (state.session + 1).min(scenario.sessions.len()),
        sessions: scenario.sessions.len(),
        agreed,
        articles: scenario.articles.len(),
        to_move,
        waiting_secs,
        turn_limit,
        overdue: matches!((waiting_secs, turn_limit), (Some(w), Some(l)) if w > l),
        status: table.status(),
        outcome: result.as_ref().map(|(report, _)| outcome_title(table, report, lang)),
        empty_seat_secs: table.empty_seat_secs,
        empty_seat_in: table.empty_seat_deadline().map(|(_, at)| (at - now).max(0)),
        seats: Side::BOTH
            .iter()
            .map(|&side| {
                let seat = table.seat(side);
                SeatSnapshot {
                    side,
                    kind: seat.kind.as_str(),
                    name: seat.row.name.clone(),
                    level: (seat.kind == Kind::Computer)
                        .then(|| computer_level(&worded.scenario, &levels, seat.row.level.as_deref(), lang)),
                    connected: seat.kind == Kind::Computer || seat.conn.is_some(),
                    nobody_came: seat.row.auto_at.is_some(),
                    token: (seat.kind == Kind::Agent).then(|| seat.row.token.clone()),
                }
            })
            .collect(),
        result: result.map(|(_, summary)| summary),
    }
}

/// One table for the presenter view on the class's projector (`GET /api/tables/{id}`): the
/// table as the dashboard lists it, the articles still open and the last moves as both sides
/// saw them across the table — never a cable home, and reasons without either side's
/// confidential words, since the whole class reads the screen.
#[derive(Serialize, Debug)]
pub struct TableDetail {
    pub table: TableSnapshot,
    pub open: Vec<OpenArticle>,
    pub moves: Vec<PublicMove>,
}

#[derive(Serialize, Debug)]
pub struct OpenArticle {
    pub article: String,
    pub title: String,
}

#[derive(Serialize, Debug)]
pub struct PublicMove {
    pub by: Side,
    /// 1-based session.
    pub session: usize,
    /// The session's date, in the scenario's calendar.
    pub date: String,
    pub lines: Vec<String>,
    pub text: Option<String>,
}

/// How many of the last moves the presenter view is given.
pub const PRESENTER_MOVES: usize = 12;

/// A table as the presenter view shows it, its moves told in `lang` (the page's language).
pub fn detail_of(table: &Table, turn_seconds: Option<u32>, now: i64, lang: Lang) -> TableDetail {
    use crate::engine::agents::Hearer;
    use crate::engine::records::narrate;
    use crate::engine::records::transcript::What;
    let worded = table.compiled.worded(lang);
    let scenario = &worded.scenario;
    let state = table.game.state();
    let open = scenario
        .articles
        .iter()
        .enumerate()
        .filter(|&(a, _)| !matches!(state.status(a), Status::Agreed(_)))
        .map(|(_, article)| OpenArticle {
            article: article.id.clone(),
            title: article.title.clone(),
        })
        .collect();
    let transcript = table.game.transcript();
    let scrub_both = |text: &str| {
        let once = crate::engine::records::confidential::scrub(lang, text, &worded.secrets[0]);
        crate::engine::records::confidential::scrub(lang, &once, &worded.secrets[1])
    };
    let mut moves: Vec<PublicMove> = transcript
        .entries
        .iter()
        .filter_map(|entry| match &entry.what {
            What::Moved { side, note, .. } => Some(PublicMove {
                by: *side,
                session: entry.session + 1,
                date: crate::i18n::long_date(
                    lang,
                    scenario.sessions[entry.session.min(scenario.sessions.len() - 1)].date,
                ),
                lines: narrate::move_lines_in(lang, scenario, transcript, entry, Some(side.other()))
                    .iter()
                    .map(|line| scrub_both(line))
                    .collect(),
                text: note
                    .map(|n| scrub_both(&transcript.notes[n].text_to(lang, scenario, *side, Hearer::Across)))
                    .filter(|said| !said.is_empty()),
            }),
            _ => None,
        })
        .collect();
    let keep_from = moves.len().saturating_sub(PRESENTER_MOVES);
    moves.drain(..keep_from);
    TableDetail {
        table: of_table(table, turn_seconds, now, lang),
        open,
        moves,
    }
}

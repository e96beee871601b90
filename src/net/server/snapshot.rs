//! The class as the teacher's dashboard reads it (`GET /api/class`): every table's progress,
//! seats and result. Built under each table's lock in turn; the dashboard polls it.

use super::class::{Class, lock, now};
use super::table::{Kind, Table};
use crate::engine::analysis::report::Report;
use crate::engine::play::side::Side;
use crate::engine::play::state::Status;
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

pub fn of_class(class: &Class) -> ClassSnapshot {
    let now = now();
    let turn_seconds = class.turn_seconds();
    ClassSnapshot {
        paused: class.paused(),
        turn_seconds,
        now,
        tables: class
            .tables()
            .iter()
            .map(|t| of_table(&lock(t), turn_seconds, now))
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

pub fn outcome_title(table: &Table, report: &Report) -> String {
    report.outcome.map_or_else(
        || "No outcome of the scenario matches".to_string(),
        |o| table.compiled.scenario.outcomes[o].title.clone(),
    )
}

pub fn of_table(table: &Table, turn_seconds: Option<u32>, now: i64) -> TableSnapshot {
    let scenario = &table.compiled.scenario;
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
        outcome: result.as_ref().map(|(report, _)| outcome_title(table, report)),
        seats: Side::BOTH
            .iter()
            .map(|&side| {
                let seat = table.seat(side);
                SeatSnapshot {
                    side,
                    kind: seat.kind.as_str(),
                    name: seat.row.name.clone(),
                    level: (seat.kind == Kind::Computer).then(|| {
                        seat.row
                            .level
                            .as_deref()
                            .map_or_else(|| "Default".to_string(), |l| table.compiled.level_label(l))
                    }),
                    connected: seat.kind == Kind::Computer || seat.conn.is_some(),
                    token: (seat.kind == Kind::Agent).then(|| seat.row.token.clone()),
                }
            })
            .collect(),
        result: result.map(|(_, summary)| summary),
    }
}

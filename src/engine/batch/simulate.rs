//! Many games between computer delegations, for measurement: outcome distribution, mean
//! utilities, Pareto and Nash figures. Game `i` uses a seed derived from the run's seed, so
//! any single game can be replayed alone.

use crate::engine::agents::{self, Agent, AgentSpec, NoSuchLevel};
use crate::engine::analysis::report::Report;
use crate::engine::play::game::Game;
use crate::engine::play::rng::derive_seed;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::{Lang, Message};
use crate::msg;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;

/// Most games one run plays, all pairings of a tournament together: about five minutes on
/// one core at today's speed, so a mistyped count cannot keep a machine busy for weeks.
pub const MAX_GAMES: u64 = 10_000_000;

/// A run of more games than `MAX_GAMES` (`games` for each of `pairings`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("--games {games}: {}, more than the {MAX_GAMES} one run plays; run several with different seeds, or fewer agents", self.what())]
pub struct TooManyGames {
    pub games: u64,
    pub pairings: u64,
}

impl TooManyGames {
    fn what(&self) -> String {
        let total = self.games.saturating_mul(self.pairings.max(1));
        if self.pairings > 1 {
            format!(
                "{} games for each of {} pairings make {total} games",
                self.games, self.pairings
            )
        } else {
            format!("{} games", self.games)
        }
    }
}

impl TooManyGames {
    /// The error as a message, to write in the reader's language (its English is the Display's).
    /// The counts go in as text: a count past `i64` is shown as given, and none picks a plural.
    pub fn message(&self) -> Message {
        let total = self.games.saturating_mul(self.pairings.max(1));
        msg!(
            "batch-too-many-games",
            games = self.games.to_string(),
            shape = if self.pairings > 1 { "pairings" } else { "single" },
            pairings = self.pairings.to_string(),
            total = total.to_string(),
            max = MAX_GAMES.to_string()
        )
    }

    /// The error in `lang`.
    pub fn render_in(&self, lang: Lang) -> String {
        self.message().in_lang(lang)
    }
}

/// Refuses a run of more than `MAX_GAMES` games (`games` for each of `pairings`).
pub fn check_games(games: u64, pairings: u64) -> Result<(), TooManyGames> {
    if games.saturating_mul(pairings.max(1)) <= MAX_GAMES {
        Ok(())
    } else {
        Err(TooManyGames { games, pairings })
    }
}

/// Why a run of games could not start.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    NoSuchLevel(#[from] NoSuchLevel),
    #[error(transparent)]
    TooManyGames(#[from] TooManyGames),
}

impl RunError {
    /// The error as a message, to write in the reader's language (its English is the Display's).
    pub fn message(&self) -> Message {
        match self {
            RunError::NoSuchLevel(e) => e.message(),
            RunError::TooManyGames(e) => e.message(),
        }
    }

    /// The error in `lang`.
    pub fn render_in(&self, lang: Lang) -> String {
        self.message().in_lang(lang)
    }
}

#[derive(Clone, Debug)]
pub struct Setup {
    pub japan: AgentSpec,
    pub russia: AgentSpec,
    pub games: u64,
    pub seed: u64,
}

#[derive(Clone, Debug)]
pub struct GameRecord {
    pub index: u64,
    pub seed: u64,
    pub report: Report,
    /// Moves an agent made that the rules refused (replaced by passing). Should be 0.
    pub refused_moves: u32,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub games: u64,
    /// Games per outcome, in the scenario's order, then unclassified endings.
    pub outcomes: Vec<u64>,
    pub agreements: u64,
    pub pareto_optimal: u64,
    pub pareto_within_mandates: u64,
    /// Games in which a zone of agreement was left when the last move was made, and
    /// agreements among them.
    pub zone_games: u64,
    pub zone_agreements: u64,
    pub settlements_1905: u64,
    pub utility_sum: [f64; 2],
    pub advantage_sum: [f64; 2],
    pub sessions_sum: u64,
    pub nash_distance_sum: f64,
    pub nash_distances: u64,
    /// Over agreements: how far each lay from the Pareto frontier (in utilities).
    pub pareto_distance_sum: f64,
    pub refused_moves: u64,
}

impl Summary {
    pub fn new(scenario: &Scenario) -> Summary {
        Summary {
            outcomes: vec![0; scenario.outcomes.len() + 1],
            ..Summary::default()
        }
    }

    pub fn add(&mut self, record: &GameRecord) {
        let r = &record.report;
        self.games += 1;
        let slot = r.outcome.unwrap_or(self.outcomes.len() - 1);
        self.outcomes[slot] += 1;
        if r.zone_at_last_move {
            self.zone_games += 1;
            if r.ratified {
                self.zone_agreements += 1;
            }
        }
        if r.ratified {
            self.agreements += 1;
            if r.pareto_optimal {
                self.pareto_optimal += 1;
            }
            if r.pareto_within_mandates {
                self.pareto_within_mandates += 1;
            }
            self.pareto_distance_sum += r.pareto_distance;
            if r.settlement_1905 {
                self.settlements_1905 += 1;
            }
        }
        for s in 0..2 {
            self.utility_sum[s] += r.utility[s];
            self.advantage_sum[s] += r.advantage[s];
        }
        self.sessions_sum += r.sessions as u64;
        if let Some(d) = r.nash_distance {
            self.nash_distance_sum += d;
            self.nash_distances += 1;
        }
        self.refused_moves += record.refused_moves as u64;
    }

    fn mean(sum: f64, n: u64) -> f64 {
        if n == 0 { 0.0 } else { sum / n as f64 }
    }

    pub fn agreement_rate(&self) -> f64 {
        Self::mean(self.agreements as f64, self.games)
    }

    pub fn mean_utility(&self, side: Side) -> f64 {
        Self::mean(self.utility_sum[side.index()], self.games)
    }

    pub fn mean_advantage(&self, side: Side) -> f64 {
        Self::mean(self.advantage_sum[side.index()], self.games)
    }

    pub fn mean_sessions(&self) -> f64 {
        Self::mean(self.sessions_sum as f64, self.games)
    }

    /// Share of games in which a zone of agreement was left when the last move was made.
    pub fn zone_share(&self) -> f64 {
        Self::mean(self.zone_games as f64, self.games)
    }

    /// Agreement rate over the games in which a zone of agreement was left at the last move: a
    /// failure there is the delegations', not their instructions'.
    pub fn agreement_where_zone(&self) -> f64 {
        Self::mean(self.zone_agreements as f64, self.zone_games)
    }

    /// Share of agreements that are Pareto-optimal.
    pub fn pareto_share(&self) -> f64 {
        Self::mean(self.pareto_optimal as f64, self.agreements)
    }

    /// Share of agreements that no treaty both final mandates allow beats for both sides.
    pub fn pareto_within_mandates_share(&self) -> f64 {
        Self::mean(self.pareto_within_mandates as f64, self.agreements)
    }

    /// Share of games ending in the 1905 settlement (broad terms).
    pub fn settlement_1905_share(&self) -> f64 {
        Self::mean(self.settlements_1905 as f64, self.games)
    }

    /// How far, on average, an agreement lay from the Pareto frontier: how much the
    /// agreements that are not Pareto-optimal left on the table.
    pub fn mean_pareto_distance(&self) -> f64 {
        Self::mean(self.pareto_distance_sum, self.agreements)
    }

    pub fn mean_nash_distance(&self) -> f64 {
        Self::mean(self.nash_distance_sum, self.nash_distances)
    }
}

/// Runs the games on this thread, handing each record to `sink` as it finishes.
pub fn run(scenario: &Arc<Scenario>, setup: &Setup, sink: impl FnMut(&GameRecord)) -> Result<Summary, RunError> {
    run_on(scenario, setup, 1, sink)
}

/// Games a thread plays at a time when several share a run.
const GAMES_A_PIECE: u64 = 64;

/// The threads `run_on` uses for `games` games when offered `threads`: no more than it has
/// pieces of games to give them.
pub fn threads_for(games: u64, threads: usize) -> usize {
    super::in_order::threads_for(games.div_ceil(GAMES_A_PIECE), threads)
}

/// Runs the games on up to `threads` threads, handing each record to `sink` on this thread
/// in the games' order: the records, the summary and every file made from them are the
/// same whatever the number of threads.
pub fn run_on(
    scenario: &Arc<Scenario>,
    setup: &Setup,
    threads: usize,
    mut sink: impl FnMut(&GameRecord),
) -> Result<Summary, RunError> {
    check_games(setup.games, 1)?;
    // Made here first, so that an agent that cannot be made is reported before any game.
    Table::new(scenario, setup)?;
    let mut summary = Summary::new(scenario);
    let mut failed = None;
    let pieces = setup.games.div_ceil(GAMES_A_PIECE);
    super::in_order::in_order(
        pieces,
        threads,
        || {
            let mut table = Table::new(scenario, setup);
            move |piece: u64| -> Result<Vec<GameRecord>, RunError> {
                let table = table.as_mut().map_err(|e| e.clone())?;
                let first = piece * GAMES_A_PIECE;
                Ok((first..(first + GAMES_A_PIECE).min(setup.games))
                    .map(|index| table.play(index))
                    .collect())
            }
        },
        |records| match records {
            Ok(records) if failed.is_none() => {
                for record in &records {
                    summary.add(record);
                    sink(record);
                }
            }
            Ok(_) => {}
            Err(e) => {
                failed.get_or_insert(e);
            }
        },
    );
    match failed {
        Some(e) => Err(e),
        None => Ok(summary),
    }
}

/// Two delegations and a game between them, played again and again.
struct Table {
    japan: Box<dyn Agent>,
    russia: Box<dyn Agent>,
    game: Game,
    seed: u64,
}

impl Table {
    fn new(scenario: &Arc<Scenario>, setup: &Setup) -> Result<Table, RunError> {
        let japan = agents::make(&setup.japan, Side::Japan, setup.seed, scenario)?;
        let russia = agents::make(&setup.russia, Side::Russia, setup.seed, scenario)?;
        let mut game = Game::quiet(Arc::clone(scenario), setup.seed);
        // The computer delegate's own thinking is most of such a game: the paths do not pay.
        let thinks = |spec: &AgentSpec| matches!(spec, AgentSpec::Delegate | AgentSpec::DelegateAt(_));
        if thinks(&setup.japan) || thinks(&setup.russia) {
            game = game.without_paths();
        }
        Ok(Table {
            japan,
            russia,
            game,
            seed: setup.seed,
        })
    }

    /// Plays game `index` of the run.
    fn play(&mut self, index: u64) -> GameRecord {
        let seed = derive_seed(self.seed, index);
        self.game.reset(seed);
        self.japan.reset(seed, Side::Japan);
        self.russia.reset(seed, Side::Russia);
        let refused_moves = agents::play_out(&mut self.game, [self.japan.as_mut(), self.russia.as_mut()]);
        let report = Report::of(&self.game).expect("play_out ends the game");
        GameRecord {
            index,
            seed,
            report,
            refused_moves,
        }
    }
}

/// One game as a flat row with ids: for CSV and JSON results.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Row {
    pub game: u64,
    pub seed: u64,
    pub agent_japan: String,
    pub agent_russia: String,
    pub outcome: String,
    pub ending: String,
    pub sessions: usize,
    pub ratified: bool,
    pub utility_japan: f64,
    pub utility_russia: f64,
    pub reservation_japan: f64,
    pub reservation_russia: f64,
    pub advantage_japan: f64,
    pub advantage_russia: f64,
    pub pareto_optimal: bool,
    pub pareto_distance: f64,
    pub nash_distance: Option<f64>,
    pub history_distance: Option<f64>,
    /// Article id → option id of the treaty (empty without a treaty).
    pub terms: BTreeMap<String, String>,
}

impl Row {
    pub fn new(scenario: &Scenario, setup: &Setup, record: &GameRecord) -> Row {
        let r = &record.report;
        Row {
            game: record.index,
            seed: record.seed,
            agent_japan: setup.japan.to_string(),
            agent_russia: setup.russia.to_string(),
            outcome: r
                .outcome
                .map_or("unclassified".into(), |o| scenario.outcomes[o].id.clone()),
            ending: ending_id(r.ending).into(),
            sessions: r.sessions,
            ratified: r.ratified,
            utility_japan: r.utility[0],
            utility_russia: r.utility[1],
            reservation_japan: r.reservation[0],
            reservation_russia: r.reservation[1],
            advantage_japan: r.advantage[0],
            advantage_russia: r.advantage[1],
            pareto_optimal: r.pareto_optimal,
            pareto_distance: r.pareto_distance,
            nash_distance: r.nash_distance,
            history_distance: r.history_distance,
            terms: r
                .treaty
                .map(|t| {
                    t.iter()
                        .map(|(a, o)| {
                            (
                                scenario.articles[a].id.clone(),
                                scenario.articles[a].options[o as usize].id.clone(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

pub fn ending_id(ending: crate::engine::play::state::Ending) -> &'static str {
    use crate::engine::play::state::{BreakCause, Ending};
    match ending {
        Ending::AllAgreed => "all_agreed",
        Ending::TimeUp => "time_up",
        Ending::BrokenOff {
            by: Side::Japan,
            cause: BreakCause::Walkout,
        } => "japan_walked_out",
        Ending::BrokenOff {
            by: Side::Russia,
            cause: BreakCause::Walkout,
        } => "russia_walked_out",
        Ending::BrokenOff {
            by: Side::Japan,
            cause: BreakCause::Ultimatum,
        } => "japan_ultimatum_expired",
        Ending::BrokenOff {
            by: Side::Russia,
            cause: BreakCause::Ultimatum,
        } => "russia_ultimatum_expired",
        Ending::BrokenOff {
            by: Side::Japan,
            cause: BreakCause::Recalled,
        } => "japan_recalled",
        Ending::BrokenOff {
            by: Side::Russia,
            cause: BreakCause::Recalled,
        } => "russia_recalled",
    }
}

/// CSV with a header; one column per article holds the treaty's option id.
pub struct CsvWriter<W: Write> {
    out: W,
    articles: Vec<String>,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(mut out: W, scenario: &Scenario) -> io::Result<CsvWriter<W>> {
        let articles: Vec<String> = scenario.articles.iter().map(|a| a.id.clone()).collect();
        let mut header = vec![
            "game",
            "seed",
            "agent_japan",
            "agent_russia",
            "outcome",
            "ending",
            "sessions",
            "ratified",
            "utility_japan",
            "utility_russia",
            "reservation_japan",
            "reservation_russia",
            "advantage_japan",
            "advantage_russia",
            "pareto_optimal",
            "pareto_distance",
            "nash_distance",
            "history_distance",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        header.extend(articles.iter().map(|a| format!("term_{a}")));
        writeln!(
            out,
            "{}",
            header.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(",")
        )?;
        Ok(CsvWriter { out, articles })
    }

    pub fn row(&mut self, row: &Row) -> io::Result<()> {
        let opt = |v: Option<f64>| v.map_or(String::new(), |x| format!("{x:.6}"));
        let mut fields = vec![
            row.game.to_string(),
            row.seed.to_string(),
            row.agent_japan.clone(),
            row.agent_russia.clone(),
            row.outcome.clone(),
            row.ending.clone(),
            row.sessions.to_string(),
            row.ratified.to_string(),
            format!("{:.6}", row.utility_japan),
            format!("{:.6}", row.utility_russia),
            format!("{:.6}", row.reservation_japan),
            format!("{:.6}", row.reservation_russia),
            format!("{:.6}", row.advantage_japan),
            format!("{:.6}", row.advantage_russia),
            row.pareto_optimal.to_string(),
            format!("{:.6}", row.pareto_distance),
            opt(row.nash_distance),
            opt(row.history_distance),
        ];
        fields.extend(
            self.articles
                .iter()
                .map(|a| row.terms.get(a).cloned().unwrap_or_default()),
        );
        writeln!(
            self.out,
            "{}",
            fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",")
        )
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

/// RFC 4180 quoting, only where needed.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(csv_field("as_signed"), "as_signed");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }

    #[test]
    fn the_errors_in_english_are_their_display_word_for_word() {
        use super::*;
        let errors = [
            RunError::from(TooManyGames {
                games: 20_000_000,
                pairings: 1,
            }),
            RunError::from(TooManyGames {
                games: u64::MAX,
                pairings: 0,
            }),
            RunError::from(TooManyGames {
                games: 200_000,
                pairings: 64,
            }),
            RunError::from(NoSuchLevel {
                level: "foo".into(),
                levels: vec!["yielding".into(), "steady".into(), "shrewd".into()],
            }),
            RunError::from(NoSuchLevel {
                level: "x".into(),
                levels: Vec::new(),
            }),
        ];
        for error in errors {
            assert_eq!(error.render_in(Lang::English), error.to_string());
            let japanese = error.render_in(Lang::Japanese);
            assert_ne!(japanese, error.to_string());
            assert!(
                japanese.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
                "{japanese}"
            );
        }
    }
}

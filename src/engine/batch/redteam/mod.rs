//! The red team: families of scripted strategies, each over a small grid of parameters,
//! played in both roles against the computer delegate at each difficulty level. A script's
//! mean utility is set beside the reference, what the same side gets when the delegate
//! plays itself over the same seeds; the difference is what the script exploits.
//!
//! Every (script, side, level) and every reference plays the same games (seeds derived from
//! the run's seed), each on its own, so the results do not depend on the number of threads.

mod oracle;
mod script;
mod toolkit;

pub use oracle::{Oracle, Standing, WalkAway};
pub use script::{Script, Strategy};

use crate::engine::agents::{self, Agent, AgentSpec, NoSuchLevel, play_decision};
use crate::engine::analysis::report::Report;
use crate::engine::analysis::utilities;
use crate::engine::batch::simulate::{RunError, check_games};
use crate::engine::play::game::Game;
use crate::engine::play::rng::derive_seed;
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::scenario::Scenario;
use std::io::{self, Write};
use std::sync::Arc;

/// How many parameters per family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridSize {
    /// A few per family: for tests and a quick look.
    Small,
    /// The full search.
    Full,
}

/// Every script of the grid, family by family; the small grid is part of the full one.
pub fn grid(size: GridSize) -> Vec<Strategy> {
    let small = size == GridSize::Small;
    let pick = |full: &[f64], few: &[f64]| if small { few.to_vec() } else { full.to_vec() };
    let mut out = Vec::new();

    for separate in [false, true] {
        for hold in pick(&[1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3], &[0.8, 0.5]) {
            // Holding to the end (from_end 0), then dropping late.
            out.push(Strategy::HoldThenDrop {
                hold,
                from_end: 0,
                drop: hold,
                separate,
            });
            for from_end in if small { vec![1] } else { vec![1, 3] } {
                for drop in pick(&[0.0, 0.2], &[0.2]) {
                    if drop < hold {
                        out.push(Strategy::HoldThenDrop {
                            hold,
                            from_end,
                            drop,
                            separate,
                        });
                    }
                }
            }
        }
    }
    for separate in if small { vec![false] } else { vec![false, true] } {
        for hold in pick(&[0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3], &[0.6]) {
            out.push(Strategy::InformedHold { hold, separate });
        }
    }
    for separate in [false, true] {
        for accept in pick(&[0.0, 0.3, 0.5, 0.7, 0.9], &[0.3, 0.7]) {
            out.push(Strategy::Hardheaded { accept, separate });
        }
    }
    for step in pick(&[0.02, 0.05, 0.1], &[0.05]) {
        for floor in pick(&[0.0, 0.2, 0.5, 0.7], &[0.2, 0.5]) {
            out.push(Strategy::Salami { step, floor });
        }
    }
    for insist in if small { vec![0, 1] } else { vec![0, 1, 2] } {
        for session in if small { vec![1] } else { vec![0, 1, 2] } {
            for grace in if small { vec![2] } else { vec![2, 4] } {
                out.push(Strategy::UltimatumBluff { insist, session, grace });
            }
        }
    }
    for accept in pick(&[0.0, 0.2, 0.5], &[0.2]) {
        for from_end in if small { vec![1] } else { vec![1, 3] } {
            for reopen in pick(&[0.6, 0.8, 1.0], &[0.8]) {
                out.push(Strategy::AgreeThenReopen {
                    accept,
                    from_end,
                    reopen,
                });
            }
        }
    }
    for aim in pick(&[1.0, 0.8, 0.6, 0.4, 0.2], &[0.8, 0.4]) {
        for all_defaults in [false, true] {
            out.push(Strategy::CherryPick { aim, all_defaults });
        }
    }
    for low in pick(&[0.0, 0.3, 0.6], &[0.3]) {
        for accept in pick(&[0.3, 0.5, 0.7], &[0.5]) {
            out.push(Strategy::AlternatingExtremes { low, accept });
        }
    }
    for margin in pick(&[0.0, 0.01, 0.02, 0.03, 0.04, 0.06, 0.08, 0.12], &[0.02, 0.08]) {
        out.push(Strategy::Oracle { margin });
    }
    out
}

/// The families in grid order.
pub const FAMILIES: [&str; 9] = [
    "hold_then_drop",
    "informed_hold",
    "hardheaded",
    "salami",
    "ultimatum_bluff",
    "agree_then_reopen",
    "cherry_pick",
    "alternating_extremes",
    "oracle",
];

#[derive(Clone, Debug)]
pub struct Setup {
    pub scripts: Vec<Strategy>,
    pub sides: Vec<Side>,
    /// Difficulty ids of the scenario.
    pub levels: Vec<String>,
    pub games: u64,
    pub seed: u64,
    pub threads: usize,
}

/// One script against the delegate in one role at one level.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub family: &'static str,
    pub params: String,
    pub side: Side,
    pub level: String,
    pub games: u64,
    /// Mean utility of the script's side.
    pub utility_exploiter: f64,
    pub utility_delegate: f64,
    /// Mean utility of the same side, and of the other, in the delegate's self-play.
    pub reference_exploiter: f64,
    pub reference_delegate: f64,
    pub agreement_rate: f64,
    /// Turns of the script the rules refused (should be 0).
    pub refused: u64,
    /// The most any script could have taken, on average over the same games: the best
    /// treaty for its side within both final mandates that leaves the delegate its walk-away
    /// at the end (its own walk-away if there is none). A delegate never signs below its
    /// walk-away, so no script can pass this; where it lies near the reference, no level
    /// can give much away.
    pub ceiling_exploiter: f64,
}

impl Row {
    /// What the script gains over the delegate's self-play for its side.
    pub fn gain(&self) -> f64 {
        self.utility_exploiter - self.reference_exploiter
    }
}

/// Totals of a batch of games.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Tally {
    games: u64,
    utility: [f64; 2],
    agreements: u64,
    refused: u64,
    ceiling: [f64; 2],
}

impl Tally {
    fn mean(&self, side: Side) -> f64 {
        self.utility[side.index()] / self.games.max(1) as f64
    }

    fn mean_ceiling(&self, side: Side) -> f64 {
        self.ceiling[side.index()] / self.games.max(1) as f64
    }
}

/// One batch of the run: a script in a role at a level, or the delegate's self-play.
#[derive(Clone, Debug)]
enum Job {
    Script { script: usize, side: Side, level: usize },
    Reference { level: usize },
}

/// Plays the whole grid. `done(finished, total)` is called as batches finish.
pub fn run(
    scenario: &Arc<Scenario>,
    setup: &Setup,
    done: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<Row>, RunError> {
    let batches = setup.levels.len() * (1 + setup.sides.len() * setup.scripts.len());
    check_games(setup.games, batches as u64)?;
    let specs: Vec<AgentSpec> = setup.levels.iter().map(|l| AgentSpec::DelegateAt(l.clone())).collect();
    for spec in &specs {
        agents::make(spec, Side::Japan, setup.seed, scenario)?;
    }
    let mut jobs = Vec::with_capacity(batches);
    for level in 0..setup.levels.len() {
        jobs.push(Job::Reference { level });
        for &side in &setup.sides {
            jobs.extend((0..setup.scripts.len()).map(|script| Job::Script { script, side, level }));
        }
    }
    let mut tallies = Vec::with_capacity(jobs.len());
    super::in_order::in_order(
        jobs.len() as u64,
        setup.threads,
        || {
            |i: u64| match &jobs[i as usize] {
                Job::Reference { level } => self_play(scenario, &specs[*level], setup),
                Job::Script { script, side, level } => {
                    against(scenario, &setup.scripts[*script], *side, &specs[*level], setup)
                }
            }
        },
        |tally| {
            tallies.push(tally);
            done(tallies.len(), jobs.len());
        },
    );
    let mut rows = Vec::new();
    let mut reference = Tally::default();
    for (job, tally) in jobs.iter().zip(&tallies) {
        match *job {
            Job::Reference { .. } => reference = *tally,
            Job::Script { script, side, level } => {
                let strategy = &setup.scripts[script];
                rows.push(Row {
                    family: strategy.family(),
                    params: strategy.params(),
                    side,
                    level: setup.levels[level].clone(),
                    games: tally.games,
                    utility_exploiter: tally.mean(side),
                    utility_delegate: tally.mean(side.other()),
                    reference_exploiter: reference.mean(side),
                    reference_delegate: reference.mean(side.other()),
                    agreement_rate: tally.agreements as f64 / tally.games.max(1) as f64,
                    refused: tally.refused,
                    ceiling_exploiter: tally.mean_ceiling(side),
                });
            }
        }
    }
    Ok(rows)
}

fn delegate(spec: &AgentSpec, side: Side, seed: u64, scenario: &Scenario) -> Box<dyn Agent> {
    agents::make(spec, side, seed, scenario).expect("levels are checked before the run")
}

/// The delegate against itself at one level.
fn self_play(scenario: &Arc<Scenario>, spec: &AgentSpec, setup: &Setup) -> Tally {
    let mut japan = delegate(spec, Side::Japan, setup.seed, scenario);
    let mut russia = delegate(spec, Side::Russia, setup.seed, scenario);
    play_games(scenario, setup, |game| {
        japan.reset(game.seed(), Side::Japan);
        russia.reset(game.seed(), Side::Russia);
        agents::play_out(game, [japan.as_mut(), russia.as_mut()]);
        0
    })
}

/// A script in one role against the delegate in the other. Only the script's refused
/// turns are counted: the delegate's are its own business.
fn against(scenario: &Arc<Scenario>, strategy: &Strategy, side: Side, spec: &AgentSpec, setup: &Setup) -> Tally {
    let mut seat = ScriptSeat::new(scenario, strategy, side);
    let mut opponent = delegate(spec, side.other(), setup.seed, scenario);
    play_games(scenario, setup, |game| seat.play(game, opponent.as_mut()))
}

/// A script in its seat, with what the runner tells the oracle.
struct ScriptSeat {
    script: Script,
    side: Side,
    walk_away: Arc<WalkAway>,
}

impl ScriptSeat {
    fn new(scenario: &Scenario, strategy: &Strategy, side: Side) -> ScriptSeat {
        let walk_away = Arc::new(WalkAway::default());
        let oracle = match strategy {
            Strategy::Oracle { margin } => Some(Oracle::new(
                *margin,
                scenario.mandate(side.other()).valuation.clone(),
                Arc::clone(&walk_away),
            )),
            _ => None,
        };
        ScriptSeat {
            script: Script::new(strategy.clone(), oracle),
            side,
            walk_away,
        }
    }

    /// Plays a game from its opening to the end; returns the script's refused turns (the
    /// delegate's are its own business).
    fn play(&mut self, game: &mut Game, opponent: &mut dyn Agent) -> u64 {
        let side = self.side;
        self.script.reset(game.seed(), side);
        opponent.reset(game.seed(), side.other());
        let mut refused = 0;
        while let Some(mover) = game.to_move() {
            let decision = if mover == side {
                // The oracle's knowledge, from the whole game.
                self.walk_away.set(Standing {
                    walk_away: game.reservation(side.other()),
                    forbidden: game.state().forbidden[side.other().index()],
                });
                self.script.decide(&SideView::new(game, side))
            } else {
                opponent.decide(&SideView::new(game, mover))
            };
            if !play_decision(game, mover, &decision) && mover == side {
                refused += 1;
            }
        }
        refused
    }
}

/// One recorded game of a script against the delegate at `level` (`None`: its default
/// persona), to read how an exploit goes; with the script's refused turns.
pub fn play_one(
    scenario: &Arc<Scenario>,
    strategy: &Strategy,
    side: Side,
    level: Option<&str>,
    seed: u64,
) -> Result<(Game, u64), NoSuchLevel> {
    let spec = level.map_or(AgentSpec::Delegate, |l| AgentSpec::DelegateAt(l.to_string()));
    let mut opponent = agents::make(&spec, side.other(), seed, scenario)?;
    let mut game = Game::new(Arc::clone(scenario), seed);
    let refused = ScriptSeat::new(scenario, strategy, side).play(&mut game, opponent.as_mut());
    Ok((game, refused))
}

/// Plays the run's games, one `play` per game on a game reset to its seed.
fn play_games(scenario: &Arc<Scenario>, setup: &Setup, mut play: impl FnMut(&mut Game) -> u64) -> Tally {
    let mut tally = Tally::default();
    // Every game here has the computer delegate at one seat: the paths do not pay.
    let mut game = Game::quiet(Arc::clone(scenario), setup.seed).without_paths();
    for index in 0..setup.games {
        game.reset(derive_seed(setup.seed, index));
        tally.refused += play(&mut game);
        let report = Report::of(&game).expect("the game is played out");
        tally.games += 1;
        tally.utility[0] += report.utility[0];
        tally.utility[1] += report.utility[1];
        if report.ratified {
            tally.agreements += 1;
        }
        let ceiling = ceiling(&game, &report);
        tally.ceiling[0] += ceiling[0];
        tally.ceiling[1] += ceiling[1];
    }
    tally
}

/// For each side, the best it could have had from a treaty within both final mandates that
/// leaves the other side its walk-away at the end; its own walk-away if no treaty does.
fn ceiling(game: &Game, report: &Report) -> [f64; 2] {
    let scenario = game.scenario();
    let feasible = scenario.feasible_frontier(game.state().red_lines);
    let reservation = report.reservation;
    Side::BOTH.map(|side| {
        let (own, other) = (side.index(), side.other().index());
        feasible
            .iter()
            .map(|p| utilities(&scenario.space, p.points))
            .filter(|u| u[other] >= reservation[other])
            .map(|u| u[own])
            .fold(reservation[own], f64::max)
    })
}

/// Checks the levels against the scenario's; all of them when none are given.
pub fn levels(scenario: &Scenario, asked: &[String]) -> Result<Vec<String>, NoSuchLevel> {
    let have: Vec<String> = scenario.difficulties.iter().map(|d| d.id.clone()).collect();
    if asked.is_empty() {
        return Ok(have);
    }
    asked
        .iter()
        .map(|level| {
            if have.contains(level) {
                Ok(level.clone())
            } else {
                Err(NoSuchLevel {
                    level: level.clone(),
                    levels: have.clone(),
                })
            }
        })
        .collect()
}

pub const CSV_HEADER: &str = "family,params,side,level,games,utility_exploiter,utility_delegate,reference_exploiter,reference_delegate,gain,agreement_rate,refused,ceiling_exploiter";

/// The rows as CSV, in grid order, with a header.
pub fn write_csv(out: &mut impl Write, rows: &[Row]) -> io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    for r in rows {
        writeln!(
            out,
            "{},{},{},{},{},{:.6},{:.6},{:.6},{:.6},{:.6},{:.6},{},{:.6}",
            r.family,
            r.params,
            r.side.name().to_ascii_lowercase(),
            r.level,
            r.games,
            r.utility_exploiter,
            r.utility_delegate,
            r.reference_exploiter,
            r.reference_delegate,
            r.gain(),
            r.agreement_rate,
            r.refused,
            r.ceiling_exploiter
        )?;
    }
    Ok(())
}

/// How much more the best script for `side` takes, in its own utility, against the `easier`
/// level than against the `harder` one: the measure of how much the levels differ
/// for a player who looks for a way through. `None` if either level was not played.
pub fn level_gap(rows: &[Row], side: Side, easier: &str, harder: &str) -> Option<f64> {
    let best = |level: &str| {
        rows.iter()
            .filter(|r| r.side == side && r.level == level)
            .map(|r| r.utility_exploiter)
            .reduce(f64::max)
    };
    Some(best(easier)? - best(harder)?)
}

/// The row with the largest gain for each (side, level), in the order they first appear.
pub fn best_per_seat(rows: &[Row]) -> Vec<&Row> {
    let mut best: Vec<&Row> = Vec::new();
    for row in rows {
        match best.iter_mut().find(|b| b.side == row.side && b.level == row.level) {
            Some(b) if row.gain() > b.gain() => *b = row,
            Some(_) => {}
            None => best.push(row),
        }
    }
    best
}

//! Every agent against every agent, in both roles: the measurement behind the computer
//! delegate's targets. Pairings run in parallel over the machine's cores; each pairing's
//! seed derives from the run's seed and its place in the list, and results are gathered in
//! that order, so a seed gives the same table whatever the number of threads.

use crate::engine::agents::AgentSpec;
use crate::engine::batch::simulate::{self, RunError, Setup, Summary};
use crate::engine::play::rng::derive_seed;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub struct Pairing {
    pub japan: AgentSpec,
    pub russia: AgentSpec,
    pub seed: u64,
    pub summary: Summary,
}

/// Plays `games` games for every ordered pair of `agents` on up to `threads` threads.
/// `done` is called with the number of pairings finished so far.
pub fn run(
    scenario: &Arc<Scenario>,
    agents: &[AgentSpec],
    games: u64,
    seed: u64,
    threads: usize,
    done: &(dyn Fn(usize) + Sync),
) -> Result<Vec<Pairing>, RunError> {
    simulate::check_games(games, (agents.len() * agents.len()) as u64)?;
    let setups: Vec<Setup> = agents
        .iter()
        .flat_map(|japan| agents.iter().map(move |russia| (japan, russia)))
        .enumerate()
        .map(|(i, (japan, russia))| Setup {
            japan: japan.clone(),
            russia: russia.clone(),
            games,
            seed: derive_seed(seed, i as u64),
        })
        .collect();
    let mut results = Vec::with_capacity(setups.len());
    super::in_order::in_order(
        setups.len() as u64,
        threads,
        || |i: u64| simulate::run(scenario, &setups[i as usize], |_| {}),
        |summary| {
            results.push(summary);
            done(results.len());
        },
    );
    setups
        .into_iter()
        .zip(results)
        .map(|(setup, summary)| {
            Ok(Pairing {
                summary: summary?,
                japan: setup.japan,
                russia: setup.russia,
                seed: setup.seed,
            })
        })
        .collect()
}

/// An agent's mean utility in one role, over all its opponents in the tournament.
pub fn mean_utility_in_role(pairings: &[Pairing], agent: &AgentSpec, side: Side) -> f64 {
    let mine: Vec<&Pairing> = pairings
        .iter()
        .filter(|p| match side {
            Side::Japan => p.japan == *agent,
            Side::Russia => p.russia == *agent,
        })
        .collect();
    if mine.is_empty() {
        return 0.0;
    }
    mine.iter().map(|p| p.summary.mean_utility(side)).sum::<f64>() / mine.len() as f64
}

/// The CSV header of `write_csv`.
pub const CSV_HEADER: &str = "agent_japan,agent_russia,games,seed,agreement_rate,mean_utility_japan,mean_utility_russia,pareto_share,nash_distance,mean_sessions,refused_moves,pareto_within_mandates,settlement_1905,zone_share,agreement_where_zone,pareto_distance";

/// One row per pairing.
pub fn write_csv(out: &mut impl std::io::Write, pairings: &[Pairing]) -> std::io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    for p in pairings {
        let s = &p.summary;
        writeln!(
            out,
            "{},{},{},{},{:.4},{:.4},{:.4},{:.4},{:.4},{:.2},{},{:.4},{:.4},{:.4},{:.4},{:.4}",
            p.japan,
            p.russia,
            s.games,
            p.seed,
            s.agreement_rate(),
            s.mean_utility(Side::Japan),
            s.mean_utility(Side::Russia),
            s.pareto_share(),
            s.mean_nash_distance(),
            s.mean_sessions(),
            s.refused_moves,
            s.pareto_within_mandates_share(),
            s.settlement_1905_share(),
            s.zone_share(),
            s.agreement_where_zone(),
            s.mean_pareto_distance()
        )?;
    }
    Ok(())
}

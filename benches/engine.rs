//! Benchmarks of the engine, run with `cargo bench --no-default-features` (release build).
//! The machines this runs on are small and noisy, so each figure is the median of several
//! runs, with the fastest and slowest beside it. The three figures are the lines
//! starting "boulware v conceder", "delegate v delegate" and "decision time p99"; games per
//! second are also given on the thread's processor time, which other work on a shared
//! machine does not slow.

use portsmouth::engine::agents::{self, Agent, AgentSpec};
use portsmouth::engine::analysis::estimate::{self, Precision};
use portsmouth::engine::analysis::zone::TeacherView;
use portsmouth::engine::batch::simulate::{self, Setup};
use portsmouth::engine::classroom::results::{self, ResultFile};
use portsmouth::engine::classroom::wall::{self, Wall};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::save::Seat;
use portsmouth::engine::scenario;
use std::path::Path;
use std::time::Instant;

/// p50, p99 and the maximum of some timings.
fn percentiles(mut times: Vec<f64>) -> (f64, f64, f64) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    (at(0.5), at(0.99), times[times.len() - 1])
}

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[0], values[values.len() - 1])
}

/// Processor time this thread has used, where the system says (Linux: its scheduler's count).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds as f64 * 1e-9)
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");

    // Loading and validating the historical scenario (including the proof that every
    // ending has an outcome).
    let loads: Vec<f64> = (0..7)
        .map(|_| {
            let start = Instant::now();
            scenario::load(&path).expect("the historical scenario loads");
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let (m, lo, hi) = median(loads);
    println!("load and validate portsmouth-1905: median {m:.1} ms (min {lo:.1}, max {hi:.1})");

    let scenario = scenario::load(&path).unwrap().scenario;

    // Whole games per second, one thread: the benchmarks (targets: 160,000 games/s
    // for boulware v conceder, 1,000 times NegMAS's ~160; 20,000 for delegate v delegate).
    let rate = |japan: AgentSpec, russia: AgentSpec, games: u64, runs: u64| {
        let rates: Vec<(f64, Option<f64>)> = (0..runs)
            .map(|run| {
                let setup = Setup {
                    japan: japan.clone(),
                    russia: russia.clone(),
                    games,
                    seed: 1905 + run,
                };
                let (start, cpu) = (Instant::now(), thread_cpu_seconds());
                let summary = simulate::run(&scenario, &setup, |_| {}).unwrap();
                let games = summary.games as f64;
                let on_cpu = thread_cpu_seconds().zip(cpu).map(|(end, start)| games / (end - start));
                (games / start.elapsed().as_secs_f64(), on_cpu)
            })
            .collect();
        let on_cpu: Option<Vec<f64>> = rates.iter().map(|r| r.1).collect();
        (median(rates.iter().map(|r| r.0).collect()), on_cpu.map(|r| median(r).0))
    };
    // On a shared machine the clock on the wall also counts other people's work; the time
    // this thread spent on the processor does not.
    let cpu_note = |rate: Option<f64>| rate.map_or(String::new(), |r| format!("; {r:.0} games/s on CPU time"));
    // A first short run builds the tables a scenario makes on first use.
    let _ = rate(AgentSpec::Boulware, AgentSpec::Conceder, 1000, 1);
    let _ = rate(AgentSpec::Delegate, AgentSpec::Delegate, 10, 1);
    let games = 50_000;
    let ((m, lo, hi), cpu) = rate(AgentSpec::Boulware, AgentSpec::Conceder, games, 7);
    println!(
        "boulware v conceder, portsmouth-1905, one thread: median {m:.0} games/s (min {lo:.0}, max {hi:.0}){}, {games} games a run, target 160000",
        cpu_note(cpu)
    );
    let games = 1000;
    let ((m, lo, hi), cpu) = rate(AgentSpec::Delegate, AgentSpec::Delegate, games, 5);
    println!(
        "delegate v delegate, portsmouth-1905, one thread: median {m:.0} games/s (min {lo:.0}, max {hi:.0}){}, {games} games a run, target 20000",
        cpu_note(cpu)
    );
    // The same on every core, as `portsmouth simulate` runs by default. Each run's threads
    // are new and learn the positions afresh (the one-thread runs above reuse a warm
    // thread), so a run is longer.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let games = 10_000;
    let rates: Vec<f64> = (0..5)
        .map(|run| {
            let setup = Setup {
                japan: AgentSpec::Delegate,
                russia: AgentSpec::Delegate,
                games,
                seed: 1905 + run,
            };
            let start = Instant::now();
            let summary = simulate::run_on(&scenario, &setup, cores, |_| {}).unwrap();
            summary.games as f64 / start.elapsed().as_secs_f64()
        })
        .collect();
    let (m, lo, hi) = median(rates);
    println!(
        "delegate v delegate, portsmouth-1905, all {cores} cores: median {m:.0} games/s (min {lo:.0}, max {hi:.0}), {games} games a run"
    );

    // How long one decision takes, for each agent in both roles, over many games against a
    // random and a boulware opponent.
    let mut slowest: Option<(f64, &AgentSpec)> = None;
    for name in &agents::BUILT_IN {
        let mut times = Vec::new();
        for seed in 0..100u64 {
            for me_side in Side::BOTH {
                for opponent in [AgentSpec::Random, AgentSpec::Boulware] {
                    let mut game = Game::quiet(scenario.clone(), seed);
                    let mut me = agents::make(name, me_side, seed, &scenario).unwrap();
                    let mut other: Box<dyn Agent> = agents::make(&opponent, me_side.other(), seed, &scenario).unwrap();
                    while let Some(side) = game.to_move() {
                        let view = SideView::new(&game, side);
                        let decision = if side == me_side {
                            let start = Instant::now();
                            let d = me.decide(&view);
                            times.push(start.elapsed().as_secs_f64() * 1e6);
                            d
                        } else {
                            other.decide(&view)
                        };
                        agents::play_decision(&mut game, side, &decision);
                    }
                }
            }
        }
        let count = times.len();
        let (p50, p99, max) = percentiles(times);
        println!("{name:>11} decision time: p50 {p50:.1} µs, p99 {p99:.1} µs, max {max:.1} µs over {count} decisions");
        if slowest.is_none_or(|(worst, _)| p99 > worst) {
            slowest = Some((p99, name));
        }
    }
    if let Some((p99, name)) = slowest {
        println!(
            "decision time p99, slowest agent ({name}): {:.3} ms, target 5 ms",
            p99 / 1e3
        );
    }

    // The teacher's eye is worked out on each redraw of the table while it is open: its
    // time at every state of a 1905 conference between two delegates.
    let mut game = Game::new(scenario.clone(), 1905);
    let mut delegates = Side::BOTH.map(|side| agents::make(&AgentSpec::Delegate, side, 1905, &scenario).unwrap());
    let mut eye_times = Vec::new();
    while let Some(side) = game.to_move() {
        for _ in 0..5 {
            let start = Instant::now();
            std::hint::black_box(TeacherView::of(&game));
            eye_times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        let decision = delegates[side.index()].decide(&SideView::new(&game, side));
        agents::play_decision(&mut game, side, &decision);
    }
    let (p50, p99, max) = percentiles(eye_times);
    println!("teacher's eye (zone per article) over a whole game: p50 {p50:.2} ms, p99 {p99:.2} ms, max {max:.2} ms");

    // The deal table's estimate of a draft and "what would it take", worked out on each
    // change of the draft: its time for every proposal of games between the delegate and a
    // linear or random player, on both sides.
    let mut estimate_times = Vec::new();
    for seed in 0..50u64 {
        for player_side in Side::BOTH {
            for player in [AgentSpec::Linear, AgentSpec::Random] {
                let mut game = Game::quiet(scenario.clone(), seed);
                let mut seats = [
                    agents::make(&player, player_side, seed, &scenario).unwrap(),
                    agents::make(&AgentSpec::Delegate, player_side.other(), seed, &scenario).unwrap(),
                ];
                while let Some(side) = game.to_move() {
                    let view = SideView::new(&game, side);
                    let seat = usize::from(side != player_side);
                    let decision = seats[seat].decide(&view);
                    if let (0, Some(proposal)) = (seat, decision.turn.propose) {
                        let start = Instant::now();
                        std::hint::black_box(estimate::estimate_and_nearest(&view, &proposal.terms, Precision::Fine));
                        estimate_times.push(start.elapsed().as_secs_f64() * 1e6);
                    }
                    agents::play_decision(&mut game, side, &decision);
                }
            }
        }
    }
    let drafts = estimate_times.len();
    let (p50, p99, max) = percentiles(estimate_times);
    println!("estimate + what would it take: p50 {p50:.0} µs, p99 {p99:.0} µs, max {max:.0} µs over {drafts} drafts");

    // The class results wall over a folder of 1000 result files.
    let folder = std::env::temp_dir().join(format!("portsmouth-bench-wall-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let setup = Setup {
        japan: AgentSpec::Delegate,
        russia: AgentSpec::Boulware,
        games: 1000,
        seed: 1,
    };
    let seats = [Seat::Computer(AgentSpec::Delegate), Seat::Computer(AgentSpec::Boulware)];
    simulate::run(&scenario, &setup, |record| {
        let result = ResultFile::from_report(&scenario, &record.report, record.seed, &seats);
        results::write(&folder.join(format!("{}.ron", record.index)), &result).unwrap();
    })
    .unwrap();
    let walls: Vec<f64> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let read = wall::read_folder(&folder).unwrap();
            std::hint::black_box(Wall::of(&read.results, None).unwrap());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let (m, lo, hi) = median(walls);
    println!("class results wall, 1000 result files read and summed: median {m:.0} ms (min {lo:.0}, max {hi:.0})");
    let _ = std::fs::remove_dir_all(&folder);
}

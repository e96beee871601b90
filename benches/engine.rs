//! Benchmarks of the engine, run with `cargo bench --no-default-features` (release build).
//! The machines this runs on are small and noisy, so each figure is the median of several
//! runs, with the fastest and slowest beside it.

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

fn median(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[0], values[values.len() - 1])
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

    // Whole games per second, one thread: the benchmark.
    let games = 100_000;
    let mut rates = Vec::new();
    for run in 0..7 {
        let setup = Setup {
            japan: AgentSpec::Boulware,
            russia: AgentSpec::Conceder,
            games,
            seed: 1905 + run,
        };
        let start = Instant::now();
        let summary = simulate::run(&scenario, &setup, |_| {}).unwrap();
        rates.push(summary.games as f64 / start.elapsed().as_secs_f64());
    }
    let (m, lo, hi) = median(rates);
    println!(
        "boulware v conceder, portsmouth-1905, one thread: median {m:.0} games/s (min {lo:.0}, max {hi:.0}), {games} games a run"
    );

    // How long one decision takes, for each agent in both roles, over many games against a
    // random and a boulware opponent.
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
        times.sort_by(f64::total_cmp);
        let p = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        println!(
            "{name:>11} decision time: p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs over {} decisions",
            p(0.5),
            p(0.99),
            times[times.len() - 1],
            times.len()
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
    eye_times.sort_by(f64::total_cmp);
    let p = |q: f64| eye_times[((eye_times.len() - 1) as f64 * q) as usize];
    println!(
        "teacher's eye (zone per article) over a whole game: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        p(0.5),
        p(0.99),
        eye_times[eye_times.len() - 1]
    );

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
    estimate_times.sort_by(f64::total_cmp);
    let p = |q: f64| estimate_times[((estimate_times.len() - 1) as f64 * q) as usize];
    println!(
        "estimate + what would it take: p50 {:.0} µs, p99 {:.0} µs, max {:.0} µs over {} drafts",
        p(0.5),
        p(0.99),
        estimate_times[estimate_times.len() - 1],
        estimate_times.len()
    );

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

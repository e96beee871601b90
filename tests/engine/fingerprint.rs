//! The engine plays the same games byte for byte as when the golden fingerprints were taken:
//! for every shipped scenario and every pairing of the computer delegations other than the
//! delegate (which is still changing), 50 seeds of recorded games (transcript, notes, final
//! state, report) and the same seeds as a bulk simulation runs them (quiet games, agents
//! reused). Work on speed must leave these unchanged.
//!
//! After a deliberate change of behaviour, write new fingerprints with
//! `PORTSMOUTH_BLESS=1 cargo test --no-default-features --test engine fingerprint`.
//! `PORTSMOUTH_FINGERPRINT_ALL=<file>` also writes the delegate's pairings to that file, to
//! compare by hand before and after a change (not checked in).

use crate::common::{agent, load};
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::batch::simulate::{self, Setup};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::Lang;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

const SCENARIOS: [&str; 4] = [
    "portsmouth-1905.ron",
    "tsar-holds-firm.ron",
    "japan-credit-runs-out.ron",
    "tutorial.ron",
];
const STABLE: [&str; 7] = [
    "boulware",
    "conceder",
    "linear",
    "hardheaded",
    "tit-for-tat",
    "historical",
    "random",
];
const SEEDS: u64 = 50;
const GOLDEN: &str = "tests/engine/golden/fingerprints.txt";

/// FNV-1a, 64 bits: stable across Rust releases, unlike the standard hasher.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn text(&mut self, text: &str) {
        for &b in text.as_bytes() {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// One pairing's fingerprint over all the seeds.
fn fingerprint(scenario_name: &str, japan: &str, russia: &str) -> u64 {
    let scenario = load(scenario_name);
    let mut hash = Fnv::new();
    for seed in 0..SEEDS {
        let mut game = Game::new(Arc::clone(&scenario), seed);
        let mut j = agent(japan, Side::Japan, seed, &scenario);
        let mut r = agent(russia, Side::Russia, seed, &scenario);
        let refused = agents::play_out(&mut game, [j.as_mut(), r.as_mut()]);
        hash.text(&format!("{refused}"));
        for entry in &game.transcript().entries {
            hash.text(&format!("{entry:?}"));
        }
        // The notes in English, as they were kept before they were kept as remarks.
        for (side, _, note) in game.transcript().moves() {
            if let Some(note) = note {
                hash.text(&note.text_in(Lang::English, &scenario, side));
            }
        }
        hash.text(&format!("{:?}", game.state()));
        hash.text(&format!("{:?}", Report::of(&game)));
    }
    // The same seeds as `simulate` plays them: quiet games, agents kept from game to game.
    let spec = |name: &str| name.parse::<AgentSpec>().unwrap();
    let setup = Setup {
        japan: spec(japan),
        russia: spec(russia),
        games: SEEDS,
        seed: 1905,
    };
    let summary = simulate::run(&scenario, &setup, |record| {
        hash.text(&format!("{} {} {:?}", record.seed, record.refused_moves, record.report));
    })
    .unwrap();
    hash.text(&format!("{summary:?}"));
    hash.0
}

fn fingerprints(names: &[&str]) -> String {
    let mut out = String::new();
    for scenario in SCENARIOS {
        for japan in names {
            for russia in names {
                let f = fingerprint(scenario, japan, russia);
                writeln!(out, "{scenario} {japan} {russia} {f:016x}").unwrap();
            }
        }
    }
    out
}

#[test]
fn games_play_as_when_the_fingerprints_were_taken() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    let now = fingerprints(&STABLE);
    if std::env::var_os("PORTSMOUTH_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
    }
    let golden = std::fs::read_to_string(&path).expect("the golden fingerprints exist");
    let differing: Vec<&str> = now
        .lines()
        .zip(golden.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a)
        .collect();
    assert!(
        differing.is_empty() && now.lines().count() == golden.lines().count(),
        "games differ from the golden fingerprints in {} pairings, first: {:?}",
        differing.len(),
        differing.first()
    );
    if let Some(out) = std::env::var_os("PORTSMOUTH_FINGERPRINT_ALL") {
        let mut all = STABLE.to_vec();
        all.push("delegate");
        std::fs::write(out, fingerprints(&all)).unwrap();
    }
}

/// A bulk run on several threads hands on the same records, in the same order, and sums the
/// same summary as on one: each game's seed depends only on its number, and the threads'
/// records are gathered in the games' order. (The count is not a whole number of the pieces
/// the threads share, so the last piece is a short one.)
#[test]
fn a_bulk_run_is_the_same_on_any_number_of_threads() {
    let scenario = load("portsmouth-1905.ron");
    let spec = |name: &str| name.parse::<AgentSpec>().unwrap();
    for (japan, russia) in [
        ("delegate", "delegate:yielding"),
        ("random", "delegate"),
        ("boulware", "conceder"),
    ] {
        let setup = Setup {
            japan: spec(japan),
            russia: spec(russia),
            games: 150,
            seed: 77,
        };
        let run = |threads: usize| {
            let mut records = Vec::new();
            let summary = simulate::run_on(&scenario, &setup, threads, |record| {
                records.push(format!(
                    "{} {} {} {:?}",
                    record.index, record.seed, record.refused_moves, record.report
                ));
            })
            .unwrap();
            (records, format!("{summary:?}"))
        };
        let (one, one_summary) = run(1);
        assert_eq!(one.len(), 150);
        for threads in [2, 3] {
            let (many, many_summary) = run(threads);
            assert!(
                one == many,
                "{japan} v {russia}: the records differ on {threads} threads"
            );
            assert_eq!(one_summary, many_summary, "{japan} v {russia} on {threads} threads");
        }
    }
    assert_eq!(
        simulate::threads_for(150, 8),
        3,
        "three pieces of games keep three threads busy"
    );
    assert_eq!(simulate::threads_for(10, 4), 1);
}

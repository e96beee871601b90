//! The red team: scripted strategies against the delegate, in both roles, on a small grid.

use crate::common::{load, portsmouth, scenario_path};
use portsmouth::engine::agents::{DelegateRemark, Remark};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::analysis::space::Valuation;
use portsmouth::engine::batch::redteam::{
    self, CSV_HEADER, FAMILIES, GridSize, Oracle, Row, Setup, Standing, Strategy, WalkAway,
};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{MAX_ARTICLES, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::transcript::Note;
use std::sync::Arc;

fn setup(levels: &[&str], games: u64, threads: usize) -> Setup {
    Setup {
        scripts: redteam::grid(GridSize::Small),
        sides: Side::BOTH.to_vec(),
        levels: levels.iter().map(|l| l.to_string()).collect(),
        games,
        seed: 1905,
        threads,
    }
}

fn csv(rows: &[Row]) -> String {
    let mut out = Vec::new();
    redteam::write_csv(&mut out, rows).unwrap();
    String::from_utf8(out).unwrap()
}

/// What every run must satisfy, whatever the delegate does.
fn check_rows(name: &str, setup: &Setup, rows: &[Row]) {
    assert_eq!(
        rows.len(),
        setup.scripts.len() * setup.sides.len() * setup.levels.len(),
        "{name}: one row per script, side and level"
    );
    for side in Side::BOTH {
        for family in FAMILIES {
            assert!(
                rows.iter().any(|r| r.side == side && r.family == family),
                "{name}: {family} plays {side:?}"
            );
        }
    }
    for r in rows {
        let what = format!("{name}: {} {} as {:?} at {}", r.family, r.params, r.side, r.level);
        assert_eq!(r.games, setup.games, "{what}");
        for u in [
            r.utility_exploiter,
            r.utility_delegate,
            r.reference_exploiter,
            r.reference_delegate,
        ] {
            assert!((0.0..=1.0).contains(&u), "{what}: utility {u}");
        }
        assert!((0.0..=1.0).contains(&r.agreement_rate), "{what}");
        assert_eq!(r.refused, 0, "{what}: the rules refused turns of the script");
        assert!((r.gain() - (r.utility_exploiter - r.reference_exploiter)).abs() < 1e-12);
        // The delegate never signs below its walk-away, so no script passes the ceiling.
        assert!(
            r.utility_exploiter <= r.ceiling_exploiter + 1e-9 && r.ceiling_exploiter <= 1.0,
            "{what}: {} above the ceiling {}",
            r.utility_exploiter,
            r.ceiling_exploiter
        );
    }
    let text = csv(rows);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(CSV_HEADER));
    assert!(
        CSV_HEADER.starts_with("family,params,side,level,games,utility_exploiter,utility_delegate,reference_exploiter")
    );
    assert!(CSV_HEADER.contains("agreement_rate") && CSV_HEADER.contains("gain") && CSV_HEADER.contains("refused"));
    let columns = CSV_HEADER.split(',').count();
    assert_eq!(lines.clone().count(), rows.len());
    assert!(
        lines.all(|l| l.split(',').count() == columns),
        "{name}: no commas inside fields"
    );
}

#[test]
fn a_small_grid_on_the_tutorial_at_every_level_is_sound_and_repeatable() {
    let scenario = load("tutorial.ron");
    let levels: Vec<String> = scenario.difficulties.iter().map(|d| d.id.clone()).collect();
    let levels: Vec<&str> = levels.iter().map(String::as_str).collect();
    let one = setup(&levels, 10, 1);
    let rows = redteam::run(&scenario, &one, &|_, _| {}).unwrap();
    check_rows("tutorial", &one, &rows);
    // The same seed gives the same table, on any number of threads.
    let again = redteam::run(&scenario, &setup(&levels, 10, 2), &|_, _| {}).unwrap();
    assert_eq!(csv(&rows), csv(&again));
    // The reference is the delegate's self-play, the same for every script of a seat.
    for level in &levels {
        for side in Side::BOTH {
            let seat: Vec<&Row> = rows.iter().filter(|r| r.side == side && r.level == *level).collect();
            assert!(
                seat.windows(2)
                    .all(|w| w[0].reference_exploiter == w[1].reference_exploiter)
            );
        }
    }
}

#[test]
fn the_small_grid_is_part_of_the_full_one_and_no_script_appears_twice() {
    let full = redteam::grid(GridSize::Full);
    let small = redteam::grid(GridSize::Small);
    for script in &small {
        assert!(
            full.contains(script),
            "{} {} is not in the full grid",
            script.family(),
            script.params()
        );
    }
    for (i, script) in full.iter().enumerate() {
        assert!(
            !full[..i]
                .iter()
                .any(|s| s.family() == script.family() && s.params() == script.params()),
            "{} {} twice",
            script.family(),
            script.params()
        );
    }
    let families: Vec<&str> = full.iter().map(|s| s.family()).fold(Vec::new(), |mut seen, f| {
        if !seen.contains(&f) {
            seen.push(f);
        }
        seen
    });
    assert_eq!(families, FAMILIES, "the families, in grid order");
}

#[test]
fn one_recorded_game_shows_how_a_script_plays() {
    let scenario = load("tutorial.ron");
    let strategy = Strategy::CherryPick {
        aim: 0.8,
        all_defaults: true,
    };
    let (game, refused) = redteam::play_one(&scenario, &strategy, Side::Russia, Some("shrewd"), 3).unwrap();
    assert!(game.is_over());
    assert_eq!(refused, 0);
    assert!(!game.transcript().entries.is_empty());
    assert!(redteam::play_one(&scenario, &strategy, Side::Russia, Some("ruthless"), 3).is_err());
}

#[test]
fn a_small_grid_on_portsmouth_against_shrewd_is_sound_and_repeatable() {
    let scenario = load("portsmouth-1905.ron");
    let one = setup(&["shrewd"], 4, 2);
    let rows = redteam::run(&scenario, &one, &|_, _| {}).unwrap();
    check_rows("portsmouth", &one, &rows);
    let again = redteam::run(&scenario, &setup(&["shrewd"], 4, 1), &|_, _| {}).unwrap();
    assert_eq!(csv(&rows), csv(&again));
    // The oracle's margin over the walk-away changes what it gets for at least one seat.
    let oracle = |side: Side| -> Vec<f64> {
        rows.iter()
            .filter(|r| r.family == "oracle" && r.side == side)
            .map(|r| r.utility_exploiter)
            .collect()
    };
    assert!(
        Side::BOTH.iter().any(|&s| oracle(s).windows(2).any(|w| w[0] != w[1])),
        "the oracle's margin makes no difference"
    );
}

#[test]
fn the_oracle_tables_its_best_treaty_above_the_delegates_walk_away() {
    let scenario = load("portsmouth-1905.ron");
    // Late in the talks, every article on the table and none agreed: both sides have passed.
    let mut game = Game::new(Arc::clone(&scenario), 7);
    while game.state().session + 1 < scenario.sessions.len() || game.to_move() != Some(Side::Japan) {
        let side = game.to_move().expect("passing does not end the talks early");
        game.play(side, Turn::PASS).unwrap();
    }
    let view = SideView::new(&game, Side::Japan);
    let russia: Valuation = scenario.mandate(Side::Russia).valuation.clone();
    let walk_away = Arc::new(WalkAway::default());
    let mut oracle = Oracle::new(0.02, russia.clone(), Arc::clone(&walk_away));
    // The most Russia can have among the treaties Japan's search covers now.
    let most = russia.utility(&scenario.space.best_allowed(Side::Russia, &view.search_masks()).unwrap());
    let mut plan_at = |floor: f64| {
        walk_away.set(Standing {
            walk_away: floor,
            forbidden: [0; MAX_ARTICLES],
        });
        assert_eq!(oracle.walk_away(), floor);
        let plan = oracle.plan(&view).expect("a treaty is allowed");
        assert!(
            russia.utility(&plan) >= floor + 0.02,
            "walk-away {floor}: the plan leaves Russia below it"
        );
        plan
    };
    let free = plan_at(0.0);
    let left = russia.utility(&free);
    assert!(
        left + 0.02 < most,
        "Japan's best leaves Russia {left}, the most is {most}"
    );
    // A walk-away above what Japan's best leaves Russia costs Japan something.
    let bound = plan_at((left + most) / 2.0 - 0.02);
    assert!(view.utility(&bound) < view.utility(&free), "the walk-away is not used");
}

#[test]
fn the_command_writes_the_csv_and_refuses_bad_flags_clearly() {
    let scenario = scenario_path("tutorial.ron");
    let scenario = scenario.to_str().unwrap();
    let dir = std::env::temp_dir().join(format!("portsmouth-redteam-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("redteam.csv");
    let out_arg = out_path.to_str().unwrap();
    let args = [
        "redteam",
        "--scenario",
        scenario,
        "--small",
        "--games",
        "3",
        "--level",
        "shrewd",
        "--side",
        "russia",
        "--out",
        out_arg,
    ];
    let out = portsmouth(&args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        stdout.contains("Russia") && stdout.contains("shrewd") && stdout.contains("gain"),
        "{stdout}"
    );
    assert!(!stdout.contains("less the best against"), "one level, no gap: {stdout}");
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert_eq!(written.lines().next(), Some(CSV_HEADER));
    assert_eq!(written.lines().count(), 1 + redteam::grid(GridSize::Small).len());
    assert!(written.lines().skip(1).all(|l| l.contains(",russia,shrewd,3,")));

    let unknown = portsmouth(&[
        "redteam",
        "--scenario",
        scenario,
        "--level",
        "ruthless",
        "--out",
        out_arg,
    ]);
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr.contains("ruthless") && stderr.contains("shrewd"), "{stderr}");

    let before = std::fs::read_to_string(scenario_path("tutorial.ron")).unwrap();
    let clash = portsmouth(&["redteam", "--scenario", scenario, "--small", "--out", scenario]);
    let stderr = String::from_utf8_lossy(&clash.stderr);
    assert_eq!(clash.status.code(), Some(1));
    assert!(
        stderr.contains("--out") && stderr.contains("the scenario file"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(scenario_path("tutorial.ron")).unwrap(), before);

    let side = portsmouth(&["redteam", "--scenario", scenario, "--side", "prussia"]);
    assert_eq!(side.status.code(), Some(2), "clap refuses an unknown side");
    std::fs::remove_dir_all(&dir).ok();
}

/// Whatever a script does — cherry-pick the articles it likes and let the clock settle the
/// rest, reopen what was agreed, bluff — the delegate never ends below its walk-away value,
/// on any scenario, at any level: the treaty the end of the talks settles counts in
/// everything it accepts, and it lays down its terms or leaves rather than end below.
#[test]
fn no_script_leaves_the_delegate_below_its_walk_away_on_any_scenario() {
    for file in [
        "tutorial.ron",
        "portsmouth-1905.ron",
        "tsar-holds-firm.ron",
        "japan-credit-runs-out.ron",
    ] {
        let scenario = load(file);
        let levels: Vec<Option<String>> = std::iter::once(None)
            .chain(scenario.difficulties.iter().map(|d| Some(d.id.clone())))
            .collect();
        for strategy in redteam::grid(GridSize::Small) {
            for side in Side::BOTH {
                for level in &levels {
                    for seed in 0..2 {
                        let (game, _) = redteam::play_one(&scenario, &strategy, side, level.as_deref(), seed).unwrap();
                        let delegate = side.other();
                        let Some(treaty) = game.treaty() else { continue };
                        let worth = scenario.space.utility(delegate, &treaty);
                        let walk_away = game.reservation(delegate);
                        assert!(
                            worth + 1e-9 >= walk_away,
                            "{file}, {} {:?} as {side} against {level:?}, seed {seed}: the delegate ends at {worth:.3}, below its walk-away {walk_away:.3}",
                            strategy.family(),
                            strategy
                        );
                    }
                }
            }
        }
    }
}

/// Whether the delegate said, at some turn of the game, what `what` looks for.
fn delegate_said(game: &Game, what: impl Fn(&DelegateRemark) -> bool) -> bool {
    game.transcript().notes.iter().any(|note| match note {
        Note::Said(Remark::Delegate(said)) => what(said),
        _ => false,
    })
}

/// Whether the delegate said, at some turn of the game, that it stands firm.
fn said_it_stands_firm(game: &Game) -> bool {
    delegate_said(game, |said| said.stands_firm)
}

/// The one line that solved the delegate (issue 13): as Russia, table the maximal legal demand
/// every session and hold it to the end. Against Shrewd it now loses against the delegate's
/// own result in that seat, and the oracle that knows Komura's walk-away gains about nothing:
/// a Komura who sees Witte stand still past his hidden day stands on what he believes fair.
/// His last word leaves out what Russia refused in public, but asks as much on the rest as
/// he believes it was worth to Russia, so holding out wins Russia no more than his stand.
#[test]
fn holding_the_maximal_demand_to_the_end_no_longer_pays_against_shrewd() {
    let scenario = load("portsmouth-1905.ron");
    let setup = Setup {
        scripts: vec![
            Strategy::HoldThenDrop {
                hold: 1.0,
                from_end: 0,
                drop: 1.0,
                separate: false,
            },
            Strategy::Oracle { margin: 0.0 },
        ],
        sides: vec![Side::Russia],
        levels: vec!["shrewd".to_string()],
        games: 60,
        seed: 1905,
        threads: 2,
    };
    // Komura says why: past his hidden day, against a Witte who does not move, he stands firm.
    let stood_firm = (0..20).any(|seed| {
        let (game, _) = redteam::play_one(&scenario, &setup.scripts[0], Side::Russia, Some("shrewd"), seed).unwrap();
        said_it_stands_firm(&game)
    });
    assert!(stood_firm, "Komura never said he stood firm in 20 games");
    let said = Remark::Delegate(DelegateRemark {
        stands_firm: true,
        ..Default::default()
    })
    .describe_in(portsmouth::i18n::Lang::English, &scenario, Side::Japan)
    .unwrap();
    assert!(said.contains("Witte") && !said.contains('%'), "{said}");
    let rows = redteam::run(&scenario, &setup, &|_, _| {}).unwrap();
    assert_eq!(rows.len(), 2);
    // The hold loses (-0.014 to -0.018 over 200 games and four seeds, since Komura concedes
    // a large step at a time rather than jump to his last word); the oracle gains nothing
    // (-0.003 to -0.015), against the bound of +0.03.
    let (hold, oracle) = (&rows[0], &rows[1]);
    assert!(hold.gain() < -0.005, "{}: gains {:+.3}", hold.params, hold.gain());
    assert!(oracle.gain() < 0.015, "{}: gains {:+.3}", oracle.params, oracle.gain());
}

/// A demand held to the end is not met at the end: Komura's last word to a Witte who has stood
/// still is all Komura may give above his floor, whatever Witte holds out for. While it met
/// the standing demand, a script holding nine-tenths of Russia's maximal demand, each article
/// its own package, gained +0.026 to +0.033 at Shrewd (200 games, seeds 1905, 7 and 11), over
/// the target of +0.03.
#[test]
fn holding_nine_tenths_of_the_maximal_demand_is_not_met_at_the_end() {
    let scenario = load("portsmouth-1905.ron");
    let setup = Setup {
        scripts: vec![Strategy::HoldThenDrop {
            hold: 0.9,
            from_end: 0,
            drop: 0.9,
            separate: true,
        }],
        sides: vec![Side::Russia],
        levels: vec!["shrewd".to_string()],
        games: 100,
        seed: 11,
        threads: 2,
    };
    let rows = redteam::run(&scenario, &setup, &|_, _| {}).unwrap();
    let r = &rows[0];
    // +0.016 now on these 100 games, since Komura stands firm at his last word against a
    // Witte who never came, whether or not he would walk out; +0.024 before that; +0.026
    // while Komura gave all he may to a Witte whose offers never came towards him, so long
    // as his terms had moved; +0.035 while the standing demand was met.
    assert!(r.gain() <= 0.03, "{} {}: gains {:+.3}", r.family, r.params, r.gain());
}

/// A side that never comes towards it meets its firm stand at its last word even in the games
/// where it would not have walked out: Komura, at Shrewd, stands on what he believes fair
/// against a Witte who has held the same demand from his first offer to the end, whatever
/// his hidden day. Before, he stood firm only in the games that drew one, and a script
/// holding nine-tenths of Russia's best treaty to the end, never moving, took the rest.
#[test]
fn a_side_that_never_moved_meets_a_firm_last_word_even_without_a_day_to_walk_out() {
    let scenario = load("portsmouth-1905.ron");
    let hold = Strategy::HoldThenDrop {
        hold: 1.0,
        from_end: 0,
        drop: 1.0,
        separate: false,
    };
    let (mut without_day, mut stood_firm) = (0, 0);
    for seed in 0..60u64 {
        let hidden = &scenario.mandates[Side::Japan.index()].persona.hidden;
        if portsmouth::engine::agents::draw_limits(hidden, seed, Side::Japan)
            .walk_out
            .is_some()
        {
            continue;
        }
        without_day += 1;
        let (game, _) = redteam::play_one(&scenario, &hold, Side::Russia, Some("shrewd"), seed).unwrap();
        stood_firm += usize::from(said_it_stands_firm(&game));
    }
    // 25 games of 60 draw no day for Komura to walk out; he stood firm in all 25 (in none
    // before).
    assert!(without_day >= 10, "only {without_day} games without a day to walk out");
    assert!(
        stood_firm * 10 >= without_day * 9,
        "Komura stood firm in only {stood_firm} of {without_day} games without a day to walk out"
    );
}

/// Russia's utility in `games` games of `strategy` against Komura at `level`, game by game
/// (seeds derived from `run` as the red team derives them).
fn russia_takes(strategy: &Strategy, level: &str, run: u64, games: u64) -> Vec<f64> {
    let scenario = load("portsmouth-1905.ron");
    (0..games)
        .map(|i| {
            let seed = portsmouth::engine::play::rng::derive_seed(run, i);
            let (game, _) = redteam::play_one(&scenario, strategy, Side::Russia, Some(level), seed).unwrap();
            Report::of(&game).unwrap().utility[Side::Russia.index()]
        })
        .collect()
}

/// A side that stands still having come only a little way is not given all Komura may give at
/// the end. A script holding nine-tenths of Russia's best treaty, each article its own
/// package, comes a step when the Tsar's consent lowers its walk-away; while any step of 0.03
/// counted as ground given, Shrewd Komura's last word handed it as much as Yielding's in 16 of
/// these 40 games (seed 1905). Now in none.
#[test]
fn a_side_that_came_a_little_way_and_held_is_not_given_all_at_the_end() {
    let hold = Strategy::HoldThenDrop {
        hold: 0.9,
        from_end: 0,
        drop: 0.9,
        separate: true,
    };
    let shrewd = russia_takes(&hold, "shrewd", 1905, 40);
    let yielding = russia_takes(&hold, "yielding", 1905, 40);
    let as_much = shrewd.iter().zip(&yielding).filter(|(s, y)| s >= y).count();
    assert!(as_much <= 4, "Shrewd gave as much as Yielding in {as_much} games of 40");
}

/// Komura's last word gives no more than Witte has come towards him, and a little over. A
/// script holding four-fifths of Russia's best treaty comes a long way only as its walk-away
/// falls with the events; Komura met its demand at the end, and Shrewd kept 0.044 less for it
/// than Yielding (60 games, seed 7). Now 0.078.
#[test]
fn the_last_word_gives_step_for_step() {
    let hold = Strategy::HoldThenDrop {
        hold: 0.8,
        from_end: 0,
        drop: 0.8,
        separate: false,
    };
    let mean = |v: Vec<f64>| v.iter().sum::<f64>() / v.len() as f64;
    let shrewd = mean(russia_takes(&hold, "shrewd", 7, 60));
    let yielding = mean(russia_takes(&hold, "yielding", 7, 60));
    assert!(
        yielding - shrewd >= 0.06,
        "the script took {shrewd:.3} against Shrewd, {yielding:.3} against Yielding"
    );
}

/// With two levels played, the command says how much more the best script takes against the
/// first than against the last (the measure of how far apart the levels are), the
/// same figure as the CSV's rows give.
#[test]
fn the_command_says_how_far_apart_the_first_and_last_levels_are() {
    let scenario = scenario_path("tutorial.ron");
    let dir = std::env::temp_dir().join(format!("portsmouth-redteam-gap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join("levels.csv");
    let out = portsmouth(&[
        "redteam",
        "--scenario",
        scenario.to_str().unwrap(),
        "--small",
        "--games",
        "4",
        "--level",
        "yielding,shrewd",
        "--out",
        out_path.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&out_path).unwrap();
    let columns: Vec<&str> = CSV_HEADER.split(',').collect();
    let column = |name: &str| columns.iter().position(|c| *c == name).unwrap();
    let best = |side: &str, level: &str| {
        written
            .lines()
            .skip(1)
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|cells| cells[column("side")] == side && cells[column("level")] == level)
            .map(|cells| cells[column("utility_exploiter")].parse::<f64>().unwrap())
            .fold(f64::NEG_INFINITY, f64::max)
    };
    for (side, name) in [("japan", "Japan"), ("russia", "Russia")] {
        let gap = best(side, "yielding") - best(side, "shrewd");
        let line = format!(
            "{name}: the best script against yielding less the best against shrewd: {gap:+.3} (in the script's own utility)"
        );
        assert!(stdout.contains(&line), "{line:?} in {stdout}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// A side that never came towards Komura and leaps towards him only at his last answer gets
/// his fair peace to sign, not the leap taken as it stands. A script holding nine-tenths of
/// Russia's best treaty, each article its own package, then dropping to a fifth for the last
/// session, was the red team's best at Shrewd (0.662 over 1000 games, seed 1905, where
/// Yielding gave 0.712): Komura took its leap as it stood in nearly every game. Now it takes
/// 0.655 there, and the best script at Shrewd is `salami`.
#[test]
fn a_leap_kept_back_to_the_last_answer_is_met_with_a_fair_peace() {
    let scenario = load("portsmouth-1905.ron");
    let leap = Strategy::HoldThenDrop {
        hold: 0.9,
        from_end: 1,
        drop: 0.2,
        separate: true,
    };
    let games = 40;
    let seeds = || (0..games).map(|i| portsmouth::engine::play::rng::derive_seed(1905, i));
    let held_back_at = |level: &str| {
        seeds()
            .filter(|&seed| {
                let (game, _) = redteam::play_one(&scenario, &leap, Side::Russia, Some(level), seed).unwrap();
                delegate_said(&game, |said| said.held_back)
            })
            .count()
    };
    // Komura answered so in 3 of these 40 games; where the leap was worth a fair peace to
    // him, he took it. Below full strength he takes the leap as before.
    assert!(held_back_at("shrewd") >= 2, "Komura never answered a leap at Shrewd");
    for level in ["steady", "yielding"] {
        assert_eq!(held_back_at(level), 0, "{level}");
    }
    // Shrewd kept 0.040 more from the script than Yielding in these games before; now 0.045.
    let mean = |v: Vec<f64>| v.iter().sum::<f64>() / v.len() as f64;
    let shrewd = mean(russia_takes(&leap, "shrewd", 1905, games));
    let yielding = mean(russia_takes(&leap, "yielding", 1905, games));
    assert!(
        yielding - shrewd >= 0.043,
        "the script took {shrewd:.3} against Shrewd, {yielding:.3} against Yielding"
    );
    // Komura says why in a diplomat's words, without a number.
    let said = Remark::Delegate(DelegateRemark {
        held_back: true,
        ..Default::default()
    })
    .describe_in(portsmouth::i18n::Lang::English, &scenario, Side::Japan)
    .unwrap();
    assert!(
        said.contains("Witte") && said.contains("fair peace") && !said.contains('%'),
        "{said}"
    );
}

//! Classroom mode in the engine: result files, the minutes, the class results wall on a
//! prepared folder, what-if branches, and the teacher's view of the bargaining zone.

use crate::common::{load, play};
use portsmouth::engine::agents::{self, AgentSpec};
use portsmouth::engine::analysis::zone::TeacherView;
use portsmouth::engine::classroom::branch::{self, Comparison};
use portsmouth::engine::classroom::minutes;
use portsmouth::engine::classroom::results::{self, ResultFile};
use portsmouth::engine::classroom::wall::{self, Versus1905, Wall};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::mandate;
use portsmouth::engine::play::moves::Turn;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::plain::Compared;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-classroom-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn computers() -> [Seat; 2] {
    [
        Seat::Computer("delegate".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ]
}

#[test]
fn a_result_round_trips_as_ron_and_as_json() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "delegate", "delegate", 7);
    let result = ResultFile::of(&game, &computers(), None).expect("the game is over");
    assert_eq!(result.outcome, "as_signed");
    assert_eq!(result.outcome_1905.as_deref(), Some("as_signed"));
    assert_eq!(result.terms.len(), scenario.articles.len());
    let sakhalin = result.terms.iter().find(|t| t.article == "sakhalin").unwrap();
    assert_eq!(sakhalin.chosen, sakhalin.signed_1905);
    let dir = temp_dir("roundtrip");
    for name in ["result.ron", "result.json"] {
        let path = dir.join(name);
        results::write(&path, &result).unwrap();
        assert_eq!(results::read(&path).unwrap(), result, "{name}");
    }
    // An unfinished game has no result.
    assert!(ResultFile::of(&Game::new(scenario, 7), &computers(), None).is_none());
    // Players who named themselves are named so.
    let named = ResultFile::of(
        &game,
        &[Seat::Human, Seat::Computer("delegate".parse().unwrap())],
        Some("Aiko and Ben"),
    )
    .unwrap();
    assert_eq!(named.japan.name, "Aiko and Ben as Komura");
    assert_eq!(named.russia.name, "computer (delegate)");
}

#[test]
fn a_damaged_result_names_its_file_line_and_column() {
    let dir = temp_dir("damaged");
    let json = dir.join("bad.json");
    std::fs::write(&json, "{\n  \"format\": 1,\n  \"seed\": \"x\"\n}").unwrap();
    let problem = results::read(&json).unwrap_err();
    let location = problem.location.clone().unwrap();
    assert_eq!(
        (location.line, location.file.ends_with("bad.json")),
        (3, true),
        "{problem}"
    );
    let ron = dir.join("bad.ron");
    std::fs::write(&ron, "Result(\n  format: 1,\n  seed: \"x\",\n)").unwrap();
    let problem = results::read(&ron).unwrap_err();
    assert_eq!(problem.location.unwrap().line, 3);
}

#[test]
fn the_minutes_tell_sessions_offers_reasons_treaty_and_1905() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "delegate", "delegate", 7);
    let text = minutes::markdown(&game, &computers(), None, None);
    assert!(text.starts_with("# The Peace of Portsmouth, 1905 — minutes of the conference"));
    for expected in [
        "## Session 1 — Wednesday 9 August 1905",
        "## Session 12 —",
        "- Komura (Japan) proposes:",
        "    > “",
        "DISPATCH from",
        "**Article I — Peace and amity.** There shall henceforth be peace",
        "### Additional articles",
        "| For His Majesty the Emperor of Japan | For His Majesty the Emperor of all the Russias |",
        "| (L.S.) Baron Komura Jutarō | (L.S.) Sergei Witte |",
        "| (L.S.) Takahira Kogorō | (L.S.) Baron Roman Rosen |",
        "## The historian's notes",
        "Where the sources differ:",
        "- [BRK-T] Japan and Russia (treaty text, printed in Brinkley and Kikuchi)",
        "## Outcome",
        "**The Treaty of Portsmouth as signed.**",
        "| The 1905 treaty gave | 0.592 | 0.649 |",
        "| Sakhalin | South of 50°N ceded | South of 50°N ceded | as in 1905 |",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
}

fn wall_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wall")
}

#[test]
fn the_wall_counts_a_prepared_folder() {
    let folder = wall::read_folder(&wall_folder()).unwrap();
    // The damaged file is reported, with where it breaks, and left off.
    assert_eq!(folder.problems.len(), 1);
    let location = folder.problems[0].location.clone().unwrap();
    assert!(location.file.ends_with("06-damaged.ron"));
    assert_eq!((location.line, location.column), (21, 23));
    assert_eq!(folder.results.len(), 5);
    let wall = Wall::of(&folder.results, None).unwrap();
    assert_eq!(wall.scenario_id, "portsmouth-1905");
    assert_eq!((wall.games, wall.other_scenarios), (4, 1));
    let outcomes: Vec<(&str, usize, bool)> = wall
        .outcomes
        .iter()
        .map(|o| (o.id.as_str(), o.games, o.historical))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("portsmouth_variant", 2, false),
            ("as_signed", 1, true),
            ("russia_breaks_off", 1, false)
        ]
    );
    assert_eq!(wall.historical_share(), 0.25);
    let sakhalin = wall.articles.iter().find(|a| a.article == "sakhalin").unwrap();
    assert_eq!(sakhalin.counts, [0, 0, 0, 3, 0, 0]);
    assert_eq!((sakhalin.open, sakhalin.signed_1905), (1, Some(3)));
    let money = wall.articles.iter().find(|a| a.article == "reparations").unwrap();
    assert_eq!(money.counts, [0, 0, 0, 0, 1, 2]);
    // Japan: two did a little better than Komura (+0.031), which reads and counts as about
    // as well as 1905, like the delegates; random worse.
    assert_eq!(wall.tally(Side::Japan), [0, 3, 1]);
    assert_eq!(wall.tally(Side::Russia), [0, 1, 3]);
    let best = &wall.delegations[0];
    assert_eq!(
        (best.side, best.versus_1905, best.file.as_str()),
        (Side::Japan, Some(Versus1905::Same), "02-delegate-v-boulware.ron")
    );
    let group = wall.delegations.iter().find(|s| s.human).unwrap();
    assert_eq!(group.name, "Group 3 as Komura");
    assert!((group.utility - 0.623037).abs() < 1e-9);
    assert_eq!(
        wall::scenarios(&folder.results),
        [
            (
                "portsmouth-1905".to_string(),
                "The Peace of Portsmouth, 1905".to_string(),
                4
            ),
            ("tutorial".to_string(), "Tutorial: the Sakhalin bargain".to_string(), 1)
        ]
    );
    // The other scenario's wall, asked for by id.
    let tutorial = Wall::of(&folder.results, Some("tutorial")).unwrap();
    assert_eq!((tutorial.games, tutorial.other_scenarios), (1, 4));
    assert!(Wall::of(&folder.results, Some("no-such-scenario")).is_none());
    let text = wall::render_text(&wall);
    assert!(text.contains("Japan: 0 better, 3 as well, 1 worse"), "{text}");
    // Who played and how they did, in words: agents by what they are, players by name.
    assert_eq!(group.who, "Group 3 as Komura");
    let best_line = text.lines().find(|l| l.contains("02-delegate-v-boulware.ron")).unwrap();
    assert!(
        best_line.contains("Computer delegate") && best_line.contains("about as well as 1905 (+0.03)"),
        "{best_line}"
    );
    assert!(text.contains("Boulware (time-based)"), "{text}");
    assert!(!text.contains("computer (") && !text.contains("delegate:"), "{text}");
    for s in &wall.delegations {
        let h = s.utility_1905.unwrap();
        assert_eq!(s.compared, Some(Compared::of(s.utility - h)));
        assert!(text.contains(&s.compared.unwrap().against_1905()), "{text}");
    }
}

/// The 1905 conference played by two delegates, saved.
fn original() -> (SaveFile, Game) {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "delegate", "delegate", 7);
    let files = vec![(
        "portsmouth-1905.ron".to_string(),
        std::fs::read_to_string(crate::common::scenario_path("portsmouth-1905.ron")).unwrap(),
    )];
    (SaveFile::of(&game, &files, computers()), game)
}

#[test]
fn a_branch_shares_the_prefix_and_continues_differently() {
    let (original_save, original_game) = original();
    let points = branch::points(&original_game);
    assert_eq!(points.len(), original_save.turns.len());
    // Branch where Russia answers in the fourth session.
    let at = points
        .iter()
        .position(|p| p.session == 3 && p.side == Side::Russia)
        .unwrap();
    let what_if = branch::branch(&original_save, "original.ron", at).unwrap();
    // Format 6: the rules it is played by (what its delegates said, as remarks, is format 5;
    // their limits, format 3).
    assert_eq!(what_if.format, 6);
    assert_eq!(what_if.russia, Seat::Human);
    assert_eq!(what_if.japan, Seat::Computer("delegate".parse().unwrap()));
    // Through a file, as a teacher would keep it.
    let path = temp_dir("branch").join("what-if.ron");
    save::write(&path, &what_if).unwrap();
    let loaded = save::load(&path).unwrap();
    let origin = loaded.origin.clone().expect("a branch knows its original");
    let mut game = loaded.game;
    assert_eq!(game.to_move(), Some(Side::Russia));
    // Same prefix: the same moves and everything they set off, entry for entry.
    let prefix = game.transcript().entries.len();
    assert_eq!(
        game.transcript().entries[..],
        original_game.transcript().entries[..prefix]
    );
    // One decision changed: Russia waits instead; then each seat goes back to the computer.
    game.play(Side::Russia, Turn::PASS).unwrap();
    assert_eq!(origin.seat_after(Side::Russia, at), Seat::Human);
    assert_eq!(
        origin.seat_after(Side::Russia, at + 1),
        Seat::Computer("delegate".parse().unwrap())
    );
    let mut delegates =
        Side::BOTH.map(|side| agents::make(&AgentSpec::Delegate, side, game.seed(), game.scenario()).unwrap());
    let [japan, russia] = &mut delegates;
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    assert!(game.is_over());
    // A different continuation…
    let branch_moves: Vec<_> = game.transcript().moves().map(|(s, t, _)| (s, *t)).collect();
    let original_moves: Vec<_> = original_game.transcript().moves().map(|(s, t, _)| (s, *t)).collect();
    assert_eq!(branch_moves[..at], original_moves[..at]);
    assert_ne!(branch_moves[at..], original_moves[at..]);
    // …that the debrief can set beside the original.
    let replayed = origin
        .replay(Arc::clone(game.scenario()), game.seed(), game.rules())
        .unwrap();
    let comparison = Comparison::of(&game, &replayed);
    let original_report = comparison.original.as_ref().unwrap();
    assert_eq!(
        game.scenario().outcomes[original_report.outcome.unwrap()].id,
        "as_signed"
    );
    assert!(comparison.branch.is_some());
    assert_eq!(comparison.original_sessions, 12);
    assert_eq!(comparison.clauses.len(), game.scenario().articles.len());
    // The minutes of the branch tell the same comparison.
    let text = minutes::markdown(&game, &[Seat::Human, Seat::Human], None, Some(&origin));
    assert!(text.contains(&format!(
        "This game branches from *original.ron*: the same moves until turn {}, which Witte decided differently.",
        at + 1
    )));
    assert!(text.contains("- The original: The Treaty of Portsmouth as signed (Japan 0.592, Russia 0.649)"));
    assert!(text.contains("- This branch: "));
}

#[test]
fn a_branch_refuses_a_turn_the_game_never_had() {
    let (original_save, _) = original();
    let turns = original_save.turns.len();
    let problem = branch::branch(&original_save, "original.ron", turns).unwrap_err();
    assert_eq!(problem, branch::NoSuchTurn { at: turns, turns });
    assert!(
        problem.to_string().contains(&format!("choose one of 1 to {turns}")),
        "{problem}"
    );
}

/// Every option of every treaty both sides prefer to breaking off (and, `bound`, may sign
/// under their instructions), by brute force.
fn zone_by_brute_force(game: &Game, bound: bool) -> Vec<u16> {
    let scenario = game.scenario();
    let state = game.state();
    let floor = Side::BOTH.map(|s| game.no_treaty_points(s));
    let mut zone = vec![0u16; scenario.articles.len()];
    for terms in scenario.space.treaties() {
        let allowed = (0..scenario.articles.len()).all(|a| {
            let o = terms.get(a).unwrap();
            match state.agreed(a) {
                Some(agreed) => agreed == o,
                None => !bound || (state.forbidden[0][a] | state.forbidden[1][a]) & (1 << o) == 0,
            }
        });
        let within_mandates = || {
            Side::BOTH
                .iter()
                .all(|&s| mandate::conditional_ok(scenario, state, s, &terms))
        };
        if !allowed || (bound && !within_mandates()) {
            continue;
        }
        if Side::BOTH
            .iter()
            .all(|&s| scenario.space.total(s, &terms) as f64 >= floor[s.index()])
        {
            for (a, o) in terms.iter() {
                zone[a] |= 1 << o;
            }
        }
    }
    zone
}

#[test]
fn the_teachers_eye_shows_the_zone_of_agreement_exactly() {
    let scenario = load("tutorial.ron");
    let full = play(&scenario, "historical", "historical", 3);
    // At the opening, and half-way through the 1905 moves.
    let half = full.transcript().moves().count() / 2;
    let mut halfway = Game::new(Arc::clone(&scenario), 3);
    for (side, turn, _) in full.transcript().moves().take(half) {
        halfway.play(side, *turn).unwrap();
    }
    for game in [Game::new(Arc::clone(&scenario), 3), halfway] {
        let view = TeacherView::of(&game);
        let zones: Vec<u16> = view.articles.iter().map(|a| a.zone).collect();
        assert_eq!(
            zones,
            zone_by_brute_force(&game, true),
            "session {}",
            game.state().session + 1
        );
        let by_value: Vec<u16> = view.articles.iter().map(|a| a.by_value).collect();
        assert_eq!(by_value, zone_by_brute_force(&game, false));
        assert!(
            zones.iter().zip(&by_value).all(|(z, v)| z & !v == 0),
            "the zone lies within the value zone"
        );
        assert_eq!(view.agreement_possible, zones.iter().any(|&z| z != 0));
        assert_eq!(
            view.reservation,
            [game.reservation(Side::Japan), game.reservation(Side::Russia)]
        );
        for article in &view.articles {
            assert_eq!(article.offers[0], game.state().proposals[0].terms.get(article.article));
        }
    }
}

#[test]
fn the_teachers_eye_follows_the_talks() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1905);
    let opening = TeacherView::of(&Game::new(Arc::clone(&scenario), 1905));
    // As in 1905, the instructions each side brought leave no treaty both may sign: Tokyo
    // wants money or all Sakhalin, St Petersburg gives neither. On value alone there is a
    // zone, and the 1905 treaty lies in it, article by article.
    assert!(!opening.agreement_possible);
    let signed = scenario.history.as_ref().unwrap().treaty;
    for (a, o) in signed.iter() {
        assert!(
            opening.articles[a].by_value & (1 << o) != 0,
            "{}",
            scenario.articles[a].id
        );
    }
    assert!(
        opening.articles.iter().all(|a| a.gap().is_none()),
        "nothing on the table yet"
    );
    // Russia's red lines bind from the start: no territory, no money.
    assert!(!opening.red_lines[Side::Russia.index()].is_empty());
    // By the end, agreed articles have a zone of exactly their agreed option.
    let mut before_end = Game::new(Arc::clone(&scenario), 1905);
    let moves: Vec<_> = game.transcript().moves().map(|(s, t, _)| (s, *t)).collect();
    for (side, turn) in &moves[..moves.len() - 1] {
        before_end.play(*side, *turn).unwrap();
    }
    let late = TeacherView::of(&before_end);
    assert!(late.agreement_possible, "the instructions were eased by cable");
    for article in late.articles.iter().filter(|a| a.agreed.is_some()) {
        assert_eq!(article.zone, 1 << article.agreed.unwrap());
    }
    // While both sides have offers on the table, the gap between them shows.
    let mut replay = Game::new(Arc::clone(&scenario), 1905);
    let mut gaps_seen = 0;
    for (side, turn) in &moves {
        replay.play(*side, *turn).unwrap();
        let view = TeacherView::of(&replay);
        gaps_seen += view.articles.iter().filter(|a| a.gap().is_some_and(|g| g > 0)).count();
    }
    assert!(gaps_seen > 0);
}

//! The computer delegate's hidden limits after the game: the save carries them as drawn,
//! checks them on loading, and the debrief and minutes tell the teacher what they were —
//! for a delegate's seat, never for a player's or the historical agent's.

use crate::common::{self, scenario_path};
use portsmouth::engine::agents::{self, AgentSpec, HiddenLimits, draw_limits, limits_for};
use portsmouth::engine::classroom::{branch, minutes};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save::{self, SaveFile, Seat, SeatLimits};
use portsmouth::engine::scenario::{self, Scenario};
use std::fs;
use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-limits-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn seat(name: &str) -> Seat {
    Seat::Computer(name.parse().unwrap())
}

/// A finished game of the 1905 conference, saved with these seats (a player's seat is
/// played by the historical agent).
fn saved(japan: Seat, russia: Seat, seed: u64) -> (SaveFile, Game) {
    let loaded = scenario::load(&scenario_path("portsmouth-1905.ron")).unwrap();
    let name = |s: &Seat| match s {
        Seat::Human => "historical".to_string(),
        Seat::Computer(spec) => spec.to_string(),
    };
    let game = common::play(&loaded.scenario, &name(&japan), &name(&russia), seed);
    (SaveFile::of(&game, &loaded.files, [japan, russia]), game)
}

fn drawn(scenario: &Scenario, side: Side, seed: u64) -> HiddenLimits {
    draw_limits(&scenario.mandates[side.index()].persona.hidden, seed, side)
}

#[test]
fn a_seats_limits_are_the_draw_as_its_level_plays_it() {
    let scenario = common::load("portsmouth-1905.ron");
    for seed in 0..40 {
        let full = limits_for(&AgentSpec::Delegate, Side::Russia, seed, &scenario).unwrap();
        assert_eq!(full, drawn(&scenario, Side::Russia, seed));
        // The easiest level neither holds out for fairness nor walks out early.
        let yielding: AgentSpec = "delegate:yielding".parse().unwrap();
        let easy = limits_for(&yielding, Side::Russia, seed, &scenario).unwrap();
        assert_eq!(easy.resolve, 0.0);
        assert_eq!(easy.walk_out, None);
        assert_eq!((easy.patience, easy.pressure), (full.patience, full.pressure));
    }
    let no_level: AgentSpec = "delegate:no-such-level".parse().unwrap();
    assert_eq!(limits_for(&no_level, Side::Japan, 1, &scenario), None);
    for agent in ["historical", "boulware", "random"] {
        assert_eq!(limits_for(&agent.parse().unwrap(), Side::Japan, 1, &scenario), None);
    }
}

#[test]
fn the_save_carries_the_limits_and_they_survive_the_file() {
    let (save, game) = saved(Seat::Human, seat("delegate:steady"), 11);
    let steady: AgentSpec = "delegate:steady".parse().unwrap();
    let expected = limits_for(&steady, Side::Russia, 11, game.scenario()).unwrap();
    assert_eq!(
        save.limits,
        Some(SeatLimits {
            japan: None,
            russia: Some(expected)
        })
    );
    // Limits are format 3; what the delegate said, as remarks, format 5; the rules, format 6.
    assert_eq!(save.format, 6, "a save with limits names a format that has them");
    let path = temp_dir("roundtrip").join("game.ron");
    save::write(&path, &save).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("limits: Some(Limits("), "{}", &text[text.len() - 400..]);
    let back = save::load(&path).unwrap();
    assert_eq!(SaveFile::of(&back.game, &back.files, back.seats.clone()), save);
    // No delegate, no limits (the format is 6 for the rules every new game is played by).
    let (plain, _) = saved(Seat::Human, seat("historical"), 11);
    assert_eq!((plain.limits, plain.format), (None, 6));
}

#[test]
fn a_save_written_before_the_limits_were_stored_loads_and_gets_them() {
    let (save, _) = saved(seat("delegate"), seat("delegate"), 5);
    let old = SaveFile {
        format: 1,
        limits: None,
        ..save.clone()
    };
    let text = old.to_text();
    assert!(!text.contains("limits: Some(Limits("));
    let back = save::load_text("old.ron", text).unwrap();
    assert_eq!(SaveFile::of(&back.game, &back.files, back.seats.clone()), save);
}

#[test]
fn an_edited_limit_is_refused_naming_the_field() {
    let (save, _) = saved(Seat::Human, seat("delegate"), 3);
    let limits = save.limits.unwrap().russia.unwrap();
    let good = save.to_text();
    let resolve = format!("resolve: {:?}", limits.resolve);
    assert!(good.contains(&resolve), "{resolve}");
    let walk_out = format!(
        "walk_out: {}",
        limits.walk_out.map_or("None".into(), |s| format!("Some({s})"))
    );
    assert!(good.contains(&walk_out), "{walk_out}");
    let with_player_limits = good.replacen(
        "limits: Some(Limits(",
        "limits: Some(Limits(\n        japan: Some(HiddenLimits(resolve: 0.5, patience: 1.0, pressure: 1.0, walk_out: None)),",
        1,
    );
    let cases = [
        (good.replacen(&resolve, "resolve: 0.99", 1), "`limits.russia.resolve`"),
        (
            good.replacen(&walk_out, "walk_out: Some(1)", 1),
            "`limits.russia.walk_out`",
        ),
        (with_player_limits, "`limits.japan`"),
    ];
    for (text, field) in cases {
        let error = save::load_text("edited.ron", text)
            .err()
            .expect("an edited limit must not load");
        assert_eq!(error.rule, "damaged-save");
        let message = error.to_string();
        assert!(message.contains(field), "{message}");
        assert!(message.contains("not the ones this game drew"), "{message}");
    }
}

/// A seed at which Russia's full-strength delegate is ready to walk out early.
fn a_walk_out_seed(scenario: &Scenario) -> (u64, usize) {
    (0..200)
        .find_map(|seed| drawn(scenario, Side::Russia, seed).walk_out.map(|s| (seed, s)))
        .expect("a 35% chance comes up within 200 seeds")
}

#[test]
fn the_minutes_tell_the_teacher_what_each_delegate_kept_behind_the_table() {
    let scenario = common::load("portsmouth-1905.ron");
    let (seed, session) = a_walk_out_seed(&scenario);
    let (save, game) = saved(Seat::Human, seat("delegate"), seed);
    let limits = save.limits.unwrap().russia.unwrap();
    let text = minutes::markdown(&game, &[save.japan.clone(), save.russia.clone()], None, None);
    let section = &text[text.find("## Behind the table").expect("the section")..];
    let russia = section
        .lines()
        .find(|l| l.starts_with("- Russian Empire"))
        .expect("Russia's line");
    assert!(russia.contains(&format!("[resolve {:.2}]", limits.resolve)), "{russia}");
    assert!(russia.contains("Sergei Witte"), "{russia}");
    let date = scenario.sessions[session].date.long();
    assert!(
        russia.contains(&format!("walk out from session {}, {date}, ", session + 1)),
        "{russia}"
    );
    assert!(
        !section.contains("Empire of Japan"),
        "a player's seat has no limits: {section}"
    );
    // And how the events left to chance fell, for every game that came that far.
    let dice = &text[text.find("## What chance decided").expect("the section")..];
    assert!(dice.contains("- Meyer's audience at Peterhof: "), "{dice}");
    // Not for a player and the historical agent; not while the talks go on.
    let (plain, plain_game) = saved(Seat::Human, seat("historical"), seed);
    let text = minutes::markdown(&plain_game, &[plain.japan, plain.russia], None, None);
    assert!(!text.contains("Behind the table"));
    let mut unfinished = Game::new(scenario.clone(), seed);
    let mut japan = common::agent("delegate", Side::Japan, seed, &scenario);
    let mut russia = common::agent("delegate", Side::Russia, seed, &scenario);
    for _ in 0..4 {
        let side = unfinished.to_move().unwrap();
        let agent = if side == Side::Japan { &mut japan } else { &mut russia };
        let decision = agent.decide(&portsmouth::engine::play::view::SideView::new(&unfinished, side));
        agents::play_decision(&mut unfinished, side, &decision);
    }
    let text = minutes::markdown(&unfinished, &[seat("delegate"), seat("delegate")], None, None);
    assert!(
        text.contains("still going on") && !text.contains("Behind the table"),
        "{text}"
    );
    assert!(!text.contains("What chance decided"), "{text}");
}

#[test]
fn the_replay_debrief_has_the_section_for_a_delegate_seat_only() {
    let dir = temp_dir("replay");
    let (save, _) = saved(seat("delegate:shrewd"), seat("historical"), 21);
    let limits = save.limits.unwrap().japan.unwrap();
    let path = dir.join("delegate.ron");
    save::write(&path, &save).unwrap();
    let out = common::portsmouth(&["replay", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let section = &stdout[stdout.find("BEHIND THE TABLE").expect("the section")..];
    assert!(
        section.contains("Empire of Japan (the computer, delegate:shrewd)"),
        "{section}"
    );
    assert!(
        section.contains(&format!("[resolve {:.2}]", limits.resolve)),
        "{section}"
    );
    assert!(section.contains("Komura Jutarō"), "{section}");
    assert!(!section.contains("Russian Empire"), "{section}");
    let (plain, _) = saved(Seat::Human, seat("historical"), 21);
    let path = dir.join("plain.ron");
    save::write(&path, &plain).unwrap();
    let out = common::portsmouth(&["replay", path.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("BEHIND THE TABLE"));
}

#[test]
fn a_what_if_keeps_the_limits_of_the_seat_it_leaves_to_the_computer_only() {
    let (save, _) = saved(seat("delegate"), seat("delegate"), 9);
    let russias_turn = save.turns.iter().position(|t| t.side == Side::Russia).unwrap();
    let what_if = branch::branch(&save, "original.ron", russias_turn).unwrap();
    let limits = what_if.limits.unwrap();
    assert_eq!(limits.japan, save.limits.unwrap().japan);
    assert_eq!(limits.russia, None, "the changed seat is a player's");
    assert!(save::load_text("what-if.ron", what_if.to_text()).is_ok());
}

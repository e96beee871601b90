//! Saves: a damaged or newer save gives a clear error and is left as it was; a failed
//! write leaves the previous save intact.

use crate::common::{self, scenario_path};
use portsmouth::engine::agents;
use portsmouth::engine::play::game::{Game, Rules};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario;
use portsmouth::i18n::Lang;
use std::fs;
use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-saves-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn a_finished_save() -> SaveFile {
    a_finished_save_under(Rules::default())
}

/// The tutorial played to its end by `rules`.
fn a_finished_save_under(rules: Rules) -> SaveFile {
    let loaded = scenario::load(&scenario_path("tutorial.ron")).unwrap();
    let mut game = Game::under(loaded.scenario.clone(), 5, rules);
    let mut japan = common::agent("historical", Side::Japan, 5, &loaded.scenario);
    let mut russia = common::agent("historical", Side::Russia, 5, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    SaveFile::of(
        &game,
        &loaded.files,
        [Seat::Human, Seat::Computer("historical".parse().unwrap())],
    )
}

/// A game as saves were written before format 5 and before they kept the rules: played by
/// the rules of their day, what the delegations said kept as English words, so the save
/// uses nothing newer than format 1.
fn an_older_save() -> SaveFile {
    let mut save = a_finished_save_under(Rules::AnswersBeforeNews);
    let scenario = scenario::load(&scenario_path("tutorial.ron")).unwrap().scenario;
    for turn in &mut save.turns {
        if let Some(said) = turn.said.take() {
            turn.note = said.describe_in(Lang::English, &scenario, turn.side);
        }
    }
    // Any builder recomputes the format from what the save holds.
    save.with_players(None)
}

#[test]
fn a_save_round_trips_through_the_file() {
    let dir = temp_dir("roundtrip");
    let path = dir.join("game.ron");
    let save = a_finished_save();
    save::write(&path, &save).unwrap();
    let loaded = save::load(&path).unwrap();
    assert!(loaded.game.is_over());
    assert_eq!(SaveFile::of(&loaded.game, &loaded.files, loaded.seats.clone()), save);
    // The text is readable RON that names its format: 6, for the rules it was played by.
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("Save("), "{}", &text[..40]);
    assert!(text.contains("\n    format: 6,"), "{}", &text[..80]);
    assert!(
        text.contains("\n    rules: NewsFirst,"),
        "{}",
        &text[text.len() - 200..]
    );
    // A save as they were written before (the words as text, no rules) is format 1, and
    // loads to the same game, by its own rules, with the same words.
    let older = an_older_save();
    assert!(older.to_text().contains("\n    format: 1,"));
    assert!(!older.to_text().contains("rules:"));
    let reloaded = save::load_text("older.ron", older.to_text()).unwrap();
    assert_eq!(reloaded.game.rules(), Rules::AnswersBeforeNews);
    let original = save::load_text(
        "original.ron",
        a_finished_save_under(Rules::AnswersBeforeNews).to_text(),
    )
    .unwrap();
    assert_eq!(reloaded.game.state(), original.game.state());
    let words = |game: &Game| {
        game.transcript()
            .moves()
            .map(|(side, _, note)| note.map(|n| n.text_in(Lang::English, game.scenario(), side)))
            .collect::<Vec<_>>()
    };
    assert_eq!(words(&reloaded.game), words(&original.game));
}

#[test]
fn a_newer_save_is_named_as_such_and_left_alone() {
    let dir = temp_dir("newer");
    let path = dir.join("newer.ron");
    let text = a_finished_save().to_text().replacen("format: 6", "format: 9", 1);
    fs::write(&path, &text).unwrap();
    let error = save::load(&path).err().expect("a newer save must not load");
    assert_eq!(error.rule, "newer-save");
    let location = error.location.clone().unwrap();
    assert_eq!((location.line, location.column), (2, 13), "{error}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "loading must not change the file"
    );
}

#[test]
fn damaged_saves_give_a_clear_error_with_a_position() {
    let dir = temp_dir("damaged");
    let good = a_finished_save().to_text();
    let cases = [
        (
            "cut-short.ron",
            good[..good.len() / 2].to_string(),
            "damaged-save",
            "damaged",
        ),
        (
            "bad-move.ron",
            good.replacen("\"with_safeguards\"", "\"no_such_option\"", 1),
            "damaged-save",
            "'s, in session ",
        ),
        (
            "edited-scenario.ron",
            good.replacen("Four sessions, three questions", "Five sessions", 1),
            "damaged-save",
            "differs from the one it was saved with",
        ),
        (
            "not-a-save.ron",
            "Scenario(id: \"x\")".to_string(),
            "wrong-kind-of-file",
            "this is a scenario file, not a saved game",
        ),
        (
            "minutes.md",
            "# Minutes\n\nSession 1".to_string(),
            "wrong-kind-of-file",
            "this is Markdown text",
        ),
        ("empty.ron", String::new(), "damaged-save", "damaged"),
    ];
    for (name, text, rule, says) in cases {
        let path = dir.join(name);
        fs::write(&path, &text).unwrap();
        let error = save::load(&path).err().unwrap_or_else(|| panic!("{name} loaded"));
        assert_eq!(error.rule, rule, "{name}: {error}");
        assert!(error.message.contains(says), "{name}: {error}");
        assert!(error.location.is_some(), "{name}: {error}");
        assert!(!error.help.is_empty());
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            text,
            "{name} was changed by loading"
        );
    }
}

#[test]
fn a_turn_that_does_not_replay_is_pointed_at_by_number_session_side_and_line() {
    let dir = temp_dir("bad-turn");
    let good = a_finished_save().to_text();
    let at = good.find("\"with_safeguards\"").expect("the save names the option");
    let line = good[..at].lines().count();
    let path = dir.join("bad-move.ron");
    fs::write(&path, good.replacen("\"with_safeguards\"", "\"no_such_option\"", 1)).unwrap();
    let error = save::load(&path).err().expect("the edited turn is refused");
    let location = error.location.as_ref().unwrap();
    assert!(location.line > 1, "{error}");
    // The turn's entry starts at or before the edited option, a few lines up at most.
    assert!(
        location.line as usize <= line && line - (location.line as usize) < 12,
        "{error}"
    );
    assert!(error.message.starts_with("turn "), "{error}");
    assert!(error.message.contains("in session 1"), "{error}");
}

#[test]
fn an_error_in_the_scenario_stored_in_a_save_says_it_is_the_stored_copy() {
    let dir = temp_dir("stored-scenario");
    let good = a_finished_save().to_text();
    // An outcome id made unusable inside the embedded scenario text.
    let path = dir.join("edited.ron");
    let edited = good.replacen("id: \\\"", "id: \\\"Bad Id ", 1);
    assert_ne!(edited, good, "the save embeds the scenario's text");
    fs::write(&path, &edited).unwrap();
    let error = save::load(&path).err().expect("the edited scenario is refused");
    assert!(error.message.contains("stored inside this save"), "{error}");
    assert!(error.message.contains("on disk is not read"), "{error}");
    assert!(
        error.help.contains("start a new game from the scenario file"),
        "{error}"
    );
}

#[test]
fn a_failed_write_keeps_the_previous_save() {
    let dir = temp_dir("failed-write");
    let path = dir.join("game.ron");
    let save = a_finished_save();
    save::write(&path, &save).unwrap();
    let before = fs::read(&path).unwrap();
    // Writing where the temporary file cannot be created fails, and the save survives.
    let blocked = dir.join("blocked");
    fs::create_dir_all(blocked.join(".game.ron.tmp")).unwrap();
    let error = save::write(&blocked.join("missing-dir").join("game.ron"), &save)
        .err()
        .unwrap();
    assert_eq!(error.rule, "save-failed");
    assert_eq!(fs::read(&path).unwrap(), before);
}

/// A legal chain of scenario files, each near the 1 MiB a scenario file may have, gives a
/// save several times that size: the game must read back the save it wrote.
#[test]
fn a_save_of_a_large_chain_of_scenario_files_reads_back() {
    let dir = temp_dir("large-chain");
    // Comment lines with quotes and backslashes, which take two bytes each in the save.
    let padding = |bytes: usize| {
        let line = "// \"padding\" \\ to make the file large, as a long commented scenario is\n";
        line.repeat(bytes / line.len())
    };
    let minimal =
        fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron")).unwrap();
    fs::write(dir.join("minimal.ron"), format!("{minimal}{}", padding(1000 * 1024))).unwrap();
    fs::write(
        dir.join("middle.ron"),
        format!(
            "Scenario(base: \"minimal.ron\", title: \"Middle\")\n{}",
            padding(1000 * 1024)
        ),
    )
    .unwrap();
    let root = dir.join("root.ron");
    fs::write(
        &root,
        format!("Scenario(base: \"middle.ron\", id: \"root\")\n{}", padding(1000 * 1024)),
    )
    .unwrap();
    let loaded = scenario::load(&root).unwrap_or_else(|e| panic!("{}", e[0]));
    let mut game = Game::new(loaded.scenario.clone(), 3);
    let mut japan = common::agent("linear", Side::Japan, 3, &loaded.scenario);
    let mut russia = common::agent("linear", Side::Russia, 3, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    let save = SaveFile::of(&game, &loaded.files, [Seat::Human, Seat::Human]);
    let path = dir.join("large.ron");
    save::write(&path, &save).unwrap();
    assert!(
        fs::metadata(&path).unwrap().len() > 3 * 1024 * 1024,
        "the save embeds all three files"
    );
    let back = save::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(SaveFile::of(&back.game, &back.files, back.seats.clone()), save);
}

mod round_trips {
    use super::*;
    use portsmouth::engine::classroom::results::{self, ResultFile};
    use portsmouth::engine::play::view::SideView;
    use proptest::prelude::*;

    const AGENTS: [&str; 5] = ["historical", "linear", "boulware", "conceder", "random"];

    /// A game on the tutorial between two agents, stopped after at most `turns` turns.
    fn a_game(seed: u64, agents: [usize; 2], turns: usize) -> (Game, Vec<(String, String)>) {
        let loaded = scenario::load(&scenario_path("tutorial.ron")).unwrap();
        let mut game = Game::new(loaded.scenario.clone(), seed);
        let mut players =
            Side::BOTH.map(|side| common::agent(AGENTS[agents[side.index()]], side, seed, &loaded.scenario));
        for _ in 0..turns {
            let Some(side) = game.to_move() else { break };
            let decision = players[side.index()].decide(&SideView::new(&game, side));
            agents::play_decision(&mut game, side, &decision);
        }
        (game, loaded.files)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Whatever the game and whatever the players call themselves (quotes, backslashes,
        /// control characters, any script), a save and a result, RON or JSON, read back as written.
        #[test]
        fn saves_and_results_read_back_as_written(
            seed in any::<u64>(),
            agents in [0..AGENTS.len(), 0..AGENTS.len()],
            turns in 0usize..200,
            players in proptest::option::of("\\PC{0,40}|[\"\\\\\n\t\r\u{0}-\u{1f}]{0,10}"),
        ) {
            let (game, files) = a_game(seed, agents, turns);
            let seats = [Seat::Computer(AGENTS[agents[0]].parse().unwrap()), Seat::Human];
            let save = SaveFile::of(&game, &files, seats.clone()).with_players(players.clone());
            let dir = temp_dir("round-trips");
            let path = dir.join("game.ron");
            save::write(&path, &save).unwrap();
            let back = save::load(&path).unwrap_or_else(|e| panic!("{e}"));
            prop_assert_eq!(
                SaveFile::of(&back.game, &back.files, back.seats.clone()).with_players(back.players.clone()),
                save
            );
            if let Some(result) = ResultFile::of(&game, &seats, players.as_deref()) {
                for name in ["result.ron", "result.json"] {
                    let path = dir.join(name);
                    results::write(&path, &result).unwrap();
                    let back = results::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
                    prop_assert_eq!(&back, &result, "{}", name);
                }
            }
        }
    }
}

#[test]
fn seats_keep_the_agent_names_saves_have_always_had() {
    let text = a_finished_save().to_text();
    assert!(text.contains("Computer(\"historical\")"), "{text}");
    let loaded = save::load_text("seats.ron", text.clone()).unwrap();
    assert_eq!(loaded.seats[1], Seat::Computer(agents::AgentSpec::Historical));
    let unknown = text.replacen("Computer(\"historical\")", "Computer(\"nobody\")", 1);
    let error = save::load_text("seats.ron", unknown)
        .err()
        .expect("no agent is called nobody");
    assert!(
        error
            .to_string()
            .contains("`nobody`: unknown agent; choose one of: delegate, "),
        "{error}"
    );
}

/// A game stopped part way (a save loaded, a class server killed and started again) and
/// continued with its computer delegations resumed plays on exactly as the game that never
/// stopped, for every stopping point tried. (Made fresh instead, the random agent already
/// plays differently three moves in.)
#[test]
fn resumed_agents_play_on_as_if_never_stopped() {
    use portsmouth::engine::agents::{Agent, AgentSpec};
    use portsmouth::engine::play::view::SideView;
    let scenario = common::load("portsmouth-1905.ron");
    let specs = [
        AgentSpec::Delegate,
        AgentSpec::DelegateAt("shrewd".into()),
        AgentSpec::Random,
        AgentSpec::Boulware,
    ];
    let mut checked = 0;
    for (i, spec) in specs.iter().enumerate() {
        let seed = 40 + i as u64;
        let make = |side| agents::make(spec, side, seed, &scenario).unwrap();
        let mut whole = Game::new(scenario.clone(), seed);
        let (mut japan, mut russia): (Box<dyn Agent>, Box<dyn Agent>) = (make(Side::Japan), make(Side::Russia));
        agents::play_out(&mut whole, [&mut *japan, &mut *russia]);
        let moves: Vec<(Side, _)> = whole.transcript().moves().map(|(s, t, _)| (s, *t)).collect();
        for stop in [3, moves.len() / 2, moves.len().saturating_sub(2)] {
            let mut game = Game::new(scenario.clone(), seed);
            for (side, turn) in &moves[..stop] {
                game.play(*side, *turn).unwrap();
            }
            let mut resumed = Side::BOTH.map(|side| agents::resume(spec, side, &game).unwrap());
            while let Some(side) = game.to_move() {
                let n = game.transcript().moves().count();
                let decision = resumed[side.index()].decide(&SideView::new(&game, side));
                agents::play_decision(&mut game, side, &decision);
                let played = game.transcript().moves().nth(n).map(|(_, t, _)| *t);
                assert_eq!(
                    played,
                    Some(moves[n].1),
                    "{spec:?} seed {seed}: stopped after {stop} moves"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "only {checked} resumed decisions compared");
}

#[test]
fn a_save_keeps_the_name_the_player_gave_it() {
    let dir = temp_dir("named");
    let path = dir.join("named.ron");
    let save = an_older_save().with_name(Some("Komura v Steady Witte — session 5"));
    assert_eq!(save.format, 4, "a named save is format 4");
    save::write(&path, &save).unwrap();
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("\n    name: Some(\"Komura v Steady Witte")
    );
    let loaded = save::load(&path).unwrap();
    assert_eq!(loaded.name.as_deref(), Some("Komura v Steady Witte — session 5"));
    assert_eq!(loaded.outcome(), save::Outcome::of(&loaded.game));
    assert!(loaded.game.is_over() && loaded.outcome() != save::Outcome::InProgress);
    // An unnamed save (every save written before names) has none, and keeps its old format.
    let plain = an_older_save();
    assert!(!plain.to_text().contains("\n    name: "), "no name field");
    assert_eq!(plain.format, 1);
    assert_eq!(save::load_text("plain.ron", plain.to_text()).unwrap().name, None);
    // A blank name is no name.
    assert_eq!(a_finished_save().with_name(Some(" \n\t ")).name, None);
}

#[test]
fn a_hostile_save_name_is_cleaned_when_read() {
    let huge = format!("line one\nline two\u{1b}[31m\t{}", "x".repeat(100_000));
    let text = an_older_save().to_text().replacen(
        "format: 1,",
        &format!("format: 4,\n    name: Some({}),", ron::ser::to_string(&huge).unwrap()),
        1,
    );
    let loaded = save::load_text("hostile.ron", text).unwrap();
    let name = loaded.name.unwrap();
    assert!(name.starts_with("line one line two [31m xxx"), "{name}");
    assert!(!name.chars().any(char::is_control), "{name:?}");
    assert_eq!(name.chars().count(), save::MAX_SAVE_NAME_CHARS);
    assert!(name.ends_with('…'));
}

/// A save written before the capitals came to answer after the day's news replays by the
/// rules it was played by. Under today's rules, two of three such saves of delegate self-play
/// stopped with "damaged": Witte's turn cabled on an order the Tsar's consent had lifted.
#[test]
fn a_save_from_before_the_rules_changed_replays_by_its_own_rules() {
    let loaded = scenario::load(&scenario_path("portsmouth-1905.ron")).unwrap();
    let seat = || Seat::Computer("delegate".parse().unwrap());
    let mut differ = 0;
    for seed in [1, 3, 7] {
        let mut game = Game::under(loaded.scenario.clone(), seed, Rules::AnswersBeforeNews);
        let mut japan = common::agent("delegate", Side::Japan, seed, &loaded.scenario);
        let mut russia = common::agent("delegate", Side::Russia, seed, &loaded.scenario);
        agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
        let save = SaveFile::of(&game, &loaded.files, [seat(), seat()]);
        assert!(
            save.format <= 5 && !save.to_text().contains("rules:"),
            "as saves were written then"
        );
        let back = save::load_text("old.ron", save.to_text()).unwrap();
        assert_eq!(back.game.rules(), Rules::AnswersBeforeNews);
        assert_eq!(back.game.state(), game.state(), "seed {seed}");
        let today = save::replay(loaded.scenario.clone(), seed, Rules::NewsFirst, &save.turns);
        differ += usize::from(today.map_or(true, |g| g.state() != game.state()));
    }
    assert!(
        differ > 0,
        "today's rules played these turns alike: the test shows nothing"
    );
}

//! Saves: a damaged or newer save gives a clear error and is left as it was; a failed
//! write leaves the previous save intact.

use crate::common::scenario_path;
use portsmouth::engine::agents;
use portsmouth::engine::game::Game;
use portsmouth::engine::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario;
use portsmouth::engine::side::Side;
use std::fs;
use std::path::PathBuf;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-saves-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn a_finished_save() -> SaveFile {
    let loaded = scenario::load(&scenario_path("tutorial.ron")).unwrap();
    let mut game = Game::new(loaded.scenario.clone(), 5);
    let mut japan = agents::by_name("historical", Side::Japan, 5).unwrap();
    let mut russia = agents::by_name("historical", Side::Russia, 5).unwrap();
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    SaveFile::of(&game, &loaded.files, [Seat::Human, Seat::Computer("historical".into())])
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
    // The text is readable RON that names its format.
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("Save("), "{}", &text[..40]);
    assert!(text.contains("format: 1"));
}

#[test]
fn a_newer_save_is_named_as_such_and_left_alone() {
    let dir = temp_dir("newer");
    let path = dir.join("newer.ron");
    let text = a_finished_save().to_text().replacen("format: 1", "format: 9", 1);
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

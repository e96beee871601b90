//! Saves: a damaged or newer save gives a clear error and is left as it was; a failed
//! write leaves the previous save intact.

use crate::common::{self, scenario_path};
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
    let mut japan = common::agent("historical", Side::Japan, 5, &loaded.scenario);
    let mut russia = common::agent("historical", Side::Russia, 5, &loaded.scenario);
    agents::play_out(&mut game, [japan.as_mut(), russia.as_mut()]);
    SaveFile::of(
        &game,
        &loaded.files,
        [Seat::Human, Seat::Computer("historical".parse().unwrap())],
    )
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
        ("cut-short.ron", good[..good.len() / 2].to_string()),
        (
            "bad-move.ron",
            good.replacen("\"with_safeguards\"", "\"no_such_option\"", 1),
        ),
        (
            "edited-scenario.ron",
            good.replacen("Four sessions, three questions", "Five sessions", 1),
        ),
        ("not-a-save.ron", "Scenario(id: \"x\")".to_string()),
        ("empty.ron", String::new()),
    ];
    for (name, text) in cases {
        let path = dir.join(name);
        fs::write(&path, &text).unwrap();
        let error = save::load(&path).err().unwrap_or_else(|| panic!("{name} loaded"));
        assert_eq!(error.rule, "damaged-save", "{name}: {error}");
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

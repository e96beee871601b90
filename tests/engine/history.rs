//! The scripted 1905 conference reproduces the treaty actually signed.

use crate::common::{load, play};
use portsmouth::engine::analysis::report::{Favours, Report};
use portsmouth::engine::play::state::Ending;

#[test]
fn the_scripted_conference_ends_in_the_treaty_as_signed() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1905);
    let report = Report::of(&game).expect("the game is over");
    assert_eq!(report.ending, Ending::AllAgreed);
    assert_eq!(report.sessions, 12, "agreement on the twelfth session, 29 August");
    let outcome = &scenario.outcomes[report.outcome.expect("classified")];
    assert_eq!(outcome.id, "as_signed", "{outcome:?}");
    assert!(report.ratified);
    // Article for article.
    let signed = scenario.history.as_ref().unwrap().treaty;
    assert_eq!(report.treaty, Some(signed));
    assert!(report.clauses(&scenario).iter().all(|c| c.favours == Favours::Same));
    assert_eq!(report.history_distance, Some(0.0));
}

#[test]
fn the_scripted_conference_stays_on_script() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 7);
    let text = portsmouth::engine::records::narrate::render(&scenario, game.transcript(), None, true);
    assert!(!text.contains("left the historical script"), "{text}");
    // Every scripted step was played as written, with its note.
    for step in &scenario.history.as_ref().unwrap().script {
        assert!(text.contains(&step.note), "missing: {}", step.note);
    }
    println!("{text}");
}

/// Off the script, the 1905 delegations still ask their capitals for leave to sign the 1905
/// terms. In the tutorial the computer Komura leaves Witte's script in the first session;
/// Witte used to wait for a treaty "Not an inch of Russian territory" forbade, and no game
/// ended in a treaty.
#[test]
fn off_the_script_the_1905_delegations_cable_home_for_the_1905_terms() {
    let scenario = load("tutorial.ron");
    for seed in 1..=5 {
        let game = play(&scenario, "delegate", "historical", seed);
        let text = portsmouth::engine::records::narrate::render(&scenario, game.transcript(), None, true);
        assert!(text.contains("left the historical script"), "seed {seed}: {text}");
        assert!(
            text.contains("Witte (Russia) cables St Petersburg"),
            "seed {seed}: {text}"
        );
        let report = Report::of(&game).expect("the game is over");
        assert_eq!(report.ending, Ending::AllAgreed, "seed {seed}: {text}");
        let outcome = &scenario.outcomes[report.outcome.expect("classified")];
        assert_eq!(outcome.id, "as_signed", "seed {seed}");
    }
}

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

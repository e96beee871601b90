//! The scripted 1905 conference reproduces the treaty actually signed.

use crate::common::{load, play};
use portsmouth::engine::analysis::report::{Favours, Report};
use portsmouth::engine::play::state::Ending;
use portsmouth::engine::records::chance;
use portsmouth::i18n::Lang;

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

/// The Tsar's consent at Meyer's audience is left to chance (20 % of games he refuses), but
/// not while the game is 1905's turn for turn: a replay of history shows history, whatever
/// the seed. Once a delegation leaves the script the dice decide, and his refusal is
/// announced, so a class sees why its game went otherwise.
#[test]
fn the_world_follows_history_while_the_talks_do() {
    let scenario = load("portsmouth-1905.ron");
    let event = |id: &str| 1u128 << scenario.events.iter().position(|e| e.id == id).unwrap();
    let (consents, refuses) = (event("meyer_audience"), event("tsar_refuses_meyer"));
    for seed in 0..40 {
        let game = play(&scenario, "historical", "historical", seed);
        assert!(game.state().following_history, "seed {seed}");
        assert_eq!(game.state().fired & (consents | refuses), consents, "seed {seed}");
    }
    // A scenario that leaves nothing to chance has no such section.
    let tutorial = load("tutorial.ron");
    let game = play(&tutorial, "delegate", "delegate", 1);
    assert!(chance::debrief_section_in(Lang::English, &tutorial, game.state()).is_empty());
    let mut refused = 0;
    for seed in 0..100 {
        let game = play(&scenario, "delegate", "delegate", seed);
        assert!(!game.state().following_history, "seed {seed}");
        let fired = game.state().fired & (consents | refuses);
        // One of the two answers, never both.
        assert!(fired == consents || fired == refuses, "seed {seed}: {fired:b}");
        // The debrief says how chance fell, to both sides.
        let debrief = chance::lines_in(Lang::English, &scenario, game.state());
        assert_eq!(debrief.len(), 1, "seed {seed}: {debrief:?}");
        if fired == refuses {
            refused += 1;
            let text = portsmouth::engine::records::narrate::render(&scenario, game.transcript(), None, true);
            assert!(text.contains("The Tsar refuses Meyer"), "seed {seed}");
            assert_eq!(
                debrief[0],
                "Meyer's audience at Peterhof: not in this game; in 1905 it happened (a chance of 80% in this scenario)."
            );
        } else {
            assert!(
                debrief[0].contains(": it happened, as in 1905"),
                "seed {seed}: {debrief:?}"
            );
        }
    }
    assert!(
        (10..=30).contains(&refused),
        "the Tsar refused Meyer in {refused} of 100 games"
    );
}

/// A capital's answer comes after the news of the days between the sittings, and none comes
/// to an order the news has already lifted. The English review read "CABLE to Komura — Tokyo:
/// you may conclude peace without reimbursement" before the dispatch that the cabinet was
/// still meeting on it, and "Peterhof: not an inch of Russian soil" beside the Tsar's consent
/// to cede the south.
#[test]
fn the_capitals_answer_after_the_days_news_and_not_to_orders_it_lifted() {
    use portsmouth::engine::records::transcript::What;
    let mut answered = 0;
    for (file, japan, russia) in [
        ("portsmouth-1905.ron", "delegate", "delegate"),
        ("portsmouth-1905.ron", "delegate:shrewd", "delegate:shrewd"),
        ("japan-credit-runs-out.ron", "delegate", "delegate"),
        ("tsar-holds-firm.ron", "delegate", "boulware"),
    ] {
        let scenario = load(file);
        for seed in 0..20 {
            let game = play(&scenario, japan, russia, seed);
            let entries = &game.transcript().entries;
            // Red lines in force, as the record tells it.
            let mut active: u64 = scenario
                .red_lines()
                .enumerate()
                .filter(|(_, line)| line.active)
                .fold(0, |bits, (r, _)| bits | 1 << r);
            let mut answer_seen_this_opening = false;
            for entry in entries {
                match &entry.what {
                    What::SessionOpened => answer_seen_this_opening = false,
                    What::Moved { .. } => answer_seen_this_opening = false,
                    What::Event { event } => assert!(
                        !answer_seen_this_opening,
                        "{file} {japan} v {russia}, seed {seed}: event {event} after a cable's answer"
                    ),
                    What::MandateChanged { red_line, active: on } => {
                        if *on {
                            active |= 1 << red_line;
                        } else {
                            active &= !(1 << red_line);
                        }
                    }
                    What::CableAnswered { red_line, .. } => {
                        assert!(
                            active & 1 << red_line != 0,
                            "{file} {japan} v {russia}, seed {seed}: an answer on lifted order {red_line}"
                        );
                        answer_seen_this_opening = true;
                        answered += 1;
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(answered > 40, "only {answered} cables answered");
}

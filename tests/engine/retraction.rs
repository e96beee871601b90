//! A delegation that takes back ground it had offered is said to in the record: the
//! transcript, the minutes and every seat's view read "withdraws his wording", and only
//! for a step back toward its own public position.

use crate::common::load;
use portsmouth::engine::classroom::minutes;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{Proposal, Terms, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::narrate;
use portsmouth::engine::records::retraction;
use portsmouth::engine::records::save::Seat;
use std::sync::Arc;

fn propose(article: usize, option: u8) -> Turn {
    let mut terms = Terms::EMPTY;
    terms.set(article, option);
    Turn {
        propose: Some(Proposal::separate(terms)),
        ..Turn::PASS
    }
}

/// Plays Japan's proposals on `article` in order (Russia passing between them), from the
/// first session where the article is on the agenda.
fn japan_proposes(game: &mut Game, article: usize, options: &[u8]) {
    let mut left = options.iter();
    let mut next = left.next();
    while let (Some(side), Some(&option)) = (game.to_move(), next) {
        let tabled = game.scenario().sessions[game.state().session].tabled.contains(article);
        let turn = if side == Side::Japan && tabled {
            next = left.next();
            propose(article, option)
        } else {
            Turn::PASS
        };
        game.play(side, turn).expect("a legal turn");
    }
    assert!(next.is_none(), "every proposal was made");
}

#[test]
fn a_step_back_is_announced_in_the_transcript_and_a_concession_is_not() {
    let scenario = load("portsmouth-1905.ron");
    let korea = scenario.article_index("korea").unwrap();
    let mut game = Game::new(Arc::clone(&scenario), 1);
    // Safeguards offered, then the free hand demanded again.
    japan_proposes(&mut game, korea, &[1, 0]);
    let said = "Komura withdraws his wording on Korea, “Paramount interests, with safeguards”, and asks instead for “Japan's free hand”.";
    let text = narrate::render(&scenario, game.transcript(), None, false);
    assert_eq!(text.matches(said).count(), 1, "{text}");
    // Each delegation sees it too: it was said across the table.
    for viewer in Side::BOTH {
        let seen = narrate::render(&scenario, game.transcript(), Some(viewer), false);
        assert!(seen.contains(said), "{viewer} does not see it");
    }
    // And the class's minutes.
    let minutes = minutes::markdown(&game, &[Seat::Human, Seat::Human], None, None);
    assert!(minutes.contains(said), "{minutes}");

    // The other way round is a concession: nothing to announce.
    let mut game = Game::new(Arc::clone(&scenario), 1);
    japan_proposes(&mut game, korea, &[0, 1]);
    let text = narrate::render(&scenario, game.transcript(), None, false);
    assert!(!text.contains("withdraws his wording"), "{text}");
}

#[test]
fn a_standing_term_left_out_is_a_retraction_and_a_refused_one_is_greyed_until_replaced() {
    use portsmouth::engine::play::moves::Response;
    use portsmouth::engine::play::state::Author;
    use portsmouth::engine::records::offers::Offers;
    let scenario = load("portsmouth-1905.ron");
    let korea = scenario.article_index("korea").unwrap();
    let mut game = Game::new(Arc::clone(&scenario), 1);
    japan_proposes(&mut game, korea, &[1]);
    // Russia rejects; its turn over, Japan's offer is off the table but remembered.
    while game.to_move() != Some(Side::Russia) {
        game.play(game.to_move().unwrap(), Turn::PASS).unwrap();
    }
    let offer = *game.state().proposal(Author::Japan);
    let turn = Turn {
        reply: Some(Response::reject_all(&offer)),
        ..Turn::PASS
    };
    game.play(Side::Russia, turn).unwrap();
    assert!(
        game.state().proposal(Author::Japan).is_empty(),
        "a rejected offer leaves the table"
    );
    let offers = Offers::after(&game.transcript().entries);
    assert_eq!(offers.turned_down(Author::Japan).get(korea), Some(1));
    assert_eq!(offers.offered(Side::Japan, korea), Some(1));
    // Not standing any more: leaving it out is no retraction.
    let empty = Proposal::default();
    assert!(retraction::in_proposal(&scenario, &offers.before(Side::Japan, &empty, None)).is_empty());

    // A fresh offer replaces what was turned down; dropping it later is a retraction.
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    let mut both = Terms::EMPTY;
    both.set(korea, 1);
    both.set(sakhalin, 1);
    while game.to_move() != Some(Side::Japan) {
        game.play(game.to_move().unwrap(), Turn::PASS).unwrap();
    }
    let tabled = scenario.sessions[game.state().session].tabled;
    for (a, _) in both.iter().collect::<Vec<_>>() {
        if !tabled.contains(a) {
            both.clear(a);
        }
    }
    game.play(
        Side::Japan,
        Turn {
            propose: Some(Proposal::separate(both)),
            ..Turn::PASS
        },
    )
    .unwrap();
    let offers = Offers::after(&game.transcript().entries);
    assert!(offers.turned_down(Author::Japan).is_empty(), "replaced");
    let found = retraction::in_proposal(&scenario, &offers.before(Side::Japan, &empty, None));
    assert_eq!(found.len(), both.articles().len(), "{found:?}");
    assert!(found.iter().all(|r| r.to.is_none()));
    assert!(retraction::sentence(&scenario, &found[0]).ends_with("it is no longer in his proposal."));
}

#[test]
fn every_retraction_counted_is_said_and_the_narration_stays_quick() {
    // Counting retractions reads the transcript only: the game itself is unchanged, and
    // the narration of a whole computer game stays quick.
    let scenario = load("portsmouth-1905.ron");
    let game = crate::common::play(&scenario, "random", "random", 3);
    let started = std::time::Instant::now();
    let text = narrate::render(&scenario, game.transcript(), None, true);
    assert!(started.elapsed().as_secs() < 5);
    let said = text.matches("withdraws his wording").count();
    let counted: usize = game
        .transcript()
        .entries
        .iter()
        .map(|e| retraction::of_entry(&scenario, game.transcript(), e).len())
        .sum();
    assert_eq!(said, counted);
}

#[test]
fn every_withdrawal_of_the_delegate_is_named_in_its_reason() {
    use portsmouth::engine::agents::Remark;
    use portsmouth::engine::records::transcript::{Note, What};
    use portsmouth::i18n::Lang;
    // Self-play on both scenarios, and the pairings where it retracted most without naming
    // all it took back: several terms at once, after the mediator's terms fell.
    let pairings = [
        ("portsmouth-1905.ron", "delegate", "delegate"),
        ("tutorial.ron", "delegate", "delegate"),
        ("portsmouth-1905.ron", "delegate", "hardheaded"),
        ("portsmouth-1905.ron", "delegate", "linear"),
        ("portsmouth-1905.ron", "delegate:yielding", "delegate"),
        ("portsmouth-1905.ron", "tit-for-tat", "delegate"),
    ];
    let (mut withdrawals, mut several) = (0, 0);
    for (file, japan, russia) in pairings {
        let scenario = load(file);
        for seed in 1..=12 {
            let game = crate::common::play(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            for entry in &transcript.entries {
                let What::Moved {
                    side, note: Some(n), ..
                } = &entry.what
                else {
                    continue;
                };
                let Note::Said(remark @ Remark::Delegate(_)) = &transcript.notes[*n] else {
                    continue;
                };
                let found = retraction::of_entry(&scenario, transcript, entry);
                if found.is_empty() {
                    continue;
                }
                withdrawals += found.len();
                several += usize::from(found.len() > 1);
                for lang in [Lang::English, Lang::Russian] {
                    let said = remark.describe_in(lang, &scenario, *side).unwrap();
                    for r in &found {
                        let title = scenario.articles[r.article].in_sentence();
                        assert!(
                            said.contains(title),
                            "{file}, {japan} v {russia}, seed {seed}: {side} withdraws {title} without a word of it: {said}"
                        );
                    }
                }
            }
        }
    }
    assert!(
        withdrawals >= 100 && several >= 10,
        "{withdrawals} withdrawals, {several} of several terms"
    );
}

//! The mediator's last look: once every article is agreed, an amendment that costs neither
//! side anything by its own instructions, answered by both before the signing.

use crate::common::{self, load};
use portsmouth::engine::agents::Agent;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{Response, Terms, Turn};
use portsmouth::engine::play::refusal::MoveError;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::{Author, Ending, LastLook};
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::narrate;
use portsmouth::engine::records::transcript::What;
use portsmouth::i18n::Lang;

/// Plays `boulware` (Japan) against the delegate (Russia) until the mediator's amendment
/// waits, over the first seeds that reach it: the game then, with its two agents.
fn at_the_last_look() -> (Game, [Box<dyn Agent>; 2]) {
    let scenario = load("portsmouth-1905.ron");
    for seed in 1..40 {
        let mut game = Game::new(scenario.clone(), seed);
        let mut agents = [
            common::agent("boulware", Side::Japan, seed, &scenario),
            common::agent("delegate", Side::Russia, seed, &scenario),
        ];
        while let Some(side) = game.to_move() {
            if matches!(game.state().last_look, LastLook::Pending { .. }) {
                return (game, agents);
            }
            let decision = agents[side.index()].decide(&SideView::new(&game, side));
            game.play(side, decision.turn).expect("the agents keep the rules");
        }
    }
    panic!("no game of the first seeds reached an amendment");
}

fn utilities(game: &Game, treaty: &Terms) -> [f64; 2] {
    Side::BOTH.map(|side| game.scenario().space.utility(side, treaty))
}

#[test]
fn both_sides_accept_an_amendment_that_costs_neither_and_the_treaty_is_signed_as_amended() {
    let (mut game, mut agents) = at_the_last_look();
    let agreed = game.treaty_if_ended_now().expect("a complete treaty");
    let amendment = game.state().proposal(Author::Mediator).terms;
    let before = utilities(&game, &agreed);
    let clock = (game.state().session, game.state().exchange, game.state().turns_played);
    let mut answers = 0;
    while let Some(side) = game.to_move() {
        let decision = agents[side.index()].decide(&SideView::new(&game, side));
        let reply = decision.turn.mediator_reply.expect("an answer to the amendment");
        assert_eq!(
            reply.accept,
            amendment.articles(),
            "{side} takes an amendment that costs it nothing"
        );
        game.play(side, decision.turn).unwrap();
        answers += 1;
    }
    assert_eq!(answers, 2);
    assert_eq!(game.state().ending, Some(Ending::AllAgreed));
    let signed = game.treaty().expect("signed");
    assert_eq!(signed, agreed.overlaid(&amendment));
    let after = utilities(&game, &signed);
    assert!(
        after[0] >= before[0] && after[1] >= before[1] && after != before,
        "{before:?} → {after:?}"
    );
    assert_eq!(
        (game.state().session, game.state().exchange, game.state().turns_played),
        clock,
        "no clock moves while the amendment waits"
    );
    // The record says it in every language: the amendment, then both acceptances.
    let entries = &game.transcript().entries;
    assert!(entries.iter().any(|e| matches!(e.what, What::LastLook { .. })));
    let english = narrate::render_in(Lang::English, game.scenario(), game.transcript(), None, true);
    assert!(english.contains("Before the signing"), "{english}");
    for lang in Lang::ALL {
        let text = narrate::render_in(lang, game.scenario(), game.transcript(), None, true);
        assert!(!text.contains("narrate-last-look"), "{lang:?}: a message without words");
    }
}

#[test]
fn a_side_that_passes_or_rejects_keeps_the_treaty_as_agreed() {
    let (game, _) = at_the_last_look();
    let agreed = game.treaty_if_ended_now().expect("a complete treaty");
    let amendment = *game.state().proposal(Author::Mediator);
    let first = game.to_move().unwrap();
    let reject = Turn {
        mediator_reply: Some(Response {
            reject: amendment.terms.articles(),
            ..Response::default()
        }),
        ..Turn::PASS
    };
    for decline in [Turn::PASS, reject] {
        let mut game = game.clone();
        game.play(first, decline).unwrap();
        assert!(game.is_over(), "one refusal ends it");
        assert_eq!(game.treaty(), Some(agreed));
        assert!(
            game.transcript()
                .entries
                .iter()
                .any(|e| e.what == What::LastLookDeclined { by: first })
        );
    }
    // Accepted by the first, declined by the second: still the treaty as agreed.
    let mut game = game.clone();
    game.play(
        first,
        Turn {
            mediator_reply: Some(Response::accept_all(&amendment)),
            ..Turn::PASS
        },
    )
    .unwrap();
    assert_eq!(game.to_move(), Some(first.other()));
    game.play(first.other(), Turn::PASS).unwrap();
    assert_eq!(game.treaty(), Some(agreed));
}

#[test]
fn while_the_amendment_waits_only_an_answer_to_it_is_allowed() {
    let (game, _) = at_the_last_look();
    let side = game.to_move().unwrap();
    let amendment = *game.state().proposal(Author::Mediator);
    let accept = Response::accept_all(&amendment);
    let first = amendment.terms.articles().iter().next().unwrap();
    let mut part = accept;
    part.accept.remove(first);
    let set_aside = Response {
        set_aside: amendment.terms.articles(),
        ..Response::default()
    };
    let refused = [
        Turn {
            break_off: true,
            ..Turn::PASS
        },
        Turn {
            mediator_reply: Some(accept),
            break_off: true,
            ..Turn::PASS
        },
        Turn {
            mediator_reply: Some(set_aside),
            ..Turn::PASS
        },
        Turn {
            action: Some(portsmouth::engine::play::moves::SideAction::AskMediator),
            ..Turn::PASS
        },
    ];
    for turn in refused {
        assert_eq!(game.check(side, &turn), Err(MoveError::LastLookAnswerOnly), "{turn:?}");
    }
    // Part of a linked package is a split package, refused as it always is.
    if !part.accept.is_empty() {
        assert!(
            game.check(
                side,
                &Turn {
                    mediator_reply: Some(part),
                    ..Turn::PASS
                }
            )
            .is_err()
        );
    }
    assert!(matches!(
        game.check(side.other(), &Turn::PASS),
        Err(MoveError::NotYourTurn { .. })
    ));
    // Every language says why.
    for lang in Lang::ALL {
        assert!(
            !MoveError::LastLookAnswerOnly
                .describe_in(lang, game.scenario())
                .is_empty()
        );
    }
}

#[test]
fn a_seats_copy_of_the_game_knows_the_amendment_waits() {
    let (game, _) = at_the_last_look();
    let side = game.to_move().unwrap();
    let view = SideView::new(&game, side).snapshot();
    let json = serde_json::to_string(&view).unwrap();
    let back: portsmouth::engine::play::view::SeatView = serde_json::from_str(&json).unwrap();
    let mirror = Game::mirror(&back, game.seed());
    assert_eq!(mirror.state().last_look, game.state().last_look);
    assert_eq!(mirror.to_move(), Some(side));
}

#[test]
fn a_scenario_without_the_last_look_signs_at_once() {
    let text = std::fs::read_to_string(common::scenario_path("portsmouth-1905.ron")).unwrap();
    let line = "        last_look: true,\n";
    assert_eq!(text.matches(line).count(), 1);
    let path = std::env::temp_dir().join(format!("portsmouth-no-last-look-{}.ron", std::process::id()));
    std::fs::write(&path, text.replace(line, "")).unwrap();
    let loaded = portsmouth::engine::scenario::load(&path).unwrap_or_else(|e| panic!("{}", e[0]));
    let _ = std::fs::remove_file(&path);
    let scenario = loaded.scenario;
    assert!(!scenario.mediator.last_look, "off if left out");
    for seed in 1..6 {
        let game = common::play(&scenario, "boulware", "delegate", seed);
        assert!(
            !game
                .transcript()
                .entries
                .iter()
                .any(|e| matches!(e.what, What::LastLook { .. })),
            "seed {seed}"
        );
        assert_eq!(game.state().last_look, LastLook::NotYet);
    }
}

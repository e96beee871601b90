//! Property tests of the rules, over random games and arbitrary (often illegal) turns:
//! - no accepted move breaks the mover's instructions;
//! - an article is only ever agreed on an option the other side or the mediator offered;
//! - every game ends, by the last session at the latest;
//! - a refused turn changes nothing;
//! - the same scenario, seed and moves give the same game, byte for byte.

use crate::common::{self, load};
use portsmouth::engine::agents::{self, Agent};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::mandate;
use portsmouth::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::{Author, State};
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::save::{self, SaveFile, Seat};
use portsmouth::engine::scenario::Scenario;
use proptest::prelude::*;
use std::sync::Arc;

const SCENARIOS: [&str; 4] = [
    "portsmouth-1905.ron",
    "tutorial.ron",
    "tsar-holds-firm.ron",
    "japan-credit-runs-out.ron",
];

/// Forbidden outright by an active red line of `side`, read from the scenario directly
/// rather than from the state's cached masks.
fn plainly_forbidden(scenario: &Scenario, state: &State, side: Side, article: usize, option: u8) -> bool {
    scenario.red_lines().enumerate().any(|(r, line)| {
        line.side == side
            && line.unless.is_none()
            && state.red_line_active(r)
            && line.forbids[article] & (1 << option) != 0
    })
}

/// What must hold for a turn the game accepted, comparing the states around it.
fn check_accepted_turn(scenario: &Scenario, before: &State, after: &State, side: Side, turn: &Turn) {
    let other = Author::of(side.other());
    // The mover's own proposals and acceptances respect its instructions.
    if let Some(p) = &turn.propose {
        for package in p.packages() {
            let terms = p.terms_of(package);
            for (a, o) in terms.iter() {
                assert!(
                    !plainly_forbidden(scenario, before, side, a, o),
                    "{side} proposed a forbidden term"
                );
            }
            assert!(
                mandate::check(scenario, before, side, &terms).is_ok(),
                "{side} proposed beyond its instructions"
            );
        }
    }
    for (reply, author) in [(turn.reply, other), (turn.mediator_reply, Author::Mediator)] {
        if let Some(reply) = reply {
            let proposal = before.proposal(author);
            for a in reply.accept.iter() {
                let o = proposal.terms.get(a).expect("accepted terms were offered");
                assert!(
                    !plainly_forbidden(scenario, before, side, a, o),
                    "{side} accepted a forbidden term"
                );
            }
        }
    }
    // Every article newly agreed (or changed) was offered on that option by the other side,
    // or by the mediator, and accepted in this turn.
    for a in 0..scenario.articles.len() {
        let now = after.agreed(a);
        if now.is_none() || now == before.agreed(a) {
            continue;
        }
        let o = now.unwrap();
        let from_other =
            turn.reply.is_some_and(|r| r.accept.contains(a)) && before.proposal(other).terms.get(a) == Some(o);
        let from_mediator = turn.mediator_reply.is_some_and(|r| r.accept.contains(a))
            && before.proposal(Author::Mediator).terms.get(a) == Some(o);
        assert!(
            from_other || from_mediator,
            "article {a} agreed on option {o} that nobody offered"
        );
    }
}

fn check_finished(scenario: &Scenario, game: &Game) {
    assert!(game.is_over(), "the game did not end");
    let state = game.state();
    assert!(state.session < scenario.sessions.len());
    assert!(state.turns_played as usize <= scenario.total_turns());
}

/// Plays agents against each other, checking every turn.
fn play_checked(scenario: &Arc<Scenario>, names: [&str; 2], seed: u64) -> Game {
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut agents: Vec<Box<dyn Agent>> = vec![
        common::agent(names[0], Side::Japan, seed, scenario),
        common::agent(names[1], Side::Russia, seed, scenario),
    ];
    let mut guard = 0;
    while let Some(side) = game.to_move() {
        guard += 1;
        // The sessions' turns, and then at most one answer from each side to the mediator's
        // last amendment.
        assert!(guard <= scenario.total_turns() + 2, "more turns than the sessions hold");
        let decision = agents[side.index()].decide(&SideView::new(&game, side));
        let before = game.state().clone();
        let turn = if game.check(side, &decision.turn).is_ok() {
            decision.turn
        } else {
            Turn {
                propose: None,
                ..decision.turn
            }
        };
        match game.play(side, turn) {
            Ok(()) => check_accepted_turn(scenario, &before, game.state(), side, &turn),
            Err(_) => {
                assert_eq!(game.state(), &before, "a refused turn changed the state");
                game.play(side, Turn::PASS).unwrap();
            }
        }
    }
    check_finished(scenario, &game);
    game
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn agent_games_keep_the_rules(
        scenario in 0..SCENARIOS.len(),
        japan in 0..agents::BUILT_IN.len(),
        russia in 0..agents::BUILT_IN.len(),
        seed in any::<u64>(),
    ) {
        let scenario = load(SCENARIOS[scenario]);
        let names = [agents::BUILT_IN[japan].to_string(), agents::BUILT_IN[russia].to_string()];
        let names = [names[0].as_str(), names[1].as_str()];
        let first = play_checked(&scenario, names, seed);
        // Same scenario, seed and agents: the same game, entry for entry.
        let second = play_checked(&scenario, names, seed);
        prop_assert_eq!(first.transcript(), second.transcript());
        prop_assert_eq!(first.state(), second.state());
        // Same scenario, seed and moves (replayed from the record): the same game.
        let mut replay = Game::new(Arc::clone(&scenario), seed);
        for (side, turn, note) in first.transcript().moves() {
            replay.play_with(side, *turn, note.cloned()).unwrap();
        }
        prop_assert_eq!(first.transcript(), replay.transcript());
        prop_assert_eq!(first.state(), replay.state());
    }
}

/// An arbitrary turn: any articles, options and packages, any answer sets and actions,
/// most of them illegal. The game must refuse those without changing anything.
fn arbitrary_turn() -> impl Strategy<Value = Turn> {
    let terms = prop::collection::vec((0usize..12, 0u8..7), 0..5).prop_map(|pairs| {
        let mut t = Terms::EMPTY;
        for (a, o) in pairs {
            t.set(a, o);
        }
        t
    });
    let set = any::<u16>().prop_map(|bits| ArticleSet(bits as u32 & 0xfff));
    let response = (set.clone(), set.clone(), set).prop_map(|(accept, reject, set_aside)| Response {
        accept,
        reject,
        set_aside,
    });
    let proposal = (terms.clone(), any::<bool>()).prop_map(|(t, linked)| {
        if linked {
            Proposal::linked(t)
        } else {
            Proposal::separate(t)
        }
    });
    let action = prop_oneof![
        (0u8..8).prop_map(SideAction::Press),
        (0u8..12).prop_map(SideAction::CableHome),
        Just(SideAction::AskMediator),
        (terms, 0u8..14).prop_map(|(terms, by_session)| SideAction::Ultimatum(Ultimatum { terms, by_session })),
    ];
    (
        prop::option::of(response.clone()),
        prop::option::of(response),
        prop::option::of(proposal),
        prop::option::of(action),
        prop::bool::weighted(0.02),
    )
        .prop_map(|(reply, mediator_reply, propose, action, break_off)| Turn {
            reply,
            mediator_reply,
            propose,
            action,
            break_off,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_turns_are_refused_cleanly_or_keep_the_rules(
        scenario in 0..SCENARIOS.len(),
        seed in any::<u64>(),
        turns in prop::collection::vec(arbitrary_turn(), 1..120),
    ) {
        let scenario = load(SCENARIOS[scenario]);
        let mut game = Game::new(Arc::clone(&scenario), seed);
        for turn in turns {
            let Some(side) = game.to_move() else { break };
            let before = game.state().clone();
            let checked = game.check(side, &turn);
            match game.play(side, turn) {
                Ok(()) => {
                    prop_assert!(checked.is_ok());
                    check_accepted_turn(&scenario, &before, game.state(), side, &turn);
                }
                Err(e) => {
                    prop_assert_eq!(checked, Err(e));
                    prop_assert!(!e.describe(&scenario).is_empty());
                    prop_assert_eq!(game.state(), &before);
                }
            }
        }
        // Whatever happened, passing takes the game to its end by the last session.
        while let Some(side) = game.to_move() {
            game.play(side, Turn::PASS).unwrap();
        }
        check_finished(&scenario, &game);
    }
}

#[test]
fn saves_restore_the_same_game_and_play_on_identically() {
    let scenario_path = crate::common::scenario_path("portsmouth-1905.ron");
    let loaded = portsmouth::engine::scenario::load(&scenario_path).unwrap();
    let scenario = loaded.scenario;
    let seed = 77;
    // Play part of a game, save it, load it, and finish both: they must agree.
    let mut game = Game::new(Arc::clone(&scenario), seed);
    let mut japan = common::agent("linear", Side::Japan, seed, &scenario);
    let mut russia = common::agent("random", Side::Russia, seed, &scenario);
    for _ in 0..20 {
        let side = game.to_move().unwrap();
        let agent = if side == Side::Japan { &mut japan } else { &mut russia };
        let d = agent.decide(&SideView::new(&game, side));
        if game.play_noted(side, d.turn, Some("a note".into())).is_err() {
            game.play(side, Turn::PASS).unwrap();
        }
    }
    let save = SaveFile::of(
        &game,
        &loaded.files,
        [Seat::Computer("linear".parse().unwrap()), Seat::Human],
    );
    let restored = save::load_text("test.ron", save.to_text()).unwrap();
    assert_eq!(restored.game.state(), game.state());
    assert_eq!(restored.game.transcript(), game.transcript());
    assert_eq!(restored.seats, [Seat::Computer("linear".parse().unwrap()), Seat::Human]);
}

#[test]
fn a_delegation_sees_only_its_own_private_meters() {
    let scenario = load("portsmouth-1905.ron");
    let game = Game::new(Arc::clone(&scenario), 1);
    let meter = |id: &str| scenario.meters.iter().position(|m| m.id == id).unwrap();
    let japan = SideView::new(&game, Side::Japan);
    let russia = SideView::new(&game, Side::Russia);
    // Japan's finances are Japan's secret; the Tsar's patience is Russia's.
    assert!(japan.meter(meter("japan_finances")).is_some());
    assert!(russia.meter(meter("japan_finances")).is_none());
    assert!(russia.meter(meter("tsar_patience")).is_some());
    assert!(japan.meter(meter("tsar_patience")).is_none());
    // American opinion is public.
    assert_eq!(
        japan.meter(meter("american_opinion")),
        russia.meter(meter("american_opinion"))
    );
}

//! The load test's players and the class server under load and faults. The players'
//! strategy is checked against the engine alone; the rest starts the real `portsmouth serve`
//! on a loopback port in a temporary folder.

use crate::common::load;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{ReplySpec, TurnSpec};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::net::loadtest::player;
use portsmouth::net::protocol::{PartyMessage, packages_in_ids};
use std::sync::Arc;

/// What the server makes of a party's message, for the strategy test without a server:
/// `Offer` one package, `Accept` every article of the other side's standing proposal.
fn as_turn(message: &PartyMessage, game: &Game, side: Side) -> TurnSpec {
    match message {
        PartyMessage::Offer { bid, .. } => TurnSpec {
            propose: Some(vec![bid.clone()]),
            ..TurnSpec::default()
        },
        PartyMessage::Accept { .. } => {
            let view = SideView::new(game, side);
            let accept = packages_in_ids(view.opponent_proposal(), view.public())
                .into_iter()
                .flat_map(|package| package.into_keys())
                .collect();
            TurnSpec {
                reply: Some(ReplySpec {
                    accept,
                    ..ReplySpec::default()
                }),
                ..TurnSpec::default()
            }
        }
        PartyMessage::Turn { turn, .. } => turn.clone(),
        other => panic!("a player sent {other:?} on its turn"),
    }
}

#[test]
fn the_load_test_players_play_whole_games_with_the_engine() {
    let scenario = load("portsmouth-1905.ron");
    for seed in [1, 1905, 77] {
        let mut game = Game::new(Arc::clone(&scenario), seed);
        let views = Side::BOTH.map(|side| SideView::new(&game, side).snapshot());
        let (mut moves, mut refused, mut offers, mut accepts) = (0, 0, 0, 0);
        while let Some(side) = game.to_move() {
            let state = SideView::new(&game, side).snapshot().talks;
            let message = player::choose(&views[side.index()], &state);
            match message {
                PartyMessage::Offer { .. } => offers += 1,
                PartyMessage::Accept { .. } => accepts += 1,
                _ => {}
            }
            let turn = as_turn(&message, &game, side)
                .compile(&scenario, side)
                .expect("ids of the scenario");
            if game.play(side, turn).is_err() {
                refused += 1;
                game.play(side, TurnSpec::default().compile(&scenario, side).unwrap())
                    .expect("a pass is always allowed");
            }
            moves += 1;
            assert!(moves < 200, "seed {seed}: the game does not end");
        }
        assert!(game.is_over());
        // Both concede to what breaking off is worth by the last session: they meet.
        assert!(game.treaty().is_some(), "seed {seed}: no treaty");
        assert!(
            offers > 0 && accepts > 0,
            "seed {seed}: {offers} offers, {accepts} accepts"
        );
        assert!(refused * 4 < moves, "seed {seed}: {refused} of {moves} moves refused");
    }
}

//! A seat's mirror of a game refereed elsewhere: built from its `SeatView` alone, it shows
//! that seat what the real game shows it, and holds nothing of the other side's mandate.

use crate::common::{agent, load};
use crate::views::private_strings;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::{SeatState, SideView};
use portsmouth::engine::records::transcript::Note;
use std::sync::Arc;

/// The talks as JSON, the reservation apart (it is rebuilt in floating point).
fn talks_json(talks: &SeatState) -> (String, f64) {
    let mut talks = talks.clone();
    let reservation = std::mem::take(&mut talks.reservation);
    (serde_json::to_string(&talks).unwrap(), reservation)
}

#[test]
fn a_mirror_shows_its_seat_what_the_real_game_shows_it_turn_after_turn() {
    for file in ["portsmouth-1905.ron", "tsar-holds-firm.ron"] {
        let scenario = load(file);
        let mut game = Game::new(Arc::clone(&scenario), 11);
        let mut agents = Side::BOTH.map(|side| agent("delegate", side, 11, &scenario));
        let mut mirrors = Side::BOTH.map(|side| Game::mirror(&SideView::new(&game, side).snapshot(), 11));
        loop {
            for side in Side::BOTH {
                let truth = SideView::new(&game, side).snapshot();
                let mirror = &mut mirrors[side.index()];
                mirror.follow(&truth.talks, side);
                let seen = SideView::new(mirror, side).snapshot();
                let ((want, want_reservation), (got, got_reservation)) =
                    (talks_json(&truth.talks), talks_json(&seen.talks));
                assert_eq!(
                    got,
                    want,
                    "{file}: {side}'s mirror after {} turns",
                    game.state().turns_played
                );
                assert!((got_reservation - want_reservation).abs() < 1e-9);
                let (real, copy) = (SideView::new(&game, side), SideView::new(mirror, side));
                for event in 0..scenario.public.events.len() {
                    assert_eq!(copy.public_event_fired(event), real.public_event_fired(event));
                }
                if !game.is_over() {
                    assert_eq!(mirror.to_move(), game.to_move());
                }
            }
            let Some(side) = game.to_move() else {
                let heard = SideView::new(&game, Side::Japan).talks().heard_events;
                assert!(
                    !heard.is_empty(),
                    "{file}: no event reached Japan, so nothing was checked"
                );
                break;
            };
            let decision = agents[side.index()].decide(&SideView::new(&game, side));
            game.play(side, decision.turn).expect("the delegate plays legal turns");
        }
    }
}

#[test]
fn a_mirror_built_in_the_middle_of_the_talks_opens_its_record_with_each_sides_latest_turn() {
    use portsmouth::engine::records::transcript::What;
    let scenario = load("portsmouth-1905.ron");
    let mut game = Game::new(Arc::clone(&scenario), 11);
    let mut agents = Side::BOTH.map(|side| agent("delegate", side, 11, &scenario));
    let fresh = Game::mirror(&SideView::new(&game, Side::Japan).snapshot(), 11);
    assert!(fresh.transcript().entries.is_empty(), "nothing to show before any move");
    while game.state().session < 4 {
        let side = game.to_move().expect("the talks go on");
        let decision = agents[side.index()].decide(&SideView::new(&game, side));
        game.play(side, decision.turn).expect("a legal turn");
    }
    for seat in Side::BOTH {
        let view = SideView::new(&game, seat).snapshot();
        // A seat taken again now: the table's "last move" is the other side's latest turn.
        let mirror = Game::mirror(&view, 11);
        let moved: Vec<_> = mirror
            .transcript()
            .entries
            .iter()
            .filter_map(|e| match &e.what {
                What::Moved { side, turn, .. } => Some((*side, *turn)),
                _ => None,
            })
            .collect();
        let theirs = moved.iter().rev().find(|(side, _)| *side == seat.other());
        assert_eq!(
            theirs.map(|m| m.1),
            view.talks.last_turn[seat.other().index()],
            "{seat}'s mirror"
        );
        assert_eq!(moved.len(), 2, "each side's latest turn, once");
        // The one who moved last is last in the record.
        assert_eq!(moved[1].0, game.to_move().unwrap().other());
        // With what each side said, as the server's papers give it, beside its move.
        let said = [Some("Japan's words".to_string()), None];
        let mirror = Game::mirror_saying(&view, 11, said);
        let notes: Vec<_> = mirror
            .transcript()
            .moves()
            .map(|(side, _, note)| (side, note.cloned()))
            .collect();
        for (side, note) in notes {
            match side {
                Side::Japan => assert_eq!(note, Some(Note::Text("Japan's words".into())), "{seat}'s mirror"),
                Side::Russia => assert_eq!(note, None, "{seat}'s mirror"),
            }
        }
    }
}

#[test]
fn a_mirror_holds_none_of_the_other_sides_private_data() {
    for file in [
        "portsmouth-1905.ron",
        "tsar-holds-firm.ron",
        "japan-credit-runs-out.ron",
    ] {
        let scenario = load(file);
        let game = Game::new(Arc::clone(&scenario), 1905);
        for side in Side::BOTH {
            let mirror = Game::mirror(&SideView::new(&game, side).snapshot(), 1905);
            let held = mirror.scenario();
            let other = held.mandate(side.other());
            let text = serde_json::to_string(&(&held.public, &held.mandates)).unwrap();
            for theirs in private_strings(&scenario, side.other()) {
                let theirs = serde_json::to_string(&theirs).unwrap();
                assert!(!text.contains(&theirs), "{file}: {side}'s mirror holds {theirs}");
            }
            assert!(other.briefing.is_empty() && other.dispatches.is_empty() && other.meters.is_empty());
            assert!(other.red_lines.iter().all(|r| !r.active && r.cable.is_none()));
            assert_ne!(
                held.space.table(side.other()),
                scenario.space.table(side.other()),
                "{file}: the other side's points are a stand-in"
            );
            assert_eq!(held.space.table(side), scenario.space.table(side));
            assert_eq!(held.mandate(side).red_line_base, scenario.mandate(side).red_line_base);
            assert_eq!(held.mandate(side).briefing, scenario.mandate(side).briefing);
        }
    }
}

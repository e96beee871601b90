//! The mediator's last look at the table: the amendment, what it is worth by the player's own
//! instructions, and the two answers; accepting signs the treaty as amended.

use crate::common::*;
use bevy::prelude::App;
use portsmouth::engine::agents;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::Terms;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::{Author, LastLook};
use portsmouth::engine::play::view::SideView;
use portsmouth::game::screens::table::last_look::LastLookPanel;
use portsmouth::game::screens::table::likely::LikelyAnswer;
use portsmouth::game::session::{Difficulty, Opponent, Session};

/// A game of the session's scenario at the mediator's last look, `player`'s answer awaited:
/// `boulware` against the delegate, the delegate answering first where it is asked first.
fn awaiting(session: &Session, player: Side) -> Game {
    at_the_last_look(session.game.scenario(), ["boulware", "delegate"], player, |_| true)
        .expect("no game of the first seeds reached an amendment")
}

/// The first game of the first seeds, `names` playing Japan and Russia, that reaches the
/// mediator's last look with `player` to answer and an amendment `wanted` takes.
fn at_the_last_look(
    scenario: &std::sync::Arc<portsmouth::engine::scenario::Scenario>,
    names: [&str; 2],
    player: Side,
    wanted: impl Fn(&Game) -> bool,
) -> Option<Game> {
    for seed in 1..60 {
        let mut game = Game::new(scenario.clone(), seed);
        let mut seats =
            Side::BOTH.map(|side| agents::make(&names[side.index()].parse().unwrap(), side, seed, scenario).unwrap());
        while let Some(side) = game.to_move() {
            if game.state().last_look.awaiting() == Some(player) {
                if wanted(&game) {
                    return Some(game);
                }
                break;
            }
            let decision = seats[side.index()].decide(&SideView::new(&game, side));
            game.play(side, decision.turn).unwrap();
        }
    }
    None
}

/// A table where Japan, the player, is to answer the mediator's amendment: the app, the
/// treaty as agreed and the amendment's terms.
fn at_the_table_with_the_amendment() -> (App, Terms, Terms) {
    at_the_table_with_the_amendment_as(Side::Japan)
}

/// As `at_the_table_with_the_amendment`, with `player` to answer.
fn at_the_table_with_the_amendment_as(player: Side) -> (App, Terms, Terms) {
    let mut app = app();
    begin_at_the_table(&mut app, player, Opponent::Computer(Difficulty::Level(1)), 1);
    await_turn(&mut app);
    let game = awaiting(app.world().resource::<Session>(), player);
    let agreed = game.treaty_if_ended_now().unwrap();
    let amendment = game.state().proposal(Author::Mediator).terms;
    app.world_mut().resource_mut::<Session>().game = game;
    app.update();
    app.update();
    (app, agreed, amendment)
}

#[test]
fn the_player_answers_the_amendment_and_the_treaty_is_signed_as_amended() {
    let (mut app, agreed, amendment) = at_the_table_with_the_amendment();
    the::<LastLookPanel>(&mut app);
    let text = all_text(&mut app);
    assert!(text.contains("Before the signing"), "{text}");
    assert!(text.contains("By your instructions"), "{text}");
    // The board's other moves are not offered: only the two answers.
    let keys: Vec<String> = controls(&mut app).into_iter().map(|(k, _)| k).collect();
    assert!(keys.iter().any(|k| k == "Keep the treaty as agreed"), "{keys:?}");
    assert!(!keys.iter().any(|k| k == "break"), "{keys:?}");
    // Nor are the board's answer buttons or its term arrows, nor the likely answer to a draft:
    // there is nothing to draft.
    assert!(
        !keys
            .iter()
            .any(|k| k.starts_with("answer-") || k.starts_with("prev-") || k.starts_with("next-")),
        "{keys:?}"
    );
    let likely = app
        .world_mut()
        .query_filtered::<(), bevy::prelude::With<LikelyAnswer>>()
        .iter(app.world())
        .count();
    assert_eq!(likely, 0, "the likely answer is shown at the last look");
    let accept = control(&mut app, "Accept the amendment");
    press(&mut app, accept);
    let signed = run_until(&mut app, 60, |app| app.world().resource::<Session>().game.is_over());
    assert!(signed, "the talks did not end");
    let session = app.world().resource::<Session>();
    assert_eq!(session.game.state().last_look, LastLook::Done);
    assert_eq!(session.game.treaty(), Some(agreed.overlaid(&amendment)));
}

#[test]
fn keeping_the_treaty_as_agreed_signs_it_unchanged() {
    let (mut app, agreed, _) = at_the_table_with_the_amendment();
    let keep = control(&mut app, "Keep the treaty as agreed");
    press(&mut app, keep);
    let signed = run_until(&mut app, 60, |app| app.world().resource::<Session>().game.is_over());
    assert!(signed, "the talks did not end");
    assert_eq!(app.world().resource::<Session>().game.treaty(), Some(agreed));
}

#[test]
fn the_tour_photographs_the_amendment_waiting_for_the_player() {
    // The README's picture of the last look comes from this stop of the screenshot tour.
    let mut seen = false;
    crate::fit::walk_screens(
        crate::fit::at(1280, 720, 1.0),
        |name| name == "last_look",
        |_, app| {
            the::<LastLookPanel>(app);
            let text = all_text(app);
            assert!(text.contains("Before the signing"), "{text}");
            let session = app.world().resource::<Session>();
            assert_eq!(session.game.state().last_look.awaiting(), Some(Side::Japan));
            seen = true;
        },
    );
    assert!(seen, "the tour has no stop at the last look");
}

#[test]
fn ctrl_enter_sends_no_draft_at_the_last_look() {
    use bevy::prelude::{Entity, With};
    use bevy::window::PrimaryWindow;
    let (mut app, _, _) = at_the_table_with_the_amendment();
    let turns = app.world().resource::<Session>().game.state().turns_played;
    let window = app
        .world_mut()
        .query_filtered::<Entity, With<PrimaryWindow>>()
        .single(app.world())
        .unwrap();
    ctrl_enter(&mut app, window);
    for _ in 0..5 {
        app.update();
    }
    let session = app.world().resource::<Session>();
    assert_eq!(session.game.state().turns_played, turns, "a turn was sent");
    assert_eq!(session.game.state().last_look.awaiting(), Some(Side::Japan));
    assert!(session.notice.is_none(), "{:?}", session.notice);
}

/// The amendment can wait on the second mover with a turn of the first mover's still to come
/// (the treaty was complete before the last exchange ended): the header speaks of no
/// proposal, last or answerable, since the turn is only an answer to the mediator.
#[test]
fn at_the_last_look_the_header_speaks_of_no_proposal() {
    let (mut app, _, _) = at_the_table_with_the_amendment_as(Side::Russia);
    the::<LastLookPanel>(&mut app);
    let text = all_text(&mut app);
    assert!(text.contains("Your move, Witte"), "{text}");
    assert!(
        !text.contains("can still answer") && !text.contains("cannot be answered"),
        "{text}"
    );
}

/// A tutorial game at the last look, Japan to answer, whose amendment makes a different kind
/// of settlement: the delegate against itself over the first seeds.
fn at_a_new_settlement(scenario: &std::sync::Arc<portsmouth::engine::scenario::Scenario>) -> Game {
    use portsmouth::engine::scenario::classify_treaty;
    at_the_last_look(scenario, ["delegate", "delegate"], Side::Japan, |game| {
        let agreed = game.treaty_if_ended_now().unwrap();
        let amended = agreed.overlaid(&game.state().proposal(Author::Mediator).terms);
        classify_treaty(scenario, &agreed) != classify_treaty(scenario, &amended)
    })
    .expect("no tutorial game of the first seeds reached an amendment that changes the settlement")
}

/// An amendment that makes a different kind of settlement says so, naming both: in the
/// tutorial, Russia keeping Sakhalin becomes the Portsmouth bargain.
#[test]
fn an_amendment_that_changes_the_kind_of_settlement_says_so() {
    use portsmouth::game::Screen;
    use portsmouth::game::catalog::Catalog;
    use portsmouth::game::screens::{Begin, BeginNegotiating, Go, NewGameEdit};
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    let tutorial = app
        .world()
        .resource::<Catalog>()
        .playable()
        .position(|(s, _)| s.id == "tutorial")
        .expect("the tutorial is listed");
    send(&mut app, NewGameEdit::Scenario(tutorial));
    send(&mut app, NewGameEdit::Side(Side::Japan));
    send(
        &mut app,
        NewGameEdit::Opponent(Opponent::Computer(Difficulty::Level(2))),
    );
    send(&mut app, NewGameEdit::Seed(1));
    send(&mut app, Begin);
    send(&mut app, BeginNegotiating);
    await_turn(&mut app);
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    assert_eq!(scenario.id, "tutorial");
    app.world_mut().resource_mut::<Session>().game = at_a_new_settlement(&scenario);
    app.update();
    app.update();
    the::<LastLookPanel>(&mut app);
    let text = all_text(&mut app);
    assert!(
        text.contains("The settlement changes: Russia keeps Sakhalin → The Portsmouth bargain."),
        "{text}"
    );
}

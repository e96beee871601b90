//! The decision stays in view: the read-back (with the worth line and any refusal) and the
//! turn's buttons are in a fixed footer, outside the board's scrolling area, and the board
//! keeps its scroll position when the table is redrawn.

use crate::common::*;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::Screen;
use portsmouth::game::draft::{Answer, Edit, Offeror, SendDraft};
use portsmouth::game::screens::table::{Board, BoardScroll, Decision, ReadBack};
use portsmouth::game::screens::{BeginNegotiating, Go, NewGameEdit};
use portsmouth::game::session::{Difficulty, Opponent, Session};

fn one<C: Component>(app: &mut App) -> Entity {
    let world = app.world_mut();
    let mut query = world.query_filtered::<Entity, With<C>>();
    let found: Vec<Entity> = query.iter(world).collect();
    assert_eq!(found.len(), 1, "exactly one {}", std::any::type_name::<C>());
    found[0]
}

fn inside(app: &App, entity: Entity, ancestor: Entity) -> bool {
    let mut at = entity;
    while let Some(parent) = app.world().get::<ChildOf>(at) {
        at = parent.parent();
        if at == ancestor {
            return true;
        }
    }
    false
}

#[test]
fn the_decision_is_a_fixed_footer_and_the_board_scrolls() {
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 9);
    until_their_terms_are_on_the_table(&mut app);
    assert_eq!(screen(&app), Screen::Table);

    let (board, scroll, footer, read_back) = (
        one::<Board>(&mut app),
        one::<BoardScroll>(&mut app),
        one::<Decision>(&mut app),
        one::<ReadBack>(&mut app),
    );
    assert!(inside(&app, board, scroll), "the board is in the scrolling area");
    assert!(inside(&app, read_back, footer), "the read-back is in the footer");
    assert!(
        !inside(&app, footer, scroll),
        "the footer does not scroll with the board"
    );
    let node = app.world().get::<Node>(scroll).unwrap();
    assert_eq!(node.overflow, Overflow::scroll_y());
    assert!(
        node.flex_grow > 0.0 && node.min_height == px(0),
        "the board takes what the footer leaves"
    );
    assert_eq!(
        app.world().get::<Node>(footer).unwrap().flex_shrink,
        0.0,
        "the footer never shrinks away"
    );
    // The scrolling area and the footer share the left column, the footer last.
    let column = app.world().get::<ChildOf>(scroll).unwrap().parent();
    let children: Vec<Entity> = app.world().get::<Children>(column).unwrap().iter().collect();
    assert_eq!(children, vec![scroll, footer]);

    // A click on the board redraws the row it changed, in place: the board stays where it
    // was scrolled to.
    app.world_mut().get_mut::<ScrollPosition>(scroll).unwrap().0 = Vec2::new(0.0, 120.0);
    send(
        &mut app,
        Edit::Answer {
            to: Offeror::Counterpart,
            article: 0,
            answer: Some(Answer::SetAside),
        },
    );
    let again = one::<BoardScroll>(&mut app);
    assert_eq!(again, scroll, "the board's scrolling area is kept, not drawn again");
    assert_eq!(app.world().get::<ScrollPosition>(again).unwrap().0.y, 120.0);

    // A refused move: the reason shows in the footer's read-back, not under the board.
    // (Japan's opening terms include all of Sakhalin: Witte may not accept them.)
    send(
        &mut app,
        Edit::AnswerAll {
            to: Offeror::Counterpart,
            answer: Some(Answer::Accept),
        },
    );
    send(&mut app, SendDraft);
    app.update();
    let read_back = one::<ReadBack>(&mut app);
    let world = app.world_mut();
    let mut texts = world.query::<(Entity, &Text)>();
    let refusal: Vec<Entity> = texts
        .iter(world)
        .filter(|(_, t)| t.0.starts_with("The move was not sent"))
        .map(|(e, _)| e)
        .collect();
    assert_eq!(refusal.len(), 1, "the refusal is shown once");
    assert!(
        inside(&app, refusal[0], read_back),
        "the refusal is in the footer's read-back"
    );
}

#[test]
fn the_read_back_closes_a_package_before_the_next_one() {
    let mut app = app();
    send(&mut app, Go(Screen::NewGame));
    send(&mut app, NewGameEdit::Side(Side::Russia));
    send(
        &mut app,
        NewGameEdit::Opponent(Opponent::Computer(Difficulty::Level(1))),
    );
    send(&mut app, portsmouth::game::screens::Begin);
    send(&mut app, BeginNegotiating);
    for _ in 0..10 {
        await_turn(&mut app);
        if app.world().resource::<Session>().view().negotiable().len() >= 3 {
            break;
        }
        send(&mut app, SendDraft);
    }
    send(&mut app, Edit::Reset);
    let open: Vec<usize> = app
        .world()
        .resource::<Session>()
        .view()
        .negotiable()
        .iter()
        .take(3)
        .collect();
    assert_eq!(open.len(), 3, "three articles on the agenda");
    // Two articles in package A, the third alone in package B.
    for &article in &open {
        send(
            &mut app,
            Edit::Choose {
                article,
                option: Some(0),
            },
        );
    }
    for a in 0..portsmouth::engine::play::moves::MAX_ARTICLES {
        if !open.contains(&a) && app.world().resource::<portsmouth::game::draft::Draft>().options[a].is_some() {
            send(
                &mut app,
                Edit::Choose {
                    article: a,
                    option: None,
                },
            );
        }
    }
    send(&mut app, Edit::NextPackage { article: open[2] });
    let scenario = app.world().resource::<Session>().game.scenario().clone();
    let last = format!(
        "{} — {}",
        scenario.articles[open[2]].title,
        scenario.option_label(open[2], 0)
    );
    // The read-back's own texts: the transcript beside it has "proposes:" lines too, and
    // which comes first in all_text depends on how entities were recycled.
    let read_back = {
        let panel = one::<ReadBack>(&mut app);
        let mut found = Vec::new();
        let mut stack = vec![panel];
        while let Some(at) = stack.pop() {
            if let Some(text) = app.world().get::<Text>(at) {
                found.push(text.0.clone());
            }
            if let Some(children) = app.world().get::<Children>(at) {
                stack.extend(children.iter().rev());
            }
        }
        found.join("\n")
    };
    let proposing = read_back
        .lines()
        .find(|l| l.contains("proposes:"))
        .unwrap_or_else(|| panic!("a proposal in the read-back: {read_back}"));
    assert!(
        proposing.contains("proposes: (together, all or nothing: ") && proposing.ends_with(&format!("); {last}")),
        "the package is closed before the lone article: {proposing}"
    );
}

/// The box of the control with focus key `key`, in physical pixels.
fn box_of(app: &mut App, key: &str) -> Rect {
    let button = control(app, key);
    let node = app.world().get::<ComputedNode>(button).unwrap();
    let at = app.world().get::<UiGlobalTransform>(button).unwrap();
    Rect::from_center_size(at.translation, node.size())
}

#[test]
fn send_stays_at_the_foot_and_right_end_of_the_column_however_the_actions_change() {
    let mut app = crate::fit::layout_app(1280, 720, 1.0);
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 9);
    until_their_terms_are_on_the_table(&mut app);
    for _ in 0..3 {
        app.update();
    }
    let send_at = box_of(&mut app, "Send turn");
    let column = {
        let world = app.world_mut();
        let mut names = world.query::<(&Name, &ComputedNode, &UiGlobalTransform)>();
        let (_, node, at) = names.iter(world).find(|(n, ..)| n.as_str() == "Negotiation").unwrap();
        Rect::from_center_size(at.translation, node.size())
    };
    assert!(
        (send_at.max.x - column.max.x).abs() < 2.0,
        "Send ends where the column does: {send_at:?} in {column:?}"
    );
    assert!(
        (send_at.max.y - column.max.y).abs() < 2.0,
        "Send sits at the column's foot: {send_at:?} in {column:?}"
    );
    // A press statement chosen relabels its button ("Press: …"), wider; Send does not move.
    send(&mut app, Edit::Action(portsmouth::game::draft::ActionChoice::Press(0)));
    for _ in 0..3 {
        app.update();
    }
    let press = box_of(&mut app, "press");
    assert!(press.width() > 0.0);
    assert_eq!(box_of(&mut app, "Send turn"), send_at, "Send stays under the pointer");
}

//! The table updates in place: it is laid out once, and a change redraws only the parts
//! that show it — an arrow on the board redraws the board and the decision under it, not
//! the header, the meters, the transcript or the map; a tab redraws the side column, not
//! the board. The side column and the board keep their scroll positions, and the focused
//! button keeps the focus.

use crate::common::*;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use portsmouth::engine::play::side::Side;
use portsmouth::game::draft::{Draft, Edit};
use portsmouth::game::screens::table::{Board, BoardRow, Panel, Part, ShowPanel, TableRoot};
use portsmouth::game::session::{Difficulty, Opponent, Session};
use portsmouth::game::theme::widget::FocusKey;
use std::collections::HashSet;

fn at_the_table() -> App {
    let mut app = app();
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(1)), 11);
    until_their_terms_are_on_the_table(&mut app);
    app
}

/// Every entity under the table's root.
fn table_entities(app: &mut App) -> HashSet<Entity> {
    let world = app.world_mut();
    let root = world.query_filtered::<Entity, With<TableRoot>>().single(world).unwrap();
    let mut found = descendants(world, root);
    found.insert(root);
    found
}

/// Every entity under `node`, not counting it.
fn descendants(world: &World, node: Entity) -> HashSet<Entity> {
    let mut found = HashSet::new();
    let mut queue: Vec<Entity> = world
        .get::<Children>(node)
        .map_or_else(Vec::new, |c| c.iter().collect());
    while let Some(e) = queue.pop() {
        found.insert(e);
        if let Some(children) = world.get::<Children>(e) {
            queue.extend(children.iter());
        }
    }
    found
}

/// The entities under the node of `part` (the node itself stays for the table's life).
pub(crate) fn part_entities(app: &mut App, part: Part) -> HashSet<Entity> {
    let world = app.world_mut();
    let node = world
        .query::<(Entity, &Part)>()
        .iter(world)
        .find(|(_, p)| **p == part)
        .map(|(e, _)| e)
        .expect("the part is on the table");
    descendants(world, node)
}

/// The entities of article `a`'s row on the board.
fn row_entities(app: &mut App, a: usize) -> HashSet<Entity> {
    let world = app.world_mut();
    let row = world
        .query::<(Entity, &BoardRow)>()
        .iter(world)
        .find(|(_, r)| r.0 == a)
        .map(|(e, _)| e)
        .expect("the article has a row");
    descendants(world, row)
}

/// The control with focus key `key`.
fn keyed(app: &mut App, key: &str) -> Entity {
    let world = app.world_mut();
    world
        .query::<(Entity, &FocusKey)>()
        .iter(world)
        .find(|(_, k)| k.0 == key)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("{key} is on the table"))
}

fn one<C: Component>(app: &mut App) -> Entity {
    let world = app.world_mut();
    world.query_filtered::<Entity, With<C>>().single(world).unwrap()
}

/// An article the player may still step on.
fn steppable(app: &App) -> usize {
    let session = app.world().resource::<Session>();
    let view = session.view();
    (0..view.public().articles.len())
        .find(|&a| {
            view.negotiable().contains(a)
                && !matches!(view.status(a), portsmouth::engine::play::state::Status::Agreed(_))
        })
        .expect("an open article")
}

#[test]
fn an_arrow_redraws_the_board_and_the_decision_and_nothing_else() {
    let mut app = at_the_table();
    let header = part_entities(&mut app, Part::Header);
    let side = part_entities(&mut app, Part::Side);
    let board = part_entities(&mut app, Part::Board);
    let everything = table_entities(&mut app);
    let article = steppable(&app);
    let before = app.world().resource::<Draft>().options[article];
    let stepped_before = row_entities(&mut app, article);
    let other = (0..app.world().resource::<Session>().game.scenario().articles.len())
        .find(|&a| a != article)
        .unwrap();
    let other_row = row_entities(&mut app, other);
    let arrows_at_first: Vec<Entity> = ["prev", "next"]
        .iter()
        .map(|k| keyed(&mut app, &format!("{k}-{article}")))
        .collect();

    send(&mut app, Edit::Step { article, by: 1 });
    assert_ne!(
        app.world().resource::<Draft>().options[article],
        before,
        "the arrow moved the draft"
    );

    let after = table_entities(&mut app);
    assert!(header.is_subset(&after), "the header was drawn again for an arrow");
    assert!(side.is_subset(&after), "the side column was drawn again for an arrow");
    let stepped = row_entities(&mut app, article);
    assert!(
        !stepped_before.is_subset(&stepped),
        "the row stepped on shows the new term"
    );
    let arrows: Vec<Entity> = ["prev", "next"]
        .iter()
        .map(|k| keyed(&mut app, &format!("{k}-{article}")))
        .collect();
    assert_eq!(arrows, arrows_at_first, "the arrows stay, the same buttons");
    assert!(
        other_row.is_subset(&after),
        "a row the arrow did not touch was drawn again"
    );
    let kept = everything.intersection(&after).count();
    let redrawn = after.len() - kept;
    eprintln!(
        "an arrow: {redrawn} of {} table entities drawn again (header {}, side {}, board {})",
        after.len(),
        header.len(),
        side.len(),
        board.len()
    );
    assert!(
        redrawn * 3 < after.len(),
        "an arrow drew {redrawn} of {} entities again",
        after.len()
    );
}

#[test]
fn a_tab_redraws_the_side_column_and_keeps_the_board() {
    let mut app = at_the_table();
    let board = part_entities(&mut app, Part::Board);
    let header = part_entities(&mut app, Part::Header);
    let board_panel = one::<Board>(&mut app);

    send(&mut app, ShowPanel(Panel::Map));
    app.update();
    let after = table_entities(&mut app);
    assert!(board.is_subset(&after), "the board was drawn again for a tab");
    assert!(header.is_subset(&after), "the header was drawn again for a tab");
    assert_eq!(one::<Board>(&mut app), board_panel);
    let world = app.world_mut();
    let maps = world
        .query_filtered::<Entity, With<portsmouth::game::map::MapPanel>>()
        .iter(world)
        .count();
    assert_eq!(maps, 1, "the map tab is open");
}

#[test]
fn the_side_column_keeps_its_scroll_and_the_arrow_keeps_the_focus() {
    let mut app = at_the_table();
    let side_node = {
        let world = app.world_mut();
        world
            .query::<(Entity, &Part)>()
            .iter(world)
            .find(|(_, p)| **p == Part::Side)
            .unwrap()
            .0
    };
    app.world_mut()
        .entity_mut(side_node)
        .insert(ScrollPosition(Vec2::new(0.0, 120.0)));
    let article = steppable(&app);
    let key = format!("next-{article}");
    let arrow = keyed(&mut app, &key);
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(arrow, bevy::input_focus::FocusCause::Navigated);

    send(&mut app, Edit::Step { article, by: 1 });
    app.update();

    let world = app.world();
    assert_eq!(
        world.get::<ScrollPosition>(side_node).map(|p| p.0.y),
        Some(120.0),
        "the side column kept its scroll position"
    );
    let focused = world.resource::<InputFocus>().get().expect("something has the focus");
    assert_eq!(
        focused, arrow,
        "the arrow pressed is the same button, and keeps the focus"
    );
}

#[test]
fn an_answer_button_keeps_the_focus_and_its_label_follows_the_answer() {
    let mut app = at_the_table();
    let session = app.world().resource::<Session>();
    let view = session.view();
    let article = (0..view.public().articles.len())
        .find(|&a| view.opponent_proposal().terms.get(a).is_some())
        .expect("their offer is on the table");
    let key = format!("answer-0-{article}");
    let button = keyed(&mut app, &key);
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(button, bevy::input_focus::FocusCause::Navigated);
    let label = |app: &mut App| {
        let world = app.world_mut();
        let children: Vec<Entity> = world.get::<Children>(button).unwrap().iter().collect();
        children
            .into_iter()
            .find_map(|c| world.get::<Text>(c).map(|t| t.0.clone()))
            .unwrap()
    };
    let before = label(&mut app);
    // Pressed as a player presses it: the button works out the next answer itself.
    app.world_mut().trigger(bevy::ui_widgets::Activate { entity: button });
    app.update();
    app.update();
    assert_eq!(keyed(&mut app, &key), button, "the answer button stays");
    assert_eq!(
        app.world().resource::<InputFocus>().get(),
        Some(button),
        "and keeps the focus"
    );
    let after = label(&mut app);
    assert!(after.starts_with("ACCEPT · "), "{before:?} became {after:?}");
    app.world_mut().trigger(bevy::ui_widgets::Activate { entity: button });
    app.update();
    app.update();
    assert!(label(&mut app).starts_with("REJECT · "), "a second press rejects");
}

#[test]
fn a_new_turn_redraws_every_part() {
    let mut app = at_the_table();
    let header = part_entities(&mut app, Part::Header);
    send(&mut app, portsmouth::game::draft::SendDraft);
    await_turn(&mut app);
    let after = table_entities(&mut app);
    assert!(
        header.is_disjoint(&after),
        "the header was drawn again for the new turn"
    );
}

/// The board's texts in the order they are laid out.
fn board_in_order(app: &mut App) -> Vec<String> {
    fn walk(world: &World, e: Entity, out: &mut Vec<String>) {
        if let Some(text) = world.get::<Text>(e) {
            out.push(text.0.clone());
        }
        if let Some(children) = world.get::<Children>(e) {
            for child in children.iter() {
                walk(world, child, out);
            }
        }
    }
    let board = one::<Board>(app);
    let mut out = Vec::new();
    walk(app.world(), board, &mut out);
    out
}

#[test]
fn a_board_redrawn_row_by_row_reads_as_one_drawn_whole() {
    use portsmouth::game::draft::{Answer, Offeror};
    let mut app = at_the_table();
    let articles = app.world().resource::<Session>().game.scenario().articles.len();
    let mut edits = vec![Edit::CounterFromOffer];
    for a in 0..articles {
        edits.push(Edit::Step { article: a, by: 1 });
        edits.push(Edit::NextPackage { article: a });
        edits.push(Edit::Answer {
            to: Offeror::Counterpart,
            article: a,
            answer: Some(if a % 2 == 0 { Answer::Reject } else { Answer::SetAside }),
        });
        edits.push(Edit::Step {
            article: (a * 5) % articles,
            by: -1,
        });
    }
    edits.push(Edit::RepeatOwn);
    edits.push(Edit::Reset);
    for (i, edit) in edits.into_iter().enumerate() {
        send(&mut app, edit);
        let by_rows = board_in_order(&mut app);
        // Drawn whole, as after a change of the game.
        app.world_mut().resource_mut::<Session>().set_changed();
        app.update();
        let whole = board_in_order(&mut app);
        assert_eq!(
            by_rows, whole,
            "after edit {i} ({edit:?}) the rows drawn alone differ from the whole board"
        );
    }
}

//! A list longer than its box says so: the title screen's scenarios at 1280×720 scroll with
//! the wheel, and a thumb at the box's right edge shows how far down the reader is, moves
//! as the list scrolls, and scrolls it when dragged.

use crate::fit::layout_app;
use bevy::camera::NormalizedRenderTarget;
use bevy::picking::events::{Drag, Pointer};
use bevy::picking::pointer::{Location, PointerButton, PointerId};
use bevy::prelude::*;
use portsmouth::game::theme::scroll_thumb::ScrollThumb;

fn named(app: &mut App, name: &str) -> Entity {
    let world = app.world_mut();
    let mut names = world.query::<(Entity, &Name)>();
    names
        .iter(world)
        .find(|(_, n)| n.as_str() == name)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn thumb_of(app: &mut App, area: Entity) -> Entity {
    let world = app.world_mut();
    let children: Vec<Entity> = world
        .get::<Children>(area)
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    let thumbs: Vec<Entity> = children
        .into_iter()
        .filter(|&c| world.get::<ScrollThumb>(c).is_some())
        .collect();
    assert_eq!(thumbs.len(), 1, "one thumb per scrolling area");
    thumbs[0]
}

/// The thumb's box in physical pixels: (top, bottom, left, right).
fn thumb_box(app: &App, thumb: Entity) -> (f32, f32, f32, f32) {
    let node = app.world().get::<ComputedNode>(thumb).unwrap();
    let centre = app.world().get::<UiGlobalTransform>(thumb).unwrap().translation;
    let half = node.size() / 2.0;
    (
        centre.y - half.y,
        centre.y + half.y,
        centre.x - half.x,
        centre.x + half.x,
    )
}

fn area_box(app: &App, area: Entity) -> Rect {
    let node = app.world().get::<ComputedNode>(area).unwrap();
    let centre = app.world().get::<UiGlobalTransform>(area).unwrap().translation;
    Rect::from_center_size(centre, node.size())
}

fn settle(app: &mut App) {
    for _ in 0..3 {
        app.update();
    }
}

#[test]
fn the_scenario_list_at_1280x720_shows_a_thumb_that_follows_the_scroll_and_can_be_dragged() {
    let mut app = layout_app(1280, 720, 1.0);
    let list = named(&mut app, "Scenarios");
    assert!(
        app.world().get::<bevy::ui_widgets::ScrollArea>(list).is_some(),
        "the wheel must scroll the scenario list"
    );
    let thumb = thumb_of(&mut app, list);
    let frame = area_box(&app, list);
    let (top, bottom, left, right) = thumb_box(&app, thumb);
    assert!(
        bottom - top > 20.0,
        "the list overflows at 1280×720, so its thumb shows: {top}..{bottom}"
    );
    assert!(
        bottom - top < frame.height() * 0.95,
        "a thumb shorter than the track: {top}..{bottom}"
    );
    assert!(
        right <= frame.max.x && left >= frame.max.x - 12.0,
        "at the right edge: {left}..{right} in {frame:?}"
    );
    assert!(
        (top - frame.min.y).abs() < 6.0,
        "at the top before any scrolling: {top} in {frame:?}"
    );

    // Scrolled to the end (as the wheel does), the thumb reaches the bottom of the box.
    app.world_mut().get_mut::<ScrollPosition>(list).unwrap().y = 100_000.0;
    settle(&mut app);
    let (_, end_bottom, _, _) = thumb_box(&app, thumb);
    assert!(
        (frame.max.y - end_bottom).abs() < 6.0,
        "at the bottom when scrolled to the end: {end_bottom} in {frame:?}"
    );

    // Dragged up by the length of its free track, it brings the list back to its top.
    let free = frame.height() - (bottom - top);
    app.world_mut().trigger(Pointer::new(
        PointerId::Mouse,
        Location {
            target: NormalizedRenderTarget::None {
                width: 1280,
                height: 720,
            },
            position: Vec2::ZERO,
        },
        Drag {
            button: PointerButton::Primary,
            distance: Vec2::new(0.0, -free),
            delta: Vec2::new(0.0, -free),
        },
        thumb,
    ));
    settle(&mut app);
    assert_eq!(app.world().get::<ScrollPosition>(list).unwrap().y, 0.0);
    let (back_top, _, _, _) = thumb_box(&app, thumb);
    assert!((back_top - top).abs() < 1.0, "back at the top: {back_top} v {top}");
}

#[test]
fn no_thumb_where_everything_is_in_view() {
    let mut app = layout_app(1920, 1080, 1.0);
    // The title column fits a large window whole.
    let column = named(&mut app, "Title column");
    let thumb = thumb_of(&mut app, column);
    let node = app.world().get::<ComputedNode>(thumb).unwrap();
    assert_eq!(node.size(), Vec2::ZERO, "nothing to scroll, nothing drawn");
}

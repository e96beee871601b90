//! A thin thumb at the right edge of every area that scrolls (`ScrollArea`), shown while its
//! content is taller than the area: without it a reader at a small window cannot tell that a
//! list goes on below its last visible line. The thumb shows how far down the reader is and
//! can be dragged; the wheel and the keyboard scroll the area as before.
//!
//! The thumb is a child of its area so that it stacks and clips with it (a dialog above the
//! page covers it), laid out as nothing (absolute, zero size); after layout it is given its
//! size and place from the area's, as Bevy's own `Scrollbar` widget places its thumb.
//! Areas whose content is redrawn lose it with their children and get a new one.

use super::palette::{RULE, SEPIA};
use bevy::math::Affine2;
use bevy::prelude::*;
use bevy::ui::{ResolvedBorderRadius, UiSystems, ui_layout_system};
use bevy::ui_widgets::ScrollArea;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, give_every_area_a_thumb);
    app.add_systems(
        PostUpdate,
        place_thumbs.in_set(UiSystems::Layout).after(ui_layout_system),
    );
}

/// The thumb of the scrolling area that is its parent.
#[derive(Component, Debug)]
pub struct ScrollThumb;

/// Logical pixels: the thumb's width, its gap from the area's right border and from its top
/// and bottom, and its shortest length (a long list still leaves something to grab).
const WIDTH: f32 = 5.0;
const GAP: f32 = 2.0;
const SHORTEST: f32 = 24.0;

fn give_every_area_a_thumb(
    mut commands: Commands,
    areas: Query<(Entity, Option<&Children>), With<ScrollArea>>,
    thumbs: Query<(), With<ScrollThumb>>,
) {
    for (area, children) in &areas {
        if children.is_some_and(|c| c.iter().any(|child| thumbs.contains(child))) {
            continue;
        }
        commands
            .spawn((
                Name::new("Scroll thumb"),
                ScrollThumb,
                Node {
                    position_type: PositionType::Absolute,
                    width: px(0),
                    height: px(0),
                    ..default()
                },
                BackgroundColor(RULE.with_alpha(0.75)),
                ChildOf(area),
            ))
            .observe(drag_thumb)
            .observe(|over: On<Pointer<Over>>, mut colours: Query<&mut BackgroundColor>| {
                if let Ok(mut colour) = colours.get_mut(over.entity) {
                    colour.0 = SEPIA;
                }
            })
            .observe(|out: On<Pointer<Out>>, mut colours: Query<&mut BackgroundColor>| {
                if let Ok(mut colour) = colours.get_mut(out.entity) {
                    colour.0 = RULE.with_alpha(0.75);
                }
            });
    }
}

/// Where a thumb lies in its area, in the area's physical pixels from its centre; `None`
/// while everything in the area is in view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThumbPlace {
    pub centre: Vec2,
    pub size: Vec2,
    /// Physical pixels of content per physical pixel the thumb moves.
    pub content_per_track: f32,
    /// How far the area scrolls, in logical pixels (the furthest `ScrollPosition`).
    pub reach: f32,
}

/// The thumb's place for an area of this computed size, content and scroll position.
pub fn thumb_place(area: &ComputedNode, scroll_logical: f32) -> Option<ThumbPlace> {
    let scale = area.inverse_scale_factor().recip();
    let visible = area.size().y - area.scrollbar_size.y;
    let content = area.content_size().y;
    let hidden = content - visible;
    if hidden <= scale {
        return None;
    }
    let border = area.border;
    let (gap, width) = (GAP * scale, WIDTH * scale);
    let track_top = -area.size().y / 2.0 + border.min_inset.y + gap;
    let track = area.size().y - border.min_inset.y - border.max_inset.y - 2.0 * gap;
    if track <= 0.0 {
        return None;
    }
    let length = (track * visible / content).max(SHORTEST * scale).min(track);
    let offset = (scroll_logical * scale).clamp(0.0, hidden);
    let free = (track - length).max(0.0);
    let top = track_top + if free > 0.0 { offset / hidden * free } else { 0.0 };
    let right = area.size().x / 2.0 - border.max_inset.x - gap;
    Some(ThumbPlace {
        centre: Vec2::new(right - width / 2.0, top + length / 2.0),
        size: Vec2::new(width, length),
        content_per_track: if free > 0.0 { hidden / free } else { 0.0 },
        reach: hidden / scale,
    })
}

type Areas<'w, 's> = Query<
    'w,
    's,
    (
        &'static ComputedNode,
        &'static UiGlobalTransform,
        &'static ScrollPosition,
    ),
    Without<ScrollThumb>,
>;

fn place_thumbs(
    areas: Areas,
    mut thumbs: Query<(&ChildOf, &mut ComputedNode, &mut UiGlobalTransform), With<ScrollThumb>>,
) {
    for (parent, mut node, mut at) in &mut thumbs {
        let Ok((area, area_at, scroll)) = areas.get(parent.parent()) else {
            continue;
        };
        let place = thumb_place(area, scroll.y);
        let size = place.map_or(Vec2::ZERO, |p| p.size);
        if node.size != size || node.inverse_scale_factor != area.inverse_scale_factor() {
            node.size = size;
            node.unrounded_size = size;
            node.inverse_scale_factor = area.inverse_scale_factor();
            let round = size.x / 2.0;
            node.border_radius = ResolvedBorderRadius {
                top_left: round,
                top_right: round,
                bottom_right: round,
                bottom_left: round,
            };
        }
        let wanted = area_at.affine() * Affine2::from_translation(place.map_or(Vec2::ZERO, |p| p.centre));
        if at.affine() != wanted {
            *at = wanted.into();
        }
    }
}

/// Dragging the thumb scrolls its area as far as the thumb moves, in proportion.
fn drag_thumb(
    mut drag: On<Pointer<Drag>>,
    parents: Query<&ChildOf>,
    mut areas: Query<(&ComputedNode, &mut ScrollPosition)>,
) {
    drag.propagate(false);
    let Some(area) = parents.get(drag.entity).ok().map(ChildOf::parent) else {
        return;
    };
    let Ok((node, mut scroll)) = areas.get_mut(area) else {
        return;
    };
    let Some(place) = thumb_place(node, scroll.y) else {
        return;
    };
    // The position may lie beyond the end (layout clamps what it draws, not the component).
    // The drag is in logical pixels; the ratio of content to track is the same in either unit.
    scroll.y = (scroll.y.clamp(0.0, place.reach) + drag.delta.y * place.content_per_track).clamp(0.0, place.reach);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(height: f32, content: f32, scale: f32) -> ComputedNode {
        ComputedNode {
            size: Vec2::new(400.0 * scale, height * scale),
            content_size: Vec2::new(400.0 * scale, content * scale),
            inverse_scale_factor: scale.recip(),
            ..default()
        }
    }

    #[test]
    fn no_thumb_while_everything_is_in_view() {
        assert_eq!(thumb_place(&area(600.0, 600.0, 1.0), 0.0), None);
        assert_eq!(thumb_place(&area(600.0, 300.0, 1.0), 0.0), None);
    }

    #[test]
    fn the_thumb_runs_from_the_top_to_the_bottom_of_the_track_in_proportion() {
        let a = area(600.0, 1200.0, 1.0);
        let top = thumb_place(&a, 0.0).unwrap();
        let bottom = thumb_place(&a, 600.0).unwrap();
        // Half the content in view: a thumb half the track long.
        assert!((top.size.y - (600.0 - 2.0 * GAP) / 2.0).abs() < 0.01, "{top:?}");
        assert!(
            (top.centre.y - top.size.y / 2.0 - (-300.0 + GAP)).abs() < 0.01,
            "{top:?}"
        );
        assert!(
            (bottom.centre.y + bottom.size.y / 2.0 - (300.0 - GAP)).abs() < 0.01,
            "{bottom:?}"
        );
        // At the right edge, inside the area.
        assert!(top.centre.x + top.size.x / 2.0 <= 200.0 - GAP + 0.01);
        // A scroll beyond the end stays at the end.
        assert_eq!(thumb_place(&a, 5000.0), Some(bottom));
        // Dragging the thumb over its free track scrolls over the hidden content.
        assert!((bottom.content_per_track * (bottom.centre.y - top.centre.y) - 600.0).abs() < 0.01);
    }

    #[test]
    fn a_long_list_keeps_a_thumb_to_grab_at_any_scale() {
        for scale in [0.75, 1.0, 2.0] {
            let place = thumb_place(&area(300.0, 30_000.0, scale), 0.0).unwrap();
            assert!((place.size.y - SHORTEST * scale).abs() < 0.01, "{place:?}");
            assert!((place.size.x - WIDTH * scale).abs() < 0.01, "{place:?}");
        }
    }
}

//! One tooltip for the whole window: the help of the button under the pointer, or of the
//! focused one when the player uses the keyboard, drawn just below (or above) it.

use super::Fonts;
use super::palette::*;
use super::widget::{self, Tip};
use crate::i18n::phrases::unjoined;
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn_tooltip);
    app.add_systems(PostUpdate, show_tooltip.before(bevy::ui::UiSystems::Layout));
}

#[derive(Component)]
pub struct Tooltip;

/// The widest a tooltip grows (its text wraps), in logical pixels.
const TIP_WIDTH: f32 = 360.0;

fn spawn_tooltip(mut commands: Commands, fonts: Res<Fonts>) {
    commands.spawn((
        Name::new("Tooltip"),
        Tooltip,
        Node {
            position_type: PositionType::Absolute,
            max_width: px(TIP_WIDTH),
            padding: UiRect::axes(px(8), px(4)),
            border: UiRect::all(px(1)),
            display: Display::None,
            ..default()
        },
        GlobalZIndex(100),
        // Opaque: through a translucent tip the labels of the buttons below showed between
        // its lines.
        BackgroundColor(INK),
        BorderColor::all(RULE),
        children![widget::text(&fonts, "", 15.0, TELEGRAPH)],
    ));
}

#[allow(clippy::type_complexity)]
fn show_tooltip(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    // Hovered, or moved: a control focused as it is spawned (a question's Stay) is laid
    // out a frame later.
    changed: Query<(), (With<Tip>, Or<(Changed<Hovered>, Changed<UiGlobalTransform>)>)>,
    buttons: Query<(Entity, &Tip, &Hovered, &ComputedNode, &UiGlobalTransform)>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut tooltip: Query<(&mut Node, &Children), With<Tooltip>>,
    mut texts: Query<&mut Text>,
) {
    if changed.is_empty() && !focus.is_changed() && !visible.is_changed() {
        return;
    }
    let Ok((mut node, children)) = tooltip.single_mut() else {
        return;
    };
    let target = buttons.iter().find(|(_, _, hovered, _, _)| hovered.get()).or_else(|| {
        let focused = focus.get().filter(|_| visible.0)?;
        buttons.iter().find(|(e, ..)| *e == focused)
    });
    let Some((_, tip, _, computed, transform)) = target.filter(|(_, _, _, c, _)| c.size != Vec2::ZERO) else {
        node.display = Display::None;
        return;
    };
    if let Some(mut text) = children.first().and_then(|c| texts.get_mut(*c).ok())
        && unjoined(&text.0) != tip.0
    {
        text.0.clone_from(&tip.0);
    }
    let scale = computed.inverse_scale_factor;
    let centre = transform.translation;
    let size = computed.size;
    let (window_width, window_height) = windows.single().map_or((f32::MAX, f32::MAX), |w| {
        (w.physical_width() as f32, w.physical_height() as f32)
    });
    node.display = Display::Flex;
    // Below the button from its left edge; for a button near the right edge (Title, Save),
    // from its right edge leftwards, so the tip stays on the window.
    let left = ((centre.x - size.x / 2.0) * scale).max(4.0);
    if left + TIP_WIDTH + 4.0 > window_width * scale {
        node.left = Val::Auto;
        node.right = px(((window_width - (centre.x + size.x / 2.0)) * scale).max(4.0));
    } else {
        node.right = Val::Auto;
        node.left = px(left);
    }
    if centre.y + size.y / 2.0 > window_height * 0.8 {
        node.top = Val::Auto;
        node.bottom = px((window_height - (centre.y - size.y / 2.0)) * scale + 4.0);
    } else {
        node.bottom = Val::Auto;
        node.top = px((centre.y + size.y / 2.0) * scale + 4.0);
    }
}

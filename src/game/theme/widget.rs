//! Widgets as functions returning bundles. Buttons are `bevy::ui_widgets::Button`, so Enter
//! and Space activate them as well as a click; each carries an accessible label and shows a
//! focus ring when reached with Tab.

use super::Fonts;
use super::palette::*;
use bevy::ecs::system::IntoObserverSystem;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::ui::Pressed;
use bevy::ui_widgets::{Activate, Button};

pub(super) fn plugin(app: &mut App) {
    app.add_observer(restyle_button::<Insert, Hovered>);
    app.add_observer(restyle_button::<Add, Pressed>);
    app.add_observer(restyle_button::<Remove, Pressed>);
    app.add_systems(Update, draw_focus_ring);
}

/// A full-window page of parchment with the given layout.
pub fn page(name: &'static str, layout: Node) -> impl Bundle {
    (
        Name::new(name),
        Node {
            width: percent(100),
            height: percent(100),
            ..layout
        },
        BackgroundColor(PARCHMENT),
    )
}

pub fn text(fonts: &Fonts, content: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    styled(&fonts.regular, content, size, color)
}

pub fn italic(fonts: &Fonts, content: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    styled(&fonts.italic, content, size, color)
}

fn styled(font: &Handle<Font>, content: impl Into<String>, size: f32, color: Color) -> impl Bundle {
    (
        Text::new(content),
        TextFont {
            font: font.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(color),
    )
}

/// A thin horizontal rule, like those between the articles of a protocol.
pub fn rule(width: Val) -> impl Bundle {
    (
        Name::new("Rule"),
        Node {
            width,
            height: px(1),
            margin: UiRect::vertical(px(4)),
            ..default()
        },
        BackgroundColor(RULE),
    )
}

/// Marks buttons styled by this theme.
#[derive(Component)]
pub struct ThemeButton;

/// A keyboard-reachable button that runs `action` when activated.
pub fn button<E: EntityEvent, B: Bundle, M: Send + Sync + 'static, I: IntoObserverSystem<E, B, M> + Send + Sync>(
    fonts: &Fonts,
    label: &str,
    action: I,
) -> impl Bundle {
    (
        Name::new(format!("Button: {label}")),
        Node {
            padding: UiRect::axes(px(28), px(8)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(3)),
            ..default()
        },
        Button,
        ThemeButton,
        Hovered::default(),
        TabIndex(0),
        AccessibleLabel::new(label),
        BackgroundColor(BUTTON),
        children![text(fonts, label, 24.0, BUTTON_TEXT)],
        bevy::ui_widgets::observe(action),
    )
}

fn restyle_button<E: EntityEvent, C: Component>(
    event: On<E, C>,
    mut buttons: Query<(&Hovered, Has<Pressed>, &mut BackgroundColor), With<ThemeButton>>,
) {
    let Ok((hovered, pressed, mut background)) = buttons.get_mut(event.event_target()) else {
        return;
    };
    // A Remove event fires before the component goes, so it still shows as present.
    let removing = std::any::type_name::<E>().ends_with("Remove");
    *background = match (pressed && !removing, hovered.get()) {
        (true, _) => BUTTON_PRESSED,
        (false, true) => BUTTON_HOVERED,
        (false, false) => BUTTON,
    }
    .into();
}

/// An outline around the focused button, once the player has used the keyboard.
fn draw_focus_ring(
    mut commands: Commands,
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    buttons: Query<Entity, With<ThemeButton>>,
) {
    if !focus.is_changed() && !visible.is_changed() {
        return;
    }
    for button in &buttons {
        if visible.0 && focus.get() == Some(button) {
            commands.entity(button).insert(Outline {
                width: px(3),
                offset: px(3),
                color: FOCUS,
            });
        } else {
            commands.entity(button).remove::<Outline>();
        }
    }
}

/// Shorthand for an action's trigger type.
pub type Activated<'w, 't> = On<'w, 't, Activate>;

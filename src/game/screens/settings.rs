//! Settings: UI scale (for projectors), full screen and text size, saved to the profile
//! folder as soon as they change.

use super::{Go, Screen};
use crate::game::paths::Profile;
use crate::game::settings::{Settings, TEXT_SIZES, UI_SCALES};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn_root);
    app.add_systems(
        Update,
        (widget::remember_focus, redraw).chain().run_if(
            in_state(Screen::Settings).and_then(resource_changed::<Settings>.or_else(any_with_component::<Fresh>)),
        ),
    );
    app.add_observer(change);
}

#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum SettingsEdit {
    UiScale(f32),
    TextSize(f32),
    Fullscreen(bool),
}

#[derive(Component)]
struct SettingsRoot;

/// A root not yet filled.
#[derive(Component)]
struct Fresh;

/// What the last save of the settings said, if it failed.
#[derive(Resource, Default)]
struct SaveProblem(Option<String>);

fn spawn_root(mut commands: Commands) {
    commands.spawn((
        super::screen_root(
            "Settings screen",
            Screen::Settings,
            Node {
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: px(14),
                ..default()
            },
        ),
        SettingsRoot,
        Fresh,
    ));
}

fn change(event: On<SettingsEdit>, mut commands: Commands, mut settings: ResMut<Settings>, profile: Res<Profile>) {
    match *event.event() {
        SettingsEdit::UiScale(s) => settings.ui_scale = s,
        SettingsEdit::TextSize(s) => settings.text_size = s,
        SettingsEdit::Fullscreen(on) => settings.fullscreen = on,
    }
    commands.insert_resource(SaveProblem(settings.save(&profile).err()));
}

fn redraw(
    mut commands: Commands,
    fonts: Res<Fonts>,
    settings: Res<Settings>,
    profile: Res<Profile>,
    problem: Option<Res<SaveProblem>>,
    roots: Query<Entity, With<SettingsRoot>>,
) {
    let Ok(root) = roots.single() else { return };
    let f = fonts.as_ref();
    commands.entity(root).remove::<Fresh>().despawn_related::<Children>();
    commands.entity(root).with_children(|page| {
        page.spawn(widget::text(f, "Settings", 40.0, INK));
        let mark = |on: bool, label: String| if on { format!("• {label}") } else { label };
        page.spawn(widget::italic(
            f,
            "Interface scale — larger for a projector",
            18.0,
            SEPIA,
        ));
        page.spawn(widget::row(8.0)).with_children(|row| {
            for scale in UI_SCALES {
                let label = format!("{:.0}%", scale * 100.0);
                row.spawn(widget::keyed_button(
                    f,
                    &mark(settings.ui_scale == scale, label.clone()),
                    &format!("Interface scale {label}"),
                    &format!("scale-{label}"),
                    "Scales the whole interface",
                    SettingsEdit::UiScale(scale),
                ));
            }
        });
        page.spawn(widget::italic(f, "Text size", 18.0, SEPIA));
        page.spawn(widget::row(8.0)).with_children(|row| {
            for size in TEXT_SIZES {
                let label = format!("{:.0}%", size * 100.0);
                row.spawn(widget::keyed_button(
                    f,
                    &mark(settings.text_size == size, label.clone()),
                    &format!("Text size {label}"),
                    &format!("text-{label}"),
                    "Scales the text only",
                    SettingsEdit::TextSize(size),
                ));
            }
        });
        page.spawn(widget::italic(f, "Display", 18.0, SEPIA));
        let label = if settings.fullscreen {
            "Full screen: on"
        } else {
            "Full screen: off"
        };
        page.spawn(widget::keyed_button(
            f,
            label,
            label,
            "fullscreen",
            "Fill the screen (for a projector), or return to a window",
            SettingsEdit::Fullscreen(!settings.fullscreen),
        ));
        page.spawn(widget::italic(
            f,
            format!("Saved in {}", profile.settings().display()),
            14.0,
            SEPIA,
        ));
        if let Some(problem) = problem.as_ref().and_then(|p| p.0.clone()) {
            page.spawn(widget::italic(f, problem, 14.0, SEAL_RED));
        }
        page.spawn(widget::event_button(
            f,
            "Back",
            "Back to the title screen",
            Go(Screen::Title),
        ));
    });
}

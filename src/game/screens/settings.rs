//! Settings: presets for a desk or a projector, UI scale, text size, high contrast, the
//! presenter view, the teacher's tools and full screen, saved to the profile folder as soon
//! as they change.

use super::{Go, Screen};
use crate::game::paths::Profile;
use crate::game::settings::{
    Preset, Settings, TEXT_SIZES, UI_SCALES, fitted_scale, scale_fits, window_changed, window_needed,
};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn_root);
    app.add_systems(
        Update,
        (widget::remember_focus, redraw).chain().run_if(
            in_state(Screen::Settings).and_then(
                resource_changed::<Settings>
                    .or_else(any_with_component::<Fresh>)
                    .or_else(window_changed),
            ),
        ),
    );
    app.add_observer(change);
}

#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum SettingsEdit {
    UiScale(f32),
    TextSize(f32),
    Fullscreen(bool),
    Preset(Preset),
    HighContrast(bool),
    Presenter(bool),
    TeacherTools(bool),
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
                row_gap: px(12),
                padding: UiRect::all(px(16)),
                // Scrolls when a large UI scale makes the settings taller than the window
                // (the spacers above and below centre them otherwise).
                overflow: Overflow::scroll_y(),
                ..default()
            },
        ),
        SettingsRoot,
        Fresh,
        bevy::ui_widgets::ScrollArea,
    ));
}

fn change(event: On<SettingsEdit>, mut commands: Commands, mut settings: ResMut<Settings>, profile: Res<Profile>) {
    match *event.event() {
        SettingsEdit::UiScale(s) => settings.ui_scale = s,
        SettingsEdit::TextSize(s) => settings.text_size = s,
        SettingsEdit::Fullscreen(on) => settings.fullscreen = on,
        SettingsEdit::Preset(preset) => *settings = preset.apply(&settings),
        SettingsEdit::HighContrast(on) => settings.high_contrast = on,
        SettingsEdit::Presenter(on) => settings.presenter = on,
        SettingsEdit::TeacherTools(on) => settings.teacher_tools = on,
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
    windows: Query<&Window, With<bevy::window::PrimaryWindow>>,
) {
    let Ok(root) = roots.single() else { return };
    let window = windows.single().map_or(Vec2::ZERO, Window::size);
    let f = fonts.as_ref();
    commands.entity(root).remove::<Fresh>().despawn_related::<Children>();
    commands.entity(root).with_children(|page| {
        page.spawn(spacer());
        page.spawn(widget::text(f, "Settings", 40.0, INK));
        let mark = |on: bool, label: String| if on { format!("• {label}") } else { label };
        page.spawn(widget::italic(f, "Where the game is shown", 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for preset in Preset::ALL {
                row.spawn(widget::choice_button(
                    f,
                    &mark(preset.chosen(&settings), preset.label().to_string()),
                    &format!("Preset: {}", preset.label()),
                    &format!("preset-{}", preset.label()),
                    match preset {
                        Preset::Desk => "Normal size and the paper palette, in a window",
                        _ => "Full screen, high contrast, and the table in the presenter view, sized for this projector",
                    },
                    SettingsEdit::Preset(preset),
                ));
            }
        });
        page.spawn(widget::italic(
            f,
            "Interface scale — larger for a projector",
            18.0,
            SEPIA,
        ));
        page.spawn(choices()).with_children(|row| {
            for scale in UI_SCALES {
                let label = format!("{:.0}%", scale * 100.0);
                // A scale the window is too small for is shown, greyed, with what it needs.
                let fits = scale_fits(scale, window);
                let tip = if fits {
                    "Scales the whole interface".to_string()
                } else {
                    let needs = window_needed(scale);
                    let now = if settings.ui_scale == scale {
                        let fitted = fitted_scale(scale, window) * 100.0;
                        format!("; shown at {fitted:.0}% until then")
                    } else {
                        String::new()
                    };
                    format!("Needs a window at least {} wide and {} high{now}", needs.x, needs.y)
                };
                let mut choice = row.spawn(widget::choice_button(
                    f,
                    &mark(settings.ui_scale == scale, label.clone()),
                    &format!("Interface scale {label}"),
                    &format!("scale-{label}"),
                    &tip,
                    SettingsEdit::UiScale(scale),
                ));
                if !fits {
                    choice.insert(widget::unavailable());
                }
            }
        });
        page.spawn(widget::italic(f, "Text size", 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for size in TEXT_SIZES {
                let label = format!("{:.0}%", size * 100.0);
                row.spawn(widget::choice_button(
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
        page.spawn(choices()).with_children(|row| {
            row.spawn(widget::choice_button(
                f,
                label,
                label,
                "fullscreen",
                "Fill the screen (for a projector), or return to a window",
                SettingsEdit::Fullscreen(!settings.fullscreen),
            ));
            for (on, name, key, tip, edit) in [
                (
                    settings.high_contrast,
                    "High contrast",
                    "contrast",
                    "Black on white with strong colours, for a projector in a lit room",
                    SettingsEdit::HighContrast(!settings.high_contrast),
                ),
                (
                    settings.presenter,
                    "Presenter view",
                    "presenter",
                    "Open the table in the presenter view: the calendar, the articles and the latest reply in large type (F5 at the table)",
                    SettingsEdit::Presenter(!settings.presenter),
                ),
            ] {
                let label = format!("{name}: {}", if on { "on" } else { "off" });
                row.spawn(widget::choice_button(f, &label, &label, key, tip, edit));
            }
        });
        page.spawn(widget::italic(f, "Classroom", 18.0, SEPIA));
        let label = format!(
            "Teacher's tools: {}",
            if settings.teacher_tools { "on" } else { "off" }
        );
        page.spawn(widget::choice_button(
            f,
            &label,
            &label,
            "teacher-tools",
            "Offer the teacher's eye (both sides' hidden limits) and the demonstration controls at every table. Leave off on students' machines.",
            SettingsEdit::TeacherTools(!settings.teacher_tools),
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
        page.spawn(widget::choice_button(
            f,
            "Back",
            "Back",
            "Back",
            "Back to the title screen",
            Go(Screen::Title),
        ));
        page.spawn(spacer());
    });
}

/// A row of choices, wrapping when the window is narrow.
fn choices() -> Node {
    Node {
        flex_wrap: FlexWrap::Wrap,
        justify_content: JustifyContent::Center,
        row_gap: px(8),
        ..widget::row(8.0)
    }
}

/// Free space above or below the settings: centres them when they fit, and shrinks to
/// nothing when they do not, so the top is never scrolled out of reach.
fn spacer() -> impl Bundle {
    (
        Name::new("Spacer"),
        Node {
            flex_grow: 1.0,
            ..default()
        },
    )
}

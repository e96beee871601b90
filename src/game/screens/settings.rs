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
use crate::game::theme::widget::{self, Activated, ButtonLabel, Tip};
use bevy::prelude::*;
use bevy::ui::InteractionDisabled;
use bevy::window::PrimaryWindow;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Settings), spawn_screen);
    app.add_systems(
        Update,
        (
            show_choices.run_if(resource_changed::<Settings>),
            show_scale_fit.run_if(
                resource_changed::<Settings>
                    .or_else(window_changed)
                    .or_else(any_added_scale_button),
            ),
            show_save_problem.run_if(resource_exists_and_changed::<SaveProblem>),
        )
            .run_if(in_state(Screen::Settings)),
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

/// What a settings button sets: its label (marked when chosen, or "on"/"off") follows the
/// settings, in place.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
enum Control {
    Preset(Preset),
    UiScale(f32),
    TextSize(f32),
    Fullscreen,
    HighContrast,
    Presenter,
    TeacherTools,
}

impl Control {
    fn label(self, settings: &Settings) -> ButtonLabel {
        let percent = |f: f32| format!("{:.0}%", f * 100.0);
        let switch = |name: &str, on: bool| ButtonLabel::plain(format!("{name}: {}", if on { "on" } else { "off" }));
        match self {
            Control::Preset(preset) => ButtonLabel::choice(
                preset.label(),
                &format!("Preset: {}", preset.label()),
                preset.chosen(settings),
            ),
            Control::UiScale(scale) => ButtonLabel::choice(
                &percent(scale),
                &format!("Interface scale {}", percent(scale)),
                settings.ui_scale == scale,
            ),
            Control::TextSize(size) => ButtonLabel::choice(
                &percent(size),
                &format!("Text size {}", percent(size)),
                settings.text_size == size,
            ),
            Control::Fullscreen => switch("Full screen", settings.fullscreen),
            Control::HighContrast => switch("High contrast", settings.high_contrast),
            Control::Presenter => switch("Presenter view", settings.presenter),
            Control::TeacherTools => switch("Teacher's tools", settings.teacher_tools),
        }
    }

    /// The change pressing it makes, from the settings as they are when it is pressed.
    fn edit(self, settings: &Settings) -> SettingsEdit {
        match self {
            Control::Preset(preset) => SettingsEdit::Preset(preset),
            Control::UiScale(scale) => SettingsEdit::UiScale(scale),
            Control::TextSize(size) => SettingsEdit::TextSize(size),
            Control::Fullscreen => SettingsEdit::Fullscreen(!settings.fullscreen),
            Control::HighContrast => SettingsEdit::HighContrast(!settings.high_contrast),
            Control::Presenter => SettingsEdit::Presenter(!settings.presenter),
            Control::TeacherTools => SettingsEdit::TeacherTools(!settings.teacher_tools),
        }
    }
}

/// What a scale button says when the window has room for it.
const SCALE_TIP: &str = "Scales the whole interface";

/// The line saying why the settings could not be saved.
#[derive(Component)]
struct SaveProblemLine;

/// What the last save of the settings said, if it failed.
#[derive(Resource, Default)]
struct SaveProblem(Option<String>);

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

/// A settings button: pressing it triggers the edit its control makes now.
fn control_button(f: &Fonts, settings: &Settings, control: Control, key: &str, tip: &str) -> impl Bundle {
    (
        control,
        widget::labelled_button(
            f,
            control.label(settings),
            key,
            tip,
            move |_: Activated, settings: Res<Settings>, mut commands: Commands| {
                commands.trigger(control.edit(&settings));
            },
        ),
    )
}

/// The screen, spawned once: the buttons' labels and the save problem then change in place.
fn spawn_screen(
    mut commands: Commands,
    fonts: Res<Fonts>,
    settings: Res<Settings>,
    profile: Res<Profile>,
    problem: Option<Res<SaveProblem>>,
) {
    let f = fonts.as_ref();
    let settings = *settings;
    let root = commands
        .spawn((
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
            bevy::ui_widgets::ScrollArea,
        ))
        .id();
    commands.entity(root).with_children(|page| {
        page.spawn(spacer());
        page.spawn(widget::text(f, "Settings", 40.0, INK));
        page.spawn(widget::italic(f, "Where the game is shown", 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for preset in Preset::ALL {
                row.spawn(control_button(
                    f,
                    &settings,
                    Control::Preset(preset),
                    &format!("preset-{}", preset.label()),
                    match preset {
                        Preset::Desk => "Normal size and the paper palette, in a window",
                        _ => "Full screen, high contrast, and the table in the presenter view, sized for this projector",
                    },
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
                row.spawn(control_button(
                    f,
                    &settings,
                    Control::UiScale(scale),
                    &format!("scale-{:.0}%", scale * 100.0),
                    SCALE_TIP,
                ));
            }
        });
        page.spawn(widget::italic(f, "Text size", 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for size in TEXT_SIZES {
                row.spawn(control_button(
                    f,
                    &settings,
                    Control::TextSize(size),
                    &format!("text-{:.0}%", size * 100.0),
                    "Scales the text only",
                ));
            }
        });
        page.spawn(widget::italic(f, "Display", 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            row.spawn(control_button(
                f,
                &settings,
                Control::Fullscreen,
                "fullscreen",
                "Fill the screen (for a projector), or return to a window",
            ));
            row.spawn(control_button(
                f,
                &settings,
                Control::HighContrast,
                "contrast",
                "Black on white with strong colours, for a projector in a lit room",
            ));
            row.spawn(control_button(
                f,
                &settings,
                Control::Presenter,
                "presenter",
                "Open the table in the presenter view: the calendar, the articles and the latest reply in large type (F5 at the table)",
            ));
        });
        page.spawn(widget::italic(f, "Classroom", 18.0, SEPIA));
        page.spawn(control_button(
            f,
            &settings,
            Control::TeacherTools,
            "teacher-tools",
            "Offer the teacher's eye (both sides' hidden limits) and the demonstration controls at every table. Leave off on students' machines.",
        ));
        page.spawn(widget::italic(
            f,
            format!("Saved in {}", profile.settings().display()),
            14.0,
            SEPIA,
        ));
        let problem = problem.and_then(|p| p.0.clone());
        page.spawn((
            SaveProblemLine,
            widget::italic(f, problem.clone().unwrap_or_default(), 14.0, SEAL_RED),
            Node {
                display: if problem.is_some() { Display::Flex } else { Display::None },
                ..default()
            },
        ));
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

/// Each button's label follows the settings.
fn show_choices(settings: Res<Settings>, mut controls: Query<(&Control, &mut ButtonLabel)>) {
    for (control, mut label) in &mut controls {
        label.set_if_neq(control.label(&settings));
    }
}

fn show_save_problem(problem: Res<SaveProblem>, mut lines: Query<(&mut Text, &mut Node), With<SaveProblemLine>>) {
    for (mut text, mut node) in &mut lines {
        let wanted = problem.0.clone().unwrap_or_default();
        if text.0 != wanted {
            text.0 = wanted;
        }
        let display = if problem.0.is_some() {
            Display::Flex
        } else {
            Display::None
        };
        if node.display != display {
            node.display = display;
        }
    }
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

fn any_added_scale_button(added: Query<(), Added<Control>>) -> bool {
    !added.is_empty()
}

/// A scale the window is too small for is shown greyed, with the window it needs; kept in
/// step with the window and the settings, in place.
fn show_scale_fit(
    mut commands: Commands,
    settings: Res<Settings>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut buttons: Query<(Entity, &Control, &mut Tip, Has<InteractionDisabled>)>,
) {
    let window = windows.single().map_or(Vec2::ZERO, Window::size);
    for (entity, control, mut tip, disabled) in &mut buttons {
        let Control::UiScale(scale) = *control else { continue };
        let fits = scale_fits(scale, window);
        let said = if fits {
            SCALE_TIP.to_string()
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
        if tip.0 != said {
            tip.0 = said;
        }
        match (fits, disabled) {
            (false, false) => {
                commands.entity(entity).insert(widget::unavailable());
            }
            (true, true) => {
                commands
                    .entity(entity)
                    .remove::<InteractionDisabled>()
                    .insert(BackgroundColor(BUTTON));
            }
            _ => {}
        }
    }
}

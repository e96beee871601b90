//! Settings: presets for a desk or a projector, UI scale, text size, high contrast, the
//! presenter view, the teacher's tools and full screen, saved to the profile folder as soon
//! as they change.

use super::{Go, Screen};
use crate::game::paths::Profile;
use crate::game::settings::{
    Language, Preset, Settings, TEXT_SIZES, UI_SCALES, fitted_scale, scale_fits, window_changed, window_needed,
};
use crate::game::theme::Fonts;
use crate::game::theme::palette::*;
use crate::game::theme::widget::{self, Activated, ButtonLabel, Tip};
use crate::i18n::phrases::unjoined;
use crate::i18n::{self, Lang};
use crate::tr;
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
            (widget::remember_focus, redraw_in_new_language)
                .chain()
                .after(crate::game::settings::FollowLanguage)
                .run_if(resource_changed::<Language>.and_then(not(resource_added::<Language>))),
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
    Language(Lang),
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
    Language(Lang),
}

fn percent(fraction: f32) -> String {
    format!("{:.0}%", fraction * 100.0)
}

impl Control {
    fn label(self, l: Lang, settings: &Settings) -> ButtonLabel {
        let switch = |name: String, on: bool| {
            ButtonLabel::plain(if on {
                tr!(l, "switch-on", name = name)
            } else {
                tr!(l, "switch-off", name = name)
            })
        };
        match self {
            Control::Preset(preset) => {
                let name = i18n::text(l, preset.message());
                let accessible = tr!(l, "settings-preset-accessible", preset = name.clone());
                ButtonLabel::choice(l, &name, &accessible, preset.chosen(settings))
            }
            Control::UiScale(scale) => ButtonLabel::choice(
                l,
                &percent(scale),
                &tr!(l, "settings-scale-accessible", percent = percent(scale)),
                settings.ui_scale == scale,
            ),
            Control::TextSize(size) => ButtonLabel::choice(
                l,
                &percent(size),
                &tr!(l, "settings-text-size-accessible", percent = percent(size)),
                settings.text_size == size,
            ),
            Control::Fullscreen => switch(tr!(l, "settings-fullscreen"), settings.fullscreen),
            Control::HighContrast => switch(tr!(l, "settings-high-contrast"), settings.high_contrast),
            Control::Presenter => switch(tr!(l, "settings-presenter"), settings.presenter),
            Control::TeacherTools => switch(tr!(l, "settings-teacher-tools"), settings.teacher_tools),
            // Each language in its own words, so a reader of only that language finds it.
            Control::Language(lang) => ButtonLabel::choice(
                l,
                lang.native_name(),
                &format!("{}: {}", tr!(l, "settings-language"), lang.native_name()),
                Some(lang) == settings.language || (settings.language.is_none() && lang == l),
            ),
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
            Control::Language(lang) => SettingsEdit::Language(lang),
        }
    }
}

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
        SettingsEdit::Language(lang) => settings.language = Some(lang),
    }
    commands.insert_resource(SaveProblem(settings.save(&profile).err()));
}

/// A settings button: pressing it triggers the edit its control makes now.
fn control_button(f: &Fonts, l: Lang, settings: &Settings, control: Control, key: &str, tip: &str) -> impl Bundle {
    (
        control,
        widget::labelled_button(
            f,
            control.label(l, settings),
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
    language: Res<Language>,
) {
    let f = fonts.as_ref();
    let l = language.0;
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
        page.spawn(widget::text(f, tr!(l, "settings-title"), 40.0, INK));
        page.spawn(widget::italic(f, tr!(l, "settings-language"), 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for lang in Lang::OFFERED {
                let key = format!("language-{}", lang.code());
                let tip = tr!(l, "settings-language-tip");
                row.spawn(control_button(f, l, &settings, Control::Language(lang), &key, &tip));
            }
        });
        page.spawn(widget::italic(f, tr!(l, "settings-where"), 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for preset in Preset::ALL {
                row.spawn(control_button(
                    f,
                    l,
                    &settings,
                    Control::Preset(preset),
                    &format!("preset-{}", preset.label()),
                    &match preset {
                        Preset::Desk => tr!(l, "settings-preset-desk-tip"),
                        _ => tr!(l, "settings-preset-projector-tip"),
                    },
                ));
            }
        });
        page.spawn(widget::italic(f, tr!(l, "settings-scale"), 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for scale in UI_SCALES {
                row.spawn(control_button(
                    f,
                    l,
                    &settings,
                    Control::UiScale(scale),
                    &format!("scale-{:.0}%", scale * 100.0),
                    &tr!(l, "settings-scale-tip"),
                ));
            }
        });
        page.spawn(widget::italic(f, tr!(l, "settings-text-size"), 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            for size in TEXT_SIZES {
                row.spawn(control_button(
                    f,
                    l,
                    &settings,
                    Control::TextSize(size),
                    &format!("text-{:.0}%", size * 100.0),
                    &tr!(l, "settings-text-size-tip"),
                ));
            }
        });
        page.spawn(widget::italic(f, tr!(l, "settings-display"), 18.0, SEPIA));
        page.spawn(choices()).with_children(|row| {
            row.spawn(control_button(
                f,
                l,
                &settings,
                Control::Fullscreen,
                "fullscreen",
                &tr!(l, "settings-fullscreen-tip"),
            ));
            row.spawn(control_button(
                f,
                l,
                &settings,
                Control::HighContrast,
                "contrast",
                &tr!(l, "settings-high-contrast-tip"),
            ));
            row.spawn(control_button(
                f,
                l,
                &settings,
                Control::Presenter,
                "presenter",
                &tr!(l, "settings-presenter-tip"),
            ));
        });
        page.spawn(widget::italic(f, tr!(l, "settings-classroom"), 18.0, SEPIA));
        page.spawn(control_button(
            f,
            l,
            &settings,
            Control::TeacherTools,
            "teacher-tools",
            &tr!(l, "settings-teacher-tools-tip"),
        ));
        page.spawn(widget::italic(
            f,
            tr!(l, "settings-saved-in", path = profile.settings().display().to_string()),
            14.0,
            SEPIA,
        ));
        let problem = problem.and_then(|p| p.0.clone());
        page.spawn((
            SaveProblemLine,
            widget::italic(f, problem.clone().unwrap_or_default(), 14.0, SEAL_RED),
            Node {
                display: if problem.is_some() {
                    Display::Flex
                } else {
                    Display::None
                },
                ..default()
            },
        ));
        page.spawn(widget::choice_button(
            f,
            &tr!(l, "settings-back"),
            &tr!(l, "settings-back"),
            "Back",
            &tr!(l, "settings-back.tip"),
            Go(Screen::Title),
        ));
        page.spawn(spacer());
    });
}

/// Each button's label follows the settings.
fn show_choices(settings: Res<Settings>, language: Res<Language>, mut controls: Query<(&Control, &mut ButtonLabel)>) {
    for (control, mut label) in &mut controls {
        label.set_if_neq(control.label(language.0, &settings));
    }
}

/// A new language redraws the whole screen in it; the focus goes back to the language just
/// chosen (by its key, remembered before the redraw).
fn redraw_in_new_language(mut next: ResMut<NextState<Screen>>) {
    next.set(Screen::Settings);
}

fn show_save_problem(problem: Res<SaveProblem>, mut lines: Query<(&mut Text, &mut Node), With<SaveProblemLine>>) {
    for (mut text, mut node) in &mut lines {
        let wanted = problem.0.clone().unwrap_or_default();
        if unjoined(&text.0) != wanted {
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
    language: Res<Language>,
    windows: Query<&Window, With<PrimaryWindow>>,
    mut buttons: Query<(Entity, &Control, &mut Tip, Has<InteractionDisabled>)>,
) {
    let l = language.0;
    let window = windows.single().map_or(Vec2::ZERO, Window::size);
    for (entity, control, mut tip, disabled) in &mut buttons {
        let Control::UiScale(scale) = *control else { continue };
        let fits = scale_fits(scale, window);
        let needs = window_needed(scale);
        let said = if fits {
            tr!(l, "settings-scale-tip")
        } else if settings.ui_scale == scale {
            let fitted = percent(fitted_scale(scale, window));
            tr!(
                l,
                "settings-scale-needs-now",
                width = needs.x,
                height = needs.y,
                fitted = fitted
            )
        } else {
            tr!(l, "settings-scale-needs", width = needs.x, height = needs.y)
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

//! The player's settings — UI scale and presets for projectors, high contrast, the
//! presenter view, the teacher's tools, full screen, text size — kept in the
//! profile folder between runs. A damaged settings file is reported and left in place
//! until the player saves new settings.

use super::paths::Profile;
use super::theme::TextScale;
use super::theme::contrast::HighContrast;
use crate::engine::records::atomic;
use crate::engine::scenario::read_at_most;
use crate::engine::source::{Limits, read_document};
use crate::i18n::Lang;
use bevy::prelude::*;
use bevy::window::{MonitorSelection, PrimaryWindow, WindowMode};
use serde::{Deserialize, Serialize};

pub(super) fn plugin(app: &mut App) {
    let profile = app
        .world()
        .get_resource::<Profile>()
        .cloned()
        .unwrap_or_else(Profile::from_env);
    let (settings, problem) = Settings::load(&profile);
    if let Some(problem) = problem {
        warn!("{problem}");
    }
    let system = app
        .world()
        .get_resource::<SystemLanguage>()
        .map_or_else(Lang::from_system, |system| system.0);
    app.insert_resource(SystemLanguage(system));
    app.insert_resource(Language(settings.language.unwrap_or(system)));
    app.insert_resource(settings);
    app.add_systems(
        Update,
        (
            apply.run_if(resource_changed::<Settings>.or_else(window_changed)),
            follow_language
                .run_if(resource_changed::<Settings>)
                .in_set(FollowLanguage),
        ),
    );
}

#[derive(Resource, Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Scales the whole interface: 1.5 or 2 for a projector at the back of a classroom.
    pub ui_scale: f32,
    pub fullscreen: bool,
    /// Scales text only, on top of `ui_scale`.
    pub text_size: f32,
    /// Black on white with strong colours, for a projector in a lit room.
    pub high_contrast: bool,
    /// Open the table in the presenter view (large calendar, board and latest reply).
    pub presenter: bool,
    /// Offer the teacher's tools at every table: the teacher's eye and demonstration
    /// controls. Off on a student's machine, so the hidden limits stay hidden.
    pub teacher_tools: bool,
    /// The language the player chose; until they choose, the system's.
    pub language: Option<Lang>,
}

/// Where `Language` follows the settings in `Update`. What redraws in a new language runs
/// after it, so that a choice shows in the same frame rather than depending on which system
/// the scheduler happened to run first.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct FollowLanguage;

/// The language the game speaks now: the player's choice, or the system's until they choose.
/// Every screen reads it when it draws its words.
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq, Deref)]
pub struct Language(pub Lang);

/// The system's language, read once at start. Tests insert their own before the game's
/// plugins, so a developer's Japanese desktop does not change what they read.
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SystemLanguage(pub Lang);

fn follow_language(settings: Res<Settings>, system: Res<SystemLanguage>, mut language: ResMut<Language>) {
    language.set_if_neq(Language(settings.language.unwrap_or(system.0)));
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            fullscreen: false,
            text_size: 1.0,
            high_contrast: false,
            presenter: false,
            teacher_tools: false,
            language: None,
        }
    }
}

/// Ready-made settings for where the game is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// A student at a laptop or desk screen.
    Desk,
    /// A projector showing 1280×720.
    Projector720,
    /// A projector showing 1920×1080: the same layout, half as large again.
    Projector1080,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Desk, Preset::Projector720, Preset::Projector1080];

    /// The preset's name in English: also its button's focus key, the same in every language.
    pub fn label(self) -> &'static str {
        match self {
            Preset::Desk => "Desk",
            Preset::Projector720 => "Projector 1280×720",
            Preset::Projector1080 => "Projector 1920×1080",
        }
    }

    /// The preset's name in the catalogue.
    pub fn message(self) -> &'static str {
        match self {
            Preset::Desk => "settings-preset-desk",
            Preset::Projector720 => "settings-preset-projector-720",
            Preset::Projector1080 => "settings-preset-projector-1080",
        }
    }

    /// The settings the preset gives, keeping the teacher's tools as they are.
    pub fn apply(self, settings: &Settings) -> Settings {
        let projector = self != Preset::Desk;
        Settings {
            ui_scale: match self {
                Preset::Desk | Preset::Projector720 => 1.0,
                Preset::Projector1080 => 1.5,
            },
            text_size: 1.0,
            high_contrast: projector,
            presenter: projector,
            fullscreen: projector,
            ..*settings
        }
    }

    /// Whether `settings` are this preset's.
    pub fn chosen(self, settings: &Settings) -> bool {
        self.apply(settings) == *settings
    }
}

/// A settings file is a handful of numbers and switches.
const SETTINGS_MAX_BYTES: u64 = 16 * 1024;
const SETTINGS_LIMITS: Limits = Limits {
    max_depth: 4,
    max_string_bytes: 1024,
    max_items: 64,
    max_nodes: 256,
};

pub const UI_SCALES: [f32; 5] = [0.75, 1.0, 1.25, 1.5, 2.0];
pub const TEXT_SIZES: [f32; 4] = [0.9, 1.0, 1.15, 1.3];

/// The smallest layout the table can be played in, in the interface's own units (a window's
/// logical size divided by the UI scale): 1280×720 at 150 %. Below it the board, the side
/// column and the header no longer fit beside one another.
pub const SMALLEST_LAYOUT: Vec2 = Vec2::new(850.0, 480.0);

/// Whether the interface at `scale` fits a window of `window` logical pixels. A window of
/// no size (minimised, or not yet open) fits everything, so nothing changes while it is away.
pub fn scale_fits(scale: f32, window: Vec2) -> bool {
    window.x <= 0.0 || window.y <= 0.0 || (window / scale).cmpge(SMALLEST_LAYOUT - 0.5).all()
}

/// The window a scale needs, in logical pixels, rounded up to whole pixels: for the
/// settings' note on a scale it cannot offer.
pub fn window_needed(scale: f32) -> UVec2 {
    (SMALLEST_LAYOUT * scale).ceil().as_uvec2()
}

/// The scale the interface is drawn at: the player's choice if it fits the window, else the
/// largest offered scale below it that fits (the smallest offered one at worst). The choice
/// itself is kept, so a window made large again gets the chosen scale back.
pub fn fitted_scale(chosen: f32, window: Vec2) -> f32 {
    if scale_fits(chosen, window) {
        return chosen;
    }
    UI_SCALES
        .iter()
        .copied()
        .rev()
        .find(|&s| s < chosen && scale_fits(s, window))
        .unwrap_or(UI_SCALES[0].min(chosen))
}

impl Settings {
    /// Reads the settings file through the same bounded reader as every file the game
    /// writes; a missing file gives the defaults, a damaged one a message.
    pub fn load(profile: &Profile) -> (Settings, Option<String>) {
        let path = profile.settings();
        if !path.exists() {
            return (Settings::default(), None);
        }
        let damaged = |problem: String| {
            (
                Settings::default(),
                Some(format!("{problem}; defaults are used until you change a setting")),
            )
        };
        let text = match read_at_most(&path, "settings", SETTINGS_MAX_BYTES) {
            Ok(text) => text,
            Err(problem) => return damaged(problem.to_string()),
        };
        match read_document::<Settings>(&path.display().to_string(), text, SETTINGS_LIMITS, None) {
            Ok(s) => (s.clamped(), None),
            Err(e) => damaged(format!("{}: the settings file is damaged ({})", e.location, e.message)),
        }
    }

    pub fn save(&self, profile: &Profile) -> Result<(), String> {
        let path = profile.settings();
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new()).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(&profile.0)
            .and_then(|_| atomic::write(&path, text.as_bytes()))
            .map_err(|e| format!("could not save settings to {}: {e}", path.display()))
    }

    fn clamped(self) -> Settings {
        Settings {
            ui_scale: self.ui_scale.clamp(0.5, 3.0),
            text_size: self.text_size.clamp(0.5, 2.0),
            ..self
        }
    }
}

/// Whether the window changed (was resized, perhaps): its UI scale may have to fall back.
pub fn window_changed(windows: Query<(), (With<PrimaryWindow>, Changed<Window>)>) -> bool {
    !windows.is_empty()
}

/// Applies the settings; the UI scale also whenever the window is resized, since a scale
/// that no longer fits falls back (`fitted_scale`).
fn apply(
    settings: Res<Settings>,
    ui_scale: Option<ResMut<UiScale>>,
    mut text_scale: ResMut<TextScale>,
    mut contrast: ResMut<HighContrast>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
) {
    if let Some(mut ui_scale) = ui_scale {
        let window = windows.single().map_or(Vec2::ZERO, Window::size);
        let fitted = fitted_scale(settings.ui_scale, window);
        if ui_scale.0 != fitted {
            ui_scale.0 = fitted;
        }
    }
    if !settings.is_changed() {
        return;
    }
    text_scale.0 = settings.text_size;
    if contrast.0 != settings.high_contrast {
        contrast.0 = settings.high_contrast;
    }
    for mut window in &mut windows {
        let mode = if settings.fullscreen {
            WindowMode::BorderlessFullscreen(MonitorSelection::Current)
        } else {
            WindowMode::Windowed
        };
        if window.mode != mode {
            window.mode = mode;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HD: Vec2 = Vec2::new(1280.0, 720.0);
    const FULL_HD: Vec2 = Vec2::new(1920.0, 1080.0);

    #[test]
    fn every_offered_scale_but_200_fits_1280x720() {
        for scale in UI_SCALES {
            assert_eq!(scale_fits(scale, HD), scale <= 1.5, "{scale}");
        }
    }

    #[test]
    fn every_offered_scale_fits_1920x1080() {
        assert!(UI_SCALES.iter().all(|&s| scale_fits(s, FULL_HD)));
    }

    #[test]
    fn a_scale_that_no_longer_fits_falls_back_to_the_largest_that_does() {
        assert_eq!(fitted_scale(2.0, FULL_HD), 2.0);
        assert_eq!(fitted_scale(2.0, HD), 1.5);
        assert_eq!(fitted_scale(1.5, Vec2::new(1024.0, 600.0)), 1.0);
        assert_eq!(fitted_scale(1.0, Vec2::new(640.0, 400.0)), 0.75);
        // Smaller than any layout: the smallest scale, never a larger one than chosen.
        assert_eq!(fitted_scale(1.0, Vec2::new(300.0, 200.0)), 0.75);
        assert_eq!(fitted_scale(0.5, Vec2::new(300.0, 200.0)), 0.5);
        // A minimised window changes nothing.
        assert_eq!(fitted_scale(2.0, Vec2::ZERO), 2.0);
    }

    #[test]
    fn the_window_a_scale_needs_is_its_smallest_layout_scaled() {
        assert_eq!(window_needed(2.0), UVec2::new(1700, 960));
        assert!(scale_fits(2.0, window_needed(2.0).as_vec2()));
    }
}

//! The player's settings — UI scale for projectors, full screen, text size — kept in the
//! profile folder between runs. A damaged settings file is reported and left in place
//! until the player saves new settings.

use super::paths::Profile;
use super::theme::TextScale;
use crate::engine::atomic;
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
    app.insert_resource(settings);
    app.add_systems(Update, apply.run_if(resource_changed::<Settings>));
}

#[derive(Resource, Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Scales the whole interface: 1.5 or 2 for a projector at the back of a classroom.
    pub ui_scale: f32,
    pub fullscreen: bool,
    /// Scales text only, on top of `ui_scale`.
    pub text_size: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            ui_scale: 1.0,
            fullscreen: false,
            text_size: 1.0,
        }
    }
}

pub const UI_SCALES: [f32; 5] = [0.75, 1.0, 1.25, 1.5, 2.0];
pub const TEXT_SIZES: [f32; 4] = [0.9, 1.0, 1.15, 1.3];

impl Settings {
    /// Reads the settings file; a missing file gives the defaults, a damaged one a message.
    pub fn load(profile: &Profile) -> (Settings, Option<String>) {
        let path = profile.settings();
        let Ok(text) = std::fs::read_to_string(&path) else {
            return (Settings::default(), None);
        };
        match ron::from_str::<Settings>(&text) {
            Ok(s) => (s.clamped(), None),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "{}:{}:{}: the settings file is damaged ({}); defaults are used until you change a setting",
                    path.display(),
                    e.span.start.line,
                    e.span.start.col,
                    e.code
                )),
            ),
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

fn apply(
    settings: Res<Settings>,
    ui_scale: Option<ResMut<UiScale>>,
    mut text_scale: ResMut<TextScale>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
) {
    if let Some(mut ui_scale) = ui_scale {
        ui_scale.0 = settings.ui_scale;
    }
    text_scale.0 = settings.text_size;
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

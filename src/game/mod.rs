//! The Bevy presentation, in the bevy_new_2d style: one function plugin per screen or
//! concern, widgets as functions returning `impl Bundle`, observers for actions. It draws
//! the engine's state and sends it the player's moves; no game rule lives here.

mod a11y;
pub mod catalog;
pub mod class;
pub mod draft;
pub mod map;
mod measure;
pub mod paths;
pub mod raster;
pub mod saves;
pub mod screens;
pub mod session;
pub mod settings;
pub mod theme;
pub mod tour;
pub mod wake;

pub use screens::Screen;

use bevy::input_focus::tab_navigation::TabNavigationPlugin;
use bevy::prelude::*;
use bevy::render::RenderPlugin;
use bevy::render::settings::WgpuSettings;
use bevy::window::WindowResolution;
use bevy::winit::{UpdateMode, WinitSettings};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Opens the game in a window.
pub fn run() -> ExitCode {
    if let Some(code) = data_missing() {
        return code;
    }
    let started = std::time::Instant::now();
    let mut app = window_app(None, None);
    // For the closing measurements: how long until the title screen is on screen.
    if std::env::var_os("PORTSMOUTH_MEASURE_START").is_some() {
        app.add_plugins(measure::start_plugin(started));
    }
    if std::env::var_os("PORTSMOUTH_MEASURE_ATLAS").is_some() {
        app.add_plugins(measure::atlas_plugin);
    }
    exit_code(app.run())
}

/// Without its fonts and scenarios the game would open blank: say where it looked instead.
fn data_missing() -> Option<ExitCode> {
    let root = paths::data_root();
    if root.join("assets/fonts").is_dir() && root.join("scenarios").is_dir() {
        return None;
    }
    let _ = writeln!(
        std::io::stderr(),
        "cannot find the game's data (the folders assets/ and scenarios/) beside the program or in {}; \
         run it from the project folder, or set PORTSMOUTH_DATA to the folder that holds them",
        root.display()
    );
    Some(ExitCode::FAILURE)
}

/// Opens the game at the table of a saved game. With `measure_frames`, redraws continuously
/// for that many frames on the table, prints the frame times and exits.
pub fn run_open(save: PathBuf, measure_frames: Option<u32>) -> ExitCode {
    if let Some(code) = data_missing() {
        return code;
    }
    let mut app = window_app(None, None);
    app.add_systems(Startup, move |mut commands: Commands| {
        commands.trigger(session::LoadGame(save.clone()));
    });
    if let Some(frames) = measure_frames {
        app.add_plugins(measure::plugin(frames));
    }
    if std::env::var_os("PORTSMOUTH_MEASURE_ATLAS").is_some() {
        app.add_plugins(measure::atlas_plugin);
    }
    exit_code(app.run())
}

/// Walks the screens, saves a PNG of each into `dir`, and exits (non-zero on any failure).
/// Photographs every screen into `dir`, in `lang` (English if none is given, so the
/// pictures do not depend on the machine's locale).
pub fn run_tour(dir: PathBuf, lang: Option<crate::i18n::Lang>) -> ExitCode {
    if let Some(code) = data_missing() {
        return code;
    }
    exit_code(window_app(Some(tour::stops(&dir)), lang).run())
}

/// Draws the class results wall of `folder` into the PNG `out`, and exits.
pub fn run_wall(folder: PathBuf, scenario: Option<String>, out: PathBuf) -> ExitCode {
    if let Some(code) = data_missing() {
        return code;
    }
    let mut app = window_app(
        Some(vec![(out, |w: &mut World| w.trigger(screens::Go(Screen::Wall)))]),
        None,
    );
    app.insert_resource(screens::wall::WallSource { folder, scenario });
    exit_code(app.run())
}

fn exit_code(exit: AppExit) -> ExitCode {
    match exit {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

/// The game's window; a tour (or a picture) takes its language from `lang`, English by
/// default, never from the machine.
fn window_app(tour: Option<tour::Photographs>, lang: Option<crate::i18n::Lang>) -> App {
    let root = paths::data_root();
    let mut app = App::new();
    let window = Window {
        title: "Portsmouth 1905".into(),
        // Fixed for the tour so its pictures are comparable from run to run.
        resolution: WindowResolution::new(1280, 720).with_scale_factor_override(1.0),
        resizable: tour.is_none(),
        ..default()
    };
    let defaults = DefaultPlugins
        .set(WindowPlugin {
            primary_window: Some(window),
            ..default()
        })
        .set(AssetPlugin {
            file_path: root.join("assets").display().to_string(),
            ..default()
        })
        .set(RenderPlugin {
            render_creation: WgpuSettings::default().into(),
            // Pipelines built before the frame that needs them: compiled in the background,
            // they were ready only after the last frame had been drawn without them, and in
            // reactive mode nothing drew again until the mouse moved (a black window). The
            // tour's pictures need them too, and software renderers crash when a process
            // exits with pipelines still compiling.
            synchronous_pipeline_compilation: true,
            ..default()
        });
    if tour.is_some() {
        app.add_plugins(defaults.disable::<bevy::render::pipelined_rendering::PipelinedRenderingPlugin>());
    } else {
        app.add_plugins(defaults);
    }
    // Redraw only when something happens — input, or the computer's answer (which asks for
    // a redraw): no CPU use while the player reads, even with the window focused.
    app.insert_resource(WinitSettings {
        focused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
        unfocused_mode: UpdateMode::reactive_low_power(Duration::from_secs(60)),
    });
    app.insert_resource(paths::DataRoot(root));
    if tour.is_some() {
        // A scratch profile: the tour must not read or write the player's settings and saves.
        let scratch = std::env::temp_dir().join(format!("portsmouth-tour-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        app.insert_resource(paths::Profile(scratch));
        app.insert_resource(settings::SystemLanguage(lang.unwrap_or_default()));
    }
    app.add_plugins((TabNavigationPlugin, plugin));
    if let Some(stops) = tour {
        app.add_plugins(tour::plugin(stops));
    }
    app
}

/// Everything of the game's own, without windowing or rendering: what the headless tests
/// add to `MinimalPlugins`.
pub fn plugin(app: &mut App) {
    if !app.world().contains_resource::<paths::Profile>() {
        app.insert_resource(paths::Profile::from_env());
    }
    app.add_plugins((
        a11y::plugin,
        theme::plugin,
        // The language first: the catalog reads the scenarios in it.
        settings::plugin,
        catalog::plugin,
        session::plugin,
        class::plugin,
        draft::plugin,
        map::plugin,
        screens::plugin,
        wake::plugin,
    ));
}

pub use paths::DataRoot;

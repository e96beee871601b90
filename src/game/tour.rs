//! The screenshot tour: visits each screen, saves `<dir>/<screen>.png`, and exits. Exits
//! non-zero if an asset fails to load or a screen does not render in time.

use super::Screen;
use super::theme::Fonts;
use bevy::asset::LoadState;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use std::path::PathBuf;

/// Frames to let a screen settle (layout, font atlases) before its picture.
const SETTLE_FRAMES: u32 = 30;
/// Frames after which a screen that has not been captured counts as failed.
const GIVE_UP_FRAMES: u32 = 600;

#[derive(Resource)]
struct Tour {
    dir: PathBuf,
    stops: Vec<(Screen, &'static str)>,
    next: usize,
    frames: u32,
    waiting: bool,
}

pub fn plugin(dir: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Tour {
            dir: dir.clone(),
            stops: vec![(Screen::Title, "title")],
            next: 0,
            frames: 0,
            waiting: false,
        });
        // The tour must redraw every frame, not only on input.
        app.insert_resource(bevy::winit::WinitSettings::game());
        app.add_systems(Update, advance);
    }
}

fn advance(
    mut commands: Commands,
    mut tour: ResMut<Tour>,
    fonts: Res<Fonts>,
    assets: Res<AssetServer>,
    mut next_screen: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for font in [&fonts.regular, &fonts.italic] {
        if let LoadState::Failed(error) = assets.load_state(font) {
            error!("tour: a font failed to load: {error}");
            exit.write(AppExit::from_code(3));
            return;
        }
    }
    let fonts_ready = [&fonts.regular, &fonts.italic]
        .iter()
        .all(|f| assets.is_loaded_with_dependencies(*f));
    tour.frames += 1;
    if tour.frames > GIVE_UP_FRAMES {
        error!(
            "tour: screen `{}` did not render in time",
            tour.stops[tour.next.min(tour.stops.len() - 1)].1
        );
        exit.write(AppExit::from_code(4));
        return;
    }
    if tour.waiting || !fonts_ready || tour.frames < SETTLE_FRAMES {
        return;
    }
    let Some(&(screen, name)) = tour.stops.get(tour.next) else {
        info!("tour: done");
        exit.write(AppExit::Success);
        return;
    };
    next_screen.set(screen);
    let path = tour.dir.join(format!("{name}.png"));
    info!("tour: {}", path.display());
    tour.waiting = true;
    commands
        .spawn(Screenshot::primary_window())
        .observe(save_to_disk(path))
        .observe(|_: On<ScreenshotCaptured>, mut tour: ResMut<Tour>| {
            tour.next += 1;
            tour.frames = 0;
            tour.waiting = false;
        });
}

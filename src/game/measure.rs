//! Start-up time and frame times on the table, for the closing measurements. Frame times: redraws every frame (the game
//! itself redraws only on change), skips a warm-up, then prints the median and the 95th
//! percentile and exits. With `PORTSMOUTH_MEASURE_EDITS=1` in the environment, every timed
//! frame also steps an arrow on the board, back and forth: the cost of redrawing the table
//! after a click. Beside the frame time it prints the main world's share: from the frame's
//! first schedule to its last (the game's systems, layout and text, not the renderer, which
//! under a software driver takes most of a frame).

use super::Screen;
use bevy::prelude::*;
use std::io::Write;
use std::time::Instant;

/// Frames on the table before timing starts (font atlases, pipelines).
const WARM_UP: u32 = 60;

#[derive(Resource)]
struct Frames {
    wanted: u32,
    seen: u32,
    last: Option<Instant>,
    times_ms: Vec<f64>,
    /// When this frame's main-world update began.
    update_began: Option<Instant>,
    update_ms: Vec<f64>,
}

pub fn plugin(frames: u32) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(bevy::winit::WinitSettings::game());
        app.insert_resource(Frames {
            wanted: frames,
            seen: 0,
            last: None,
            times_ms: Vec::new(),
            update_began: None,
            update_ms: Vec::new(),
        });
        app.add_systems(First, |mut frames: ResMut<Frames>| {
            frames.update_began = Some(Instant::now())
        });
        app.add_systems(Last, time_frame.run_if(in_state(Screen::Table)));
    }
}

fn time_frame(
    mut frames: ResMut<Frames>,
    mut exit: MessageWriter<AppExit>,
    mut commands: Commands,
    session: Option<Res<super::session::Session>>,
) {
    if std::env::var_os("PORTSMOUTH_MEASURE_EDITS").is_some()
        && let Some(session) = session
        && session.viewer_to_move()
    {
        let view = session.view();
        if let Some(article) = (0..view.public().articles.len()).find(|&a| view.negotiable().contains(a)) {
            let by = if frames.seen.is_multiple_of(2) { 1 } else { -1 };
            commands.trigger(super::draft::Edit::Step { article, by });
        }
    }
    let now = Instant::now();
    frames.seen += 1;
    if frames.seen > WARM_UP
        && let Some(last) = frames.last
    {
        frames.times_ms.push((now - last).as_secs_f64() * 1000.0);
        if let Some(began) = frames.update_began {
            frames.update_ms.push((now - began).as_secs_f64() * 1000.0);
        }
    }
    frames.last = Some(now);
    if frames.times_ms.len() as u32 >= frames.wanted {
        let mut times = frames.times_ms.clone();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        let mut updates = frames.update_ms.clone();
        updates.sort_by(f64::total_cmp);
        let update_at = |q: f64| updates[((updates.len() - 1) as f64 * q) as usize];
        // A reader that went away (`| head`) is no reason to panic inside the app.
        let _ = writeln!(
            std::io::stdout(),
            "table frame time{} over {} frames: median {:.2} ms, p95 {:.2} ms, max {:.2} ms; main world median {:.2} ms, p95 {:.2} ms",
            if std::env::var_os("PORTSMOUTH_MEASURE_EDITS").is_some() {
                " with an arrow stepped every frame"
            } else {
                ""
            },
            times.len(),
            at(0.5),
            at(0.95),
            at(1.0),
            update_at(0.5),
            update_at(0.95)
        );
        exit.write(AppExit::Success);
    }
}

/// Prints the time from `started` to the second frame drawn on the title screen after its
/// fonts have loaded (one frame lays out and rasterises the text, the next shows it), then
/// exits.
pub fn start_plugin(started: Instant) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(bevy::winit::WinitSettings::game());
        app.add_systems(
            Last,
            (move |mut frames: Local<u32>,
                   fonts: Res<super::theme::Fonts>,
                   assets: Res<AssetServer>,
                   mut exit: MessageWriter<AppExit>| {
                let loaded = [&fonts.regular, &fonts.italic]
                    .iter()
                    .all(|f| assets.is_loaded_with_dependencies(*f));
                if !loaded {
                    return;
                }
                *frames += 1;
                if *frames == 2 {
                    let _ = writeln!(
                        std::io::stdout(),
                        "title screen drawn after {:.0} ms",
                        started.elapsed().as_secs_f64() * 1000.0
                    );
                    exit.write(AppExit::Success);
                }
            })
            .run_if(in_state(Screen::Title)),
        );
    }
}

/// For the memory measurements: every two seconds, how many glyph atlases the text has made,
/// for how many font sizes, and their bytes (each atlas is held once as an image and once
/// on the graphics card, which a software renderer keeps in the process's memory).
pub fn atlas_plugin(app: &mut App) {
    app.add_systems(
        Last,
        |mut last: Local<Option<Instant>>, atlases: Res<bevy::text::FontAtlasSet>, images: Res<Assets<Image>>| {
            if last.is_some_and(|at| at.elapsed().as_secs() < 2) {
                return;
            }
            *last = Some(Instant::now());
            let sizes: std::collections::BTreeMap<u32, usize> =
                atlases.iter().fold(Default::default(), |mut sizes, (key, list)| {
                    *sizes
                        .entry(f32::from_bits(key.font_size_bits).round() as u32)
                        .or_default() += list.len();
                    sizes
                });
            let _ = writeln!(
                std::io::stdout(),
                "glyph atlases: {} for {} fonts×sizes, {:.1} MB; atlases by size in px: {sizes:?}",
                atlases.values().map(Vec::len).sum::<usize>(),
                atlases.len(),
                atlases.total_bytes(&images) as f64 / 1e6,
            );
        },
    );
}

//! Every screen fits: the UI's layout computed headlessly (Bevy's own layout and text
//! systems, a window of a given size with a camera on it, the game's fonts), then every
//! text and button checked against the window and the box it is drawn in, on every screen
//! the tour photographs, at the window sizes and UI scales a classroom uses.

use crate::common::*;
use bevy::camera::RenderTargetInfo;
use bevy::prelude::*;
use bevy::text::TextLayoutInfo;
use bevy::ui::UiSystems;
use bevy::window::{PrimaryWindow, WindowResolution};
use portsmouth::game::settings::Settings;
use portsmouth::game::theme::{Fonts, JapaneseFallback};
use portsmouth::i18n::Lang;

/// The camera's target as the renderer would report it: the primary window's size.
fn fake_render_target(windows: Query<&Window, With<PrimaryWindow>>, mut cameras: Query<&mut Camera>) {
    let Ok(window) = windows.single() else { return };
    for mut camera in &mut cameras {
        camera.computed.target_info = Some(RenderTargetInfo {
            physical_size: window.physical_size(),
            scale_factor: window.scale_factor(),
        });
    }
}

/// Bevy's layout and text, without a renderer or winit.
fn layout_engines(app: &mut App, width: u32, height: u32) {
    app.add_plugins((
        bevy::transform::TransformPlugin,
        bevy::text::TextPlugin,
        bevy::ui::UiPlugin,
        bevy::picking::PickingPlugin,
        bevy::picking::InteractionPlugin,
    ));
    app.init_asset::<Image>();
    app.init_asset::<TextureAtlasLayout>();
    app.init_resource::<ButtonInput<MouseButton>>();
    app.init_resource::<bevy::input::touch::Touches>();
    app.world_mut().spawn((
        Window {
            resolution: WindowResolution::new(width, height).with_scale_factor_override(1.0),
            ..default()
        },
        PrimaryWindow,
    ));
    app.add_systems(PostUpdate, fake_render_target.before(UiSystems::Prepare));
}

/// The game at the title screen in a `width`×`height` window at UI scale `scale`, its
/// fonts loaded and its first layout done.
pub fn layout_app(width: u32, height: u32, scale: f32) -> App {
    let mut app = app_with(scratch_profile(), |app| layout_engines(app, width, height));
    app.world_mut().resource_mut::<Settings>().ui_scale = scale;
    let loaded = run_until(&mut app, 60, |app| {
        let fonts = app.world().resource::<Fonts>().clone();
        let assets = app.world().resource::<AssetServer>();
        [fonts.regular, fonts.italic, fonts.japanese]
            .iter()
            .all(|f| assets.is_loaded_with_dependencies(f))
            && app.world().contains_resource::<JapaneseFallback>()
    });
    assert!(loaded, "the game's fonts did not load");
    settle(&mut app);
    app
}

fn settle(app: &mut App) {
    for _ in 0..4 {
        app.update();
    }
}

/// A node's box in physical pixels.
fn rect(node: &ComputedNode, at: &UiGlobalTransform) -> Rect {
    Rect::from_center_size(at.translation, node.size())
}

/// Slack for rounding, in physical pixels.
const SLACK: f32 = 1.5;

/// The node's name, its text, and its parent's name: enough to find it in the source.
fn label(world: &World, entity: Entity) -> String {
    let name = world.get::<Name>(entity).map(|n| n.as_str().to_string());
    let text = world.get::<Text>(entity).map(|t| {
        let t: String = t.0.chars().take(50).collect();
        format!("text {t:?}")
    });
    let parent = world
        .get::<ChildOf>(entity)
        .and_then(|c| world.get::<Name>(c.parent()))
        .map(|n| format!("in {}", n.as_str()));
    [name, text, parent].into_iter().flatten().collect::<Vec<_>>().join(" ")
}

/// On one axis, what may hide part of a node: the nearest ancestor that does not let its
/// content overflow on that axis. A scrolling one can be scrolled to; one that clips
/// without scrolling cuts its content off; with none, the window is the limit.
enum Limit {
    Window,
    Scrolls,
    ClippedBy(Entity),
}

fn limit(world: &World, entity: Entity, axis: usize) -> Limit {
    let mut at = entity;
    while let Some(parent) = world.get::<ChildOf>(at).map(ChildOf::parent) {
        at = parent;
        let Some(node) = world.get::<Node>(at) else { continue };
        match if axis == 0 { node.overflow.x } else { node.overflow.y } {
            // Only an area the wheel scrolls (`ScrollArea`) brings a text into view for a
            // reader with a mouse: Tab reaches buttons, not paragraphs.
            OverflowAxis::Scroll if world.get::<bevy::ui_widgets::ScrollArea>(at).is_some() => {
                return Limit::Scrolls;
            }
            OverflowAxis::Visible => {}
            _ => return Limit::ClippedBy(at),
        }
    }
    Limit::Window
}

/// The range a node must stay within on one axis, and what sets it; `None` if it may be
/// scrolled into view.
fn bounds(world: &World, entity: Entity, window: Rect, axis: usize) -> Option<(f32, f32, String)> {
    match limit(world, entity, axis) {
        Limit::Scrolls => None,
        Limit::Window => Some((window.min[axis], window.max[axis], "off the window".to_string())),
        Limit::ClippedBy(clipper) => {
            let r = rect(
                world.get::<ComputedNode>(clipper)?,
                world.get::<UiGlobalTransform>(clipper)?,
            );
            // A box that clips inside one that scrolls can be scrolled into view: only the
            // box itself cuts off. Elsewhere the window does too.
            let (low, high) = match limit(world, clipper, axis) {
                Limit::Scrolls => (r.min[axis], r.max[axis]),
                _ => (r.min[axis].max(window.min[axis]), r.max[axis].min(window.max[axis])),
            };
            Some((low, high, format!("cut off by {}", label(world, clipper))))
        }
    }
}

/// Everything that does not fit on the current screen, one line each: a text whose lines
/// spill out of its box, a text or button outside the window or cut off by a box that
/// does not scroll.
pub fn misfits(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let window = {
        let mut windows = world.query_filtered::<&Window, With<PrimaryWindow>>();
        let w = windows.single(world).expect("one window");
        Rect::new(0.0, 0.0, w.physical_width() as f32, w.physical_height() as f32)
    };
    let mut nodes = world.query::<(
        Entity,
        &ComputedNode,
        &UiGlobalTransform,
        Option<&TextLayoutInfo>,
        Option<&TextFont>,
        Has<bevy::ui_widgets::Button>,
        Has<bevy::text::EditableText>,
    )>();
    let mut found = Vec::new();
    let world = &*world;
    for (entity, node, at, text, font, button, field) in nodes.iter(world) {
        // Hidden nodes (`Display::None`) have no size.
        if !(text.is_some() || button) || node.size() == Vec2::ZERO {
            continue;
        }
        let area = rect(node, at);
        if let Some(layout) = text {
            let inset = node.content_inset();
            let content = node.size() - inset.min_inset - inset.max_inset;
            // A text's size is logical (Bevy divides it by the scale factor) but a text
            // field's is physical, as the box's is.
            let physical = if field {
                layout.size
            } else {
                layout.size / node.inverse_scale_factor()
            };
            let spill = physical - content;
            // A wrapped line may end in a space beyond the box: not a visible overflow.
            let space = font.map_or(0.0, |f| match f.font_size {
                FontSize::Px(px) => px * 0.35 / node.inverse_scale_factor(),
                _ => 0.0,
            });
            if spill.x > SLACK + space || spill.y > SLACK {
                found.push(format!(
                    "text spills {:.0}×{:.0} px out of its box: {}",
                    spill.x.max(0.0),
                    spill.y.max(0.0),
                    label(world, entity)
                ));
            }
        }
        for axis in 0..2 {
            let Some((low, high, why)) = bounds(world, entity, window, axis) else {
                continue;
            };
            if area.min[axis] < low - SLACK || area.max[axis] > high + SLACK {
                found.push(format!(
                    "{why} ({:.0},{:.0})–({:.0},{:.0}): {}",
                    area.min.x,
                    area.min.y,
                    area.max.x,
                    area.max.y,
                    label(world, entity)
                ));
                break;
            }
        }
    }
    found.sort();
    found
}

/// Where the tour is walked: a window, a UI scale, a text size and a language.
#[derive(Clone, Copy)]
pub struct Display {
    pub width: u32,
    pub height: u32,
    pub scale: f32,
    pub text: f32,
    pub lang: Lang,
}

pub const fn at(width: u32, height: u32, scale: f32) -> Display {
    Display {
        width,
        height,
        scale,
        text: 1.0,
        lang: Lang::English,
    }
}

/// The networked table: it starts a class server on loopback and joins it.
const CLASS_TABLE: &str = "class_table";

/// Walks the tour's screens named by `wanted` in this display, and hands each one, laid out
/// and ready, to `look` with its name.
pub fn walk_screens(display: Display, wanted: impl Fn(&str) -> bool, mut look: impl FnMut(&str, &mut App)) {
    let Display {
        width,
        height,
        scale,
        text,
        lang,
    } = display;
    let mut app = layout_app(width, height, scale);
    app.world_mut().resource_mut::<Settings>().text_size = text;
    app.world_mut().resource_mut::<Settings>().language = Some(lang);
    settle(&mut app);
    // The title was drawn before the language was set: drawn again, as the game draws it
    // when it starts in that language.
    for screen in [portsmouth::game::Screen::Settings, portsmouth::game::Screen::Title] {
        send(&mut app, portsmouth::game::screens::Go(screen));
        settle(&mut app);
    }
    for (path, step) in portsmouth::game::tour::stops(std::path::Path::new("")) {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        // The 1080 presenter resizes the window.
        if !wanted(&name) || (name == "presenter_1080" && width != 1920) {
            continue;
        }
        step(app.world_mut());
        app.world_mut().flush();
        if name == CLASS_TABLE {
            // Its step resets the settings for the tour's picture; here it is walked in
            // this display like every other screen.
            let mut settings = app.world_mut().resource_mut::<Settings>();
            settings.ui_scale = scale;
            settings.text_size = text;
            settings.language = Some(lang);
        }
        let ready = run_until(&mut app, 120, |app| portsmouth::game::tour::ready(app.world_mut()));
        assert!(ready, "{name}: the screen was not ready in time");
        settle(&mut app);
        look(&name, &mut app);
    }
}

/// Walks the tour's screens named by `wanted` in this display and lists every misfit.
fn walk_tour(display: Display, wanted: impl Fn(&str) -> bool) -> Vec<String> {
    let (width, height, lang) = (display.width, display.height, display.lang);
    let mut report = Vec::new();
    walk_screens(display, wanted, |name, app| {
        let settings = *app.world().resource::<Settings>();
        for misfit in misfits(app) {
            report.push(format!(
                "{name} in {lang} at {width}×{height}, scale {}, text {}: {misfit}",
                settings.ui_scale, settings.text_size
            ));
        }
    });
    report
}

fn assert_fits(display: Display) {
    let report = walk_tour(display, |name| name != CLASS_TABLE);
    assert!(report.is_empty(), "{} misfits:\n{}", report.len(), report.join("\n"));
}

#[test]
fn every_screen_fits_1280x720_at_75() {
    assert_fits(at(1280, 720, 0.75));
}

#[test]
fn every_screen_fits_1280x720_at_100() {
    assert_fits(at(1280, 720, 1.0));
}

#[test]
fn every_screen_fits_1280x720_at_125() {
    assert_fits(at(1280, 720, 1.25));
}

#[test]
fn every_screen_fits_1280x720_at_150() {
    assert_fits(at(1280, 720, 1.5));
}

#[test]
fn every_screen_fits_1280x720_with_the_largest_text() {
    assert_fits(Display {
        text: 1.3,
        ..at(1280, 720, 1.0)
    });
}

#[test]
fn every_screen_fits_1280x720_at_125_with_the_largest_text() {
    assert_fits(Display {
        text: 1.3,
        ..at(1280, 720, 1.25)
    });
}

/// Every screen in every language (and the pseudo-locale, 40 % longer than English, which
/// stands for a translation not yet written) at the smallest common projector size.
fn assert_fits_in(lang: Lang, scale: f32) {
    assert_fits(Display {
        lang,
        ..at(1280, 720, scale)
    });
}

#[test]
fn every_screen_fits_1280x720_in_japanese() {
    assert_fits_in(Lang::Japanese, 1.0);
}

#[test]
fn every_screen_fits_1280x720_in_russian() {
    assert_fits_in(Lang::Russian, 1.0);
}

#[test]
fn every_screen_fits_1280x720_in_danish() {
    assert_fits_in(Lang::Danish, 1.0);
}

#[test]
fn every_screen_fits_1280x720_in_the_pseudo_locale() {
    assert_fits_in(Lang::Pseudo, 1.0);
}

#[test]
fn every_screen_fits_1280x720_at_125_in_the_pseudo_locale() {
    assert_fits_in(Lang::Pseudo, 1.25);
}

#[test]
fn every_screen_fits_1920x1080_at_100() {
    assert_fits(at(1920, 1080, 1.0));
}

#[test]
fn every_screen_fits_1920x1080_at_125() {
    assert_fits(at(1920, 1080, 1.25));
}

#[test]
fn every_screen_fits_1920x1080_at_150() {
    assert_fits(at(1920, 1080, 1.5));
}

#[test]
fn every_screen_fits_1920x1080_at_200() {
    assert_fits(at(1920, 1080, 2.0));
}

#[test]
fn the_networked_table_fits_1280x720() {
    for display in [at(1280, 720, 1.0), at(1280, 720, 1.5)] {
        let report = walk_tour(display, |name| name == CLASS_TABLE);
        assert!(report.is_empty(), "{} misfits:\n{}", report.len(), report.join("\n"));
    }
}

#[test]
fn the_settings_controls_are_a_comfortable_size() {
    let mut app = layout_app(1280, 720, 1.0);
    send(
        &mut app,
        portsmouth::game::screens::Go(portsmouth::game::Screen::Settings),
    );
    settle(&mut app);
    let world = app.world_mut();
    let mut buttons = world.query_filtered::<(&Name, &ComputedNode), With<bevy::ui_widgets::Button>>();
    let sizes: Vec<(String, f32)> = buttons
        .iter(world)
        .map(|(name, node)| (name.to_string(), node.size().y * node.inverse_scale_factor()))
        .collect();
    assert!(sizes.len() >= 12, "the settings' buttons: {sizes:?}");
    for (name, height) in sizes {
        assert!(height >= 28.0, "{name} is {height} px high");
    }
}

/// The box of the one entity named `name`.
fn named(app: &mut App, name: &str) -> Entity {
    let world = app.world_mut();
    let mut query = world.query::<(Entity, &Name)>();
    let found: Vec<Entity> = query
        .iter(world)
        .filter(|(_, n)| n.as_str() == name)
        .map(|(e, _)| e)
        .collect();
    assert_eq!(found.len(), 1, "one {name}");
    found[0]
}

fn box_of(app: &App, entity: Entity) -> Rect {
    let world = app.world();
    rect(
        world.get::<ComputedNode>(entity).unwrap(),
        world.get::<UiGlobalTransform>(entity).unwrap(),
    )
}

#[test]
fn a_tooltip_at_the_right_edge_stays_on_the_window() {
    use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
    use portsmouth::engine::play::side::Side;
    use portsmouth::game::session::{Difficulty, Opponent};
    // At 100 % the header's Title button is at the window's right edge.
    let mut app = layout_app(1280, 720, 1.0);
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 5);
    settle(&mut app);
    let title = named(&mut app, "Button: Title");
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(title, FocusCause::Navigated);
    app.world_mut().resource_mut::<InputFocusVisible>().0 = true;
    settle(&mut app);
    let window = Rect::new(0.0, 0.0, 1280.0, 720.0);
    let button = box_of(&app, title);
    assert!(
        window.contains(button.max) && button.max.x > 1200.0,
        "the Title button is at the right edge: {button:?}"
    );
    let tooltip = named(&mut app, "Tooltip");
    let tip = box_of(&app, tooltip);
    assert!(tip.width() > 0.0, "the tooltip shows");
    assert!(
        tip.min.x >= 0.0 && tip.max.x <= 1280.0 && tip.min.y >= 0.0 && tip.max.y <= 720.0,
        "the tooltip {tip:?} is on the window"
    );
}

#[test]
fn tab_to_a_control_below_the_board_scrolls_it_into_view() {
    use bevy::input_focus::{FocusCause, InputFocus, InputFocusVisible};
    use portsmouth::engine::play::side::Side;
    use portsmouth::game::screens::table::BoardScroll;
    use portsmouth::game::session::{Difficulty, Opponent};
    let mut app = layout_app(1280, 720, 1.5);
    begin_at_the_table(&mut app, Side::Russia, Opponent::Computer(Difficulty::Level(2)), 5);
    await_turn(&mut app);
    settle(&mut app);
    let world = app.world_mut();
    let scroll = world
        .query_filtered::<Entity, With<BoardScroll>>()
        .single(world)
        .unwrap();
    // The lowest control on the board, out of view below the scrolling area.
    let mut buttons = world.query_filtered::<(Entity, &UiGlobalTransform), With<bevy::ui_widgets::Button>>();
    let inside = |world: &World, mut e: Entity| {
        while let Some(parent) = world.get::<ChildOf>(e).map(ChildOf::parent) {
            if parent == scroll {
                return true;
            }
            e = parent;
        }
        false
    };
    let lowest = buttons
        .iter(world)
        .filter(|(e, _)| inside(world, *e))
        .max_by(|a, b| a.1.translation.y.total_cmp(&b.1.translation.y))
        .map(|(e, _)| e)
        .expect("the board has controls");
    let view = box_of(&app, scroll);
    assert!(
        box_of(&app, lowest).max.y > view.max.y,
        "the lowest control starts out of view"
    );
    app.world_mut()
        .resource_mut::<InputFocus>()
        .set(lowest, FocusCause::Navigated);
    app.world_mut().resource_mut::<InputFocusVisible>().0 = true;
    settle(&mut app);
    let now = box_of(&app, lowest);
    let view = box_of(&app, scroll);
    assert!(
        now.min.y >= view.min.y - SLACK && now.max.y <= view.max.y + SLACK,
        "the focused control {now:?} is in the board's view {view:?}"
    );
}

/// Whether the settings' choice with focus key `key` is unavailable, and its tooltip.
fn choice(app: &mut App, key: &str) -> (bool, String) {
    use portsmouth::game::theme::widget::{FocusKey, Tip};
    let world = app.world_mut();
    let mut query = world.query::<(&FocusKey, &Tip, Has<bevy::ui::InteractionDisabled>)>();
    let found: Vec<(bool, String)> = query
        .iter(world)
        .filter(|(k, ..)| k.0 == key)
        .map(|(_, tip, off)| (off, tip.0.clone()))
        .collect();
    assert_eq!(found.len(), 1, "one {key}");
    found[0].clone()
}

/// A choice made unavailable is greyed whole: its edge, which the chosen one has gilt, takes
/// the grey of its face as the window shrinks (a dark frame round a grey button would read
/// as a choice), and the dark of its face again as the window grows.
#[test]
fn an_unavailable_choice_is_greyed_to_its_edge() {
    use portsmouth::game::screens::Go;
    use portsmouth::game::theme::palette::{BUTTON, RULE};
    let face_and_edge = |app: &mut App| {
        let button = control(app, "scale-200%");
        let world = app.world();
        let face = world.get::<BackgroundColor>(button).expect("a face").0;
        let edge = world.get::<BorderColor>(button).expect("an edge").top;
        (face, edge)
    };
    let resize = |app: &mut App, width: f32, height: f32| {
        let world = app.world_mut();
        let mut windows = world.query_filtered::<&mut Window, With<PrimaryWindow>>();
        windows.single_mut(world).unwrap().resolution.set(width, height);
        settle(app);
    };
    let mut app = layout_app(1920, 1080, 1.0);
    send(&mut app, Go(portsmouth::game::Screen::Settings));
    settle(&mut app);
    assert!(!choice(&mut app, "scale-200%").0, "200 % is offered at 1920×1080");
    assert_eq!(face_and_edge(&mut app), (BUTTON, BUTTON));
    resize(&mut app, 1280.0, 720.0);
    assert!(choice(&mut app, "scale-200%").0, "200 % is not offered at 1280×720");
    assert_eq!(face_and_edge(&mut app), (RULE, RULE));
    resize(&mut app, 1920.0, 1080.0);
    assert_eq!(face_and_edge(&mut app), (BUTTON, BUTTON));
}

#[test]
fn a_scale_too_large_for_the_window_is_not_offered_and_falls_back() {
    use portsmouth::game::screens::Go;
    let mut app = layout_app(1280, 720, 2.0);
    assert_eq!(
        app.world().resource::<UiScale>().0,
        1.5,
        "200 % chosen, 150 % drawn in a 1280×720 window"
    );
    send(&mut app, Go(portsmouth::game::Screen::Settings));
    settle(&mut app);
    let (off, tip) = choice(&mut app, "scale-200%");
    assert!(off, "200 % is not offered at 1280×720");
    assert!(
        tip.contains("at least 1700 wide and 960 high") && tip.contains("shown at 150%"),
        "{tip}"
    );
    assert!(!choice(&mut app, "scale-150%").0, "150 % is offered");
    assert!(misfits(&mut app).is_empty(), "{:?}", misfits(&mut app));

    // A larger window: the chosen scale is drawn and offered again.
    let world = app.world_mut();
    let mut windows = world.query_filtered::<&mut Window, With<PrimaryWindow>>();
    windows.single_mut(world).unwrap().resolution.set(1920.0, 1080.0);
    settle(&mut app);
    assert_eq!(app.world().resource::<UiScale>().0, 2.0);
    assert!(!choice(&mut app, "scale-200%").0, "200 % is offered at 1920×1080");
}

//! The map panel: Korea, Manchuria with its railways, the Liaodong lease and Sakhalin with
//! the 50th parallel, coloured by what the agreed terms (solid), the terms on the table
//! (pale) or the war (faint) give each side. Shapes are data (assets/map/*.ron), painted
//! into an image (see `raster`) that the table's map tab shows as a UI image, with the place
//! names as UI text over it.

use super::draft::Draft;
use super::paths::DataRoot;
use super::raster::Picture;
use super::session::Session;
use super::settings::Language;
use super::theme::Fonts;
use super::theme::palette::*;
use super::theme::widget;
use crate::engine::play::moves::Terms;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use crate::tr;
use bevy::asset::RenderAssetUsages;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};
use serde::Deserialize;

pub const MAP_FILE: &str = "assets/map/northeast-asia.ron";

/// The map picture's size in pixels (its longer side): sharp at the table's size and
/// still smooth on a projector at 150%.
const PICTURE: f32 = 640.0;
/// The sea.
const SEA: Color = Color::srgb(0.78, 0.83, 0.84);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapData>();
    app.init_resource::<MapFocus>();
    app.add_observer(attach_viewport);
    app.add_observer(focus_on_edit);
    app.add_systems(
        Update,
        (
            focus_on_hover,
            repaint.run_if(
                resource_exists::<Session>
                    .and_then(any_with_component::<MapViewport>)
                    .and_then(
                        resource_changed::<Session>
                            .or_else(resource_changed::<Draft>)
                            .or_else(resource_changed::<MapFocus>)
                            .or_else(resource_added::<MapImage>),
                    ),
            ),
            relabel.run_if(resource_exists::<Session>),
        )
            .chain(),
    );
}

/// The article whose places the map lights up: the one the player last pointed at, reached
/// with the keyboard, or changed on the board.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapFocus(pub Option<usize>);

/// Marks what stands for an article on the board (its title): pointing at it or reaching
/// it with Tab lights the article's places on the map.
#[derive(Component, Clone, Copy, Debug)]
pub struct ArticleFocus(pub usize);

/// A region's name on the map, by region id.
#[derive(Component, Clone, Debug)]
pub struct RegionLabel(pub String);

fn focus_on_edit(edit: On<crate::game::draft::Edit>, mut focus: ResMut<MapFocus>) {
    use crate::game::draft::Edit;
    let article = match edit.event() {
        Edit::Choose { article, .. }
        | Edit::Step { article, .. }
        | Edit::NextPackage { article }
        | Edit::Answer { article, .. } => *article,
        _ => return,
    };
    focus.set_if_neq(MapFocus(Some(article)));
}

fn focus_on_hover(
    titles: Query<(Entity, &ArticleFocus, &bevy::picking::hover::Hovered)>,
    changed: Query<(), (With<ArticleFocus>, Changed<bevy::picking::hover::Hovered>)>,
    input: Res<bevy::input_focus::InputFocus>,
    mut focus: ResMut<MapFocus>,
) {
    if changed.is_empty() && !input.is_changed() {
        return;
    }
    let pointed = titles.iter().find(|(_, _, h)| h.get());
    let reached = || titles.iter().find(|(e, ..)| input.get() == Some(*e));
    if let Some((_, article, _)) = pointed.or_else(reached) {
        focus.set_if_neq(MapFocus(Some(article.0)));
    }
}

/// The ids of the regions and lines an article lights up (those the scenario names for it).
pub fn lit(scenario: &Scenario, focus: MapFocus) -> Vec<String> {
    focus
        .0
        .and_then(|a| scenario.articles.get(a))
        .map_or_else(Vec::new, |article| article.regions.clone())
}

/// Each region's label and where it stands (its outline's mean point unless the map says).
pub fn region_labels(map: &MapFile) -> Vec<(&str, &str, (f32, f32))> {
    map.regions
        .iter()
        .filter_map(|r| {
            let label = r.label.as_deref().unwrap_or(&r.name);
            if label.is_empty() {
                return None;
            }
            let n = r.outline.len() as f32;
            let mean = r
                .outline
                .iter()
                .fold((0.0, 0.0), |(x, y), p| (x + p.0 / n, y + p.1 / n));
            Some((r.id.as_str(), label, r.label_at.unwrap_or(mean)))
        })
        .collect()
}

/// Labels of lit regions stand out; the rest stay sepia. Also when the map is drawn anew
/// (the table redraws its side column as the draft changes).
fn relabel(
    session: Res<Session>,
    focus: Res<MapFocus>,
    added: Query<(), Added<RegionLabel>>,
    labels: Query<(&RegionLabel, &Children)>,
    mut texts: Query<&mut TextColor>,
) {
    if !focus.is_changed() && added.is_empty() {
        return;
    }
    let lit = lit(session.game.scenario(), *focus);
    for (label, children) in &labels {
        let colour = if lit.contains(&label.0) { SEAL_RED } else { SEPIA };
        for child in children {
            if let Ok(mut text) = texts.get_mut(*child) {
                text.0 = colour;
            }
        }
    }
}

#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holder {
    Japan,
    Russia,
    China,
    Korea,
    Nobody,
}

/// Why a region shows its holder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    Agreed,
    Proposed,
    /// No term touches it yet: as held in August 1905.
    AsHeld,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub article: String,
    pub options: Vec<String>,
    pub gives: Holder,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The name written on the map (the `name` if left out; empty for none).
    #[serde(default)]
    pub label: Option<String>,
    /// Where the label stands (the outline's mean point if left out).
    #[serde(default)]
    pub label_at: Option<(f32, f32)>,
    pub held_by: Holder,
    pub outline: Vec<(f32, f32)>,
    #[serde(default)]
    pub control: Vec<Rule>,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub id: String,
    pub name: String,
    pub held_by: Holder,
    pub points: Vec<(f32, f32)>,
    #[serde(default)]
    pub control: Vec<Rule>,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub name: String,
    pub at: (f32, f32),
}

#[derive(Deserialize, Clone, Copy, Debug)]
#[serde(deny_unknown_fields)]
pub struct View {
    pub west: f32,
    pub east: f32,
    pub south: f32,
    pub north: f32,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct MapFile {
    pub view: View,
    pub regions: Vec<Region>,
    pub lines: Vec<Line>,
    pub places: Vec<Place>,
}

/// The map as loaded, or why it could not be.
#[derive(Resource, Clone, Debug)]
pub struct MapData(pub Result<MapFile, String>);

impl FromWorld for MapData {
    fn from_world(world: &mut World) -> Self {
        let root = world
            .get_resource::<DataRoot>()
            .map_or_else(super::paths::data_root, |r| r.0.clone());
        MapData(MapFile::load(&root.join(MAP_FILE)))
    }
}

impl MapFile {
    pub fn load(path: &std::path::Path) -> Result<MapFile, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read the map: {e}", path.display()))?;
        let map: MapFile = ron::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: the map file is damaged: {}",
                path.display(),
                e.span.start.line,
                e.span.start.col,
                e.code
            )
        })?;
        for region in &map.regions {
            if region.outline.len() < 3 || triangulate(&region.outline).is_empty() {
                return Err(format!(
                    "{}: region `{}` is not a simple polygon",
                    path.display(),
                    region.id
                ));
            }
        }
        Ok(map)
    }

    /// Plane coordinates: degrees, with longitude shrunk by the cosine of the mean latitude.
    pub fn project(&self, (lon, lat): (f32, f32)) -> Vec2 {
        let mid = (self.view.south + self.view.north) / 2.0;
        Vec2::new(
            (lon - (self.view.west + self.view.east) / 2.0) * mid.to_radians().cos(),
            lat - mid,
        )
    }

    pub fn size(&self) -> Vec2 {
        self.project((self.view.east, self.view.north)) - self.project((self.view.west, self.view.south))
    }
}

/// Who holds what the rules describe, given the agreed and the proposed terms.
pub fn holder(
    scenario: &Scenario,
    held_by: Holder,
    control: &[Rule],
    agreed: &Terms,
    proposed: &Terms,
) -> (Holder, Basis) {
    for (terms, basis) in [(agreed, Basis::Agreed), (proposed, Basis::Proposed)] {
        for rule in control {
            let Ok(a) = scenario.article_index(&rule.article) else {
                continue;
            };
            let Some(o) = terms.get(a) else { continue };
            if rule.options.iter().any(|id| scenario.option_index(a, id) == Ok(o)) {
                return (rule.gives, basis);
            }
        }
    }
    (held_by, Basis::AsHeld)
}

/// The terms the map shows as proposed: the player's draft over the counterpart's offer.
pub fn proposed_terms(session: &Session, draft: &Draft) -> Terms {
    session.view().opponent_proposal().terms.overlaid(&draft.terms())
}

pub fn colour(holder: Holder, basis: Basis) -> Color {
    let base = match holder {
        Holder::Japan => JAPAN,
        Holder::Russia => RUSSIA,
        Holder::China => CHINA,
        Holder::Korea => Color::srgb(0.62, 0.55, 0.72),
        Holder::Nobody => INK,
    };
    let alpha = match basis {
        Basis::Agreed => 1.0,
        Basis::Proposed => 0.6,
        Basis::AsHeld => 0.3,
    };
    base.with_alpha(alpha)
}

/// Ear clipping for a simple polygon (either winding): triangle indices, or none if the
/// outline is not simple.
pub fn triangulate(outline: &[(f32, f32)]) -> Vec<u32> {
    let points: Vec<Vec2> = outline.iter().map(|&(x, y)| Vec2::new(x, y)).collect();
    let area: f32 = (0..points.len())
        .map(|i| points[i].perp_dot(points[(i + 1) % points.len()]))
        .sum();
    let mut left: Vec<usize> = (0..points.len()).collect();
    if area < 0.0 {
        left.reverse();
    }
    let mut out = Vec::new();
    let inside = |p: Vec2, a: Vec2, b: Vec2, c: Vec2| {
        (b - a).perp_dot(p - a) >= 0.0 && (c - b).perp_dot(p - b) >= 0.0 && (a - c).perp_dot(p - c) >= 0.0
    };
    while left.len() > 3 {
        let n = left.len();
        let ear = (0..n).find(|&i| {
            let (a, b, c) = (
                points[left[(i + n - 1) % n]],
                points[left[i]],
                points[left[(i + 1) % n]],
            );
            (b - a).perp_dot(c - b) > 0.0
                && !left
                    .iter()
                    .filter(|&&j| ![left[(i + n - 1) % n], left[i], left[(i + 1) % n]].contains(&j))
                    .any(|&j| inside(points[j], a, b, c))
        });
        let Some(i) = ear else { return Vec::new() };
        out.extend([left[(i + n - 1) % n], left[i], left[(i + 1) % n]].map(|x| x as u32));
        left.remove(i);
    }
    out.extend(left.iter().map(|&x| x as u32));
    out
}

/// Marks the map tab's panel, for tests.
#[derive(Component)]
pub struct MapPanel;

/// The UI node the map is drawn into.
#[derive(Component)]
pub struct MapViewport;

/// The image the map is painted into, once made.
#[derive(Resource)]
struct MapImage(Handle<Image>);

/// The legend above the map.
pub fn legend(f: &Fonts, l: Lang) -> impl Bundle {
    (
        Name::new("Map legend"),
        widget::column(0.0),
        // The shading's key on a line of its own: beside the names, a longer translation
        // squeezed them until "日本" broke in two.
        children![
            (
                widget::row(10.0),
                children![
                    widget::text(f, tr!(l, "map-japan"), 14.0, JAPAN),
                    widget::text(f, tr!(l, "map-russia"), 14.0, RUSSIA),
                    widget::text(f, tr!(l, "map-china"), 14.0, SEPIA),
                    widget::text(f, tr!(l, "map-korea"), 14.0, colour(Holder::Korea, Basis::Agreed)),
                ]
            ),
            widget::italic(f, tr!(l, "map-shading"), 13.0, SEPIA),
        ],
    )
}

/// A name the map file writes, in `l`: the catalogue's `map-<kind>-<id>` if it has one (the
/// map's names are the game's, translated with its other words), else the file's own.
pub fn map_name(l: Lang, kind: &str, id: &str, written: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let key = format!("map-{kind}-{}", id.trim_matches('-'));
    if crate::i18n::catalog::has(&key) {
        crate::i18n::text(l, &key)
    } else {
        written.to_string()
    }
}

/// Shows the map in the viewport node as soon as one appears: the picture, and the place
/// names over it.
fn attach_viewport(
    event: On<Add, MapViewport>,
    mut commands: Commands,
    map: Res<MapData>,
    fonts: Res<Fonts>,
    image: Option<Res<MapImage>>,
    images: Option<ResMut<Assets<Image>>>,
    language: Res<Language>,
) {
    let l = language.0;
    let Ok(map) = &map.0 else { return };
    let size = map.size();
    commands.entity(event.entity).with_children(|labels| {
        for (id, label, at) in region_labels(map) {
            let at = map.project(at);
            labels.spawn((
                Name::new(format!("Region: {label}")),
                RegionLabel(id.to_string()),
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(100.0 * (at.x + size.x / 2.0) / size.x - 4.0),
                    top: percent(100.0 * (size.y / 2.0 - at.y) / size.y - 1.6),
                    ..default()
                },
                children![widget::italic(&fonts, map_name(l, "region", id, label), 13.0, SEPIA)],
            ));
        }
        for place in &map.places {
            let at = map.project(place.at);
            labels.spawn((
                Name::new(format!("Place: {}", place.name)),
                Node {
                    position_type: PositionType::Absolute,
                    left: percent(100.0 * (at.x + size.x / 2.0) / size.x - 0.6),
                    top: percent(100.0 * (size.y / 2.0 - at.y) / size.y - 1.6),
                    align_items: AlignItems::Center,
                    column_gap: px(3),
                    ..default()
                },
                children![
                    (
                        Node {
                            width: px(6),
                            height: px(6),
                            border_radius: BorderRadius::MAX,
                            ..default()
                        },
                        BackgroundColor(INK),
                    ),
                    widget::text(&fonts, map_name(l, "place", &place.name, &place.name), 13.0, INK),
                ],
            ));
        }
    });
    // Without a renderer (the headless tests) there is no image to show.
    let handle = match (image, images) {
        (Some(image), _) => image.0.clone(),
        (None, Some(mut images)) => {
            let (width, height) = picture_size(map);
            let handle = images.add(Image::new(
                Extent3d {
                    width: width as u32,
                    height: height as u32,
                    depth_or_array_layers: 1,
                },
                TextureDimension::D2,
                vec![0; width * height * 4],
                TextureFormat::Rgba8UnormSrgb,
                RenderAssetUsages::default(),
            ));
            commands.insert_resource(MapImage(handle.clone()));
            handle
        }
        (None, None) => return,
    };
    commands.entity(event.entity).insert(ImageNode::new(handle));
}

fn picture_size(map: &MapFile) -> (usize, usize) {
    let size = map.size();
    let scale = PICTURE / size.x.max(size.y);
    ((size.x * scale).round() as usize, (size.y * scale).round() as usize)
}

/// Paints the map for the given agreed and proposed terms.
pub fn paint(map: &MapFile, scenario: &Scenario, agreed: &Terms, proposed: &Terms) -> Picture {
    paint_lit(map, scenario, agreed, proposed, &[])
}

/// Paints the map, with the regions and lines named in `lit` outlined in the seal's red.
pub fn paint_lit(map: &MapFile, scenario: &Scenario, agreed: &Terms, proposed: &Terms, lit: &[String]) -> Picture {
    let (width, height) = picture_size(map);
    let size = map.size();
    let to_pixel = |p: (f32, f32)| {
        let at = map.project(p);
        (
            (at.x + size.x / 2.0) / size.x * width as f32,
            (size.y / 2.0 - at.y) / size.y * height as f32,
        )
    };
    let rgba = |c: Color| {
        let c = c.to_srgba();
        [c.red, c.green, c.blue, c.alpha]
    };
    let mut picture = Picture::new(width, height, rgba(SEA));
    for region in &map.regions {
        let outline: Vec<(f32, f32)> = region.outline.iter().map(|&p| to_pixel(p)).collect();
        // Land first, in paper, so faint colours read as tints of land rather than of sea.
        picture.fill(&outline, rgba(PARCHMENT));
        let (who, basis) = holder(scenario, region.held_by, &region.control, agreed, proposed);
        picture.fill(&outline, rgba(colour(who, basis)));
    }
    let line_width = width as f32 / 140.0;
    for line in &map.lines {
        let points: Vec<(f32, f32)> = line.points.iter().map(|&p| to_pixel(p)).collect();
        let (who, basis) = holder(scenario, line.held_by, &line.control, agreed, proposed);
        // Lines are thin: they keep more colour than regions at each stage.
        let basis = match basis {
            Basis::AsHeld => Basis::Proposed,
            _ => Basis::Agreed,
        };
        picture.line(&points, line_width, rgba(colour(who, basis)));
    }
    // The article's places last, over everything: a red outline round each region, a red
    // line along each railway or border.
    for region in map.regions.iter().filter(|r| lit.contains(&r.id)) {
        let mut outline: Vec<(f32, f32)> = region.outline.iter().map(|&p| to_pixel(p)).collect();
        outline.push(outline[0]);
        picture.line(&outline, line_width * 0.8, rgba(SEAL_RED));
    }
    for line in map.lines.iter().filter(|l| lit.contains(&l.id)) {
        let points: Vec<(f32, f32)> = line.points.iter().map(|&p| to_pixel(p)).collect();
        picture.line(&points, line_width * 0.6, rgba(SEAL_RED));
    }
    picture
}

fn repaint(
    session: Res<Session>,
    draft: Res<Draft>,
    focus: Res<MapFocus>,
    map: Res<MapData>,
    image: Option<Res<MapImage>>,
    images: Option<ResMut<Assets<Image>>>,
) {
    let (Ok(map), Some(image), Some(mut images)) = (&map.0, image, images) else {
        return;
    };
    let scenario = session.game.scenario();
    let agreed = session.game.state().agreed_terms();
    let lit = lit(scenario, *focus);
    let picture = paint_lit(map, scenario, &agreed, &proposed_terms(&session, &draft), &lit);
    if let Some(mut target) = images.get_mut(&image.0) {
        target.data = Some(picture.into_bytes());
    }
}

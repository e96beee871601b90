//! The map panel: Korea, Manchuria with its railways, the Liaodong lease and Sakhalin with
//! the 50th parallel, coloured by what the agreed terms (solid), the terms on the table
//! (pale) or the war (faint) give each side. Shapes are data (assets/map/*.ron), drawn as
//! 2D meshes seen by a camera of their own, shown in the table's map tab through a UI
//! viewport node.

use super::draft::Draft;
use super::paths::DataRoot;
use super::session::Session;
use super::theme::Fonts;
use super::theme::palette::*;
use super::theme::widget;
use crate::engine::moves::Terms;
use crate::engine::scenario::Scenario;
use bevy::asset::RenderAssetUsages;
use bevy::camera::visibility::RenderLayers;
use bevy::camera::{RenderTarget, ScalingMode};
use bevy::mesh::{Indices, PrimitiveTopology};
use bevy::prelude::*;
use bevy::render::render_resource::TextureFormat;
use bevy::ui::widget::ViewportNode;
use serde::Deserialize;

pub const MAP_FILE: &str = "assets/map/northeast-asia.ron";

/// The render layer of the map's meshes, seen only by the map camera.
const MAP_LAYER: usize = 1;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MapData>();
    app.add_observer(attach_viewport);
    app.add_systems(
        Update,
        recolour.run_if(
            resource_exists::<Session>.and_then(resource_changed::<Session>.or_else(resource_changed::<Draft>)),
        ),
    );
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

/// A map shape and the entry of the map file it draws: (is a line, index).
#[derive(Component, Clone, Copy, Debug)]
pub struct Shape {
    pub line: bool,
    pub index: usize,
}

#[derive(Resource)]
struct MapCamera(Entity);

/// The legend above the map.
pub fn legend(f: &Fonts) -> impl Bundle {
    (
        Name::new("Map legend"),
        widget::row(10.0),
        children![
            widget::text(f, "Japan", 14.0, JAPAN),
            widget::text(f, "Russia", 14.0, RUSSIA),
            widget::text(f, "China", 14.0, SEPIA),
            widget::italic(
                f,
                "solid: agreed · pale: on the table · faint: as held in 1905",
                13.0,
                SEPIA
            ),
        ],
    )
}

/// Draws the map (once) and shows it in the viewport node as soon as one appears.
#[allow(clippy::too_many_arguments)]
fn attach_viewport(
    event: On<Add, MapViewport>,
    mut commands: Commands,
    camera: Option<Res<MapCamera>>,
    map: Res<MapData>,
    fonts: Res<Fonts>,
    meshes: Option<ResMut<Assets<Mesh>>>,
    materials: Option<ResMut<Assets<ColorMaterial>>>,
    images: Option<ResMut<Assets<Image>>>,
) {
    // Without a renderer (the headless tests) there is nothing to draw into.
    let (Some(mut meshes), Some(mut materials), Some(mut images)) = (meshes, materials, images) else {
        return;
    };
    let Ok(map) = &map.0 else { return };
    let camera = match camera {
        Some(c) => c.0,
        None => {
            let image = images.add(Image::new_target_texture(16, 16, TextureFormat::Bgra8UnormSrgb, None));
            let size = map.size();
            let id = commands
                .spawn((
                    Name::new("Map camera"),
                    Camera2d,
                    Camera {
                        order: -1,
                        clear_color: ClearColorConfig::Custom(Color::srgb(0.78, 0.83, 0.84)),
                        ..default()
                    },
                    RenderTarget::Image(image.into()),
                    Projection::Orthographic(OrthographicProjection {
                        scaling_mode: ScalingMode::AutoMin {
                            min_width: size.x,
                            min_height: size.y,
                        },
                        ..OrthographicProjection::default_2d()
                    }),
                    RenderLayers::layer(MAP_LAYER),
                ))
                .id();
            spawn_shapes(&mut commands, map, &fonts, &mut meshes, &mut materials);
            commands.insert_resource(MapCamera(id));
            id
        }
    };
    commands.entity(event.entity).insert(ViewportNode::new(camera));
}

fn spawn_shapes(
    commands: &mut Commands,
    map: &MapFile,
    fonts: &Fonts,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
) {
    let layer = RenderLayers::layer(MAP_LAYER);
    for (index, region) in map.regions.iter().enumerate() {
        let positions: Vec<[f32; 3]> = region
            .outline
            .iter()
            .map(|&p| map.project(p).extend(0.0).to_array())
            .collect();
        let mut mesh = Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default());
        mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, positions);
        mesh.insert_indices(Indices::U32(triangulate(&region.outline)));
        commands.spawn((
            Name::new(format!("Region: {}", region.id)),
            Shape { line: false, index },
            Mesh2d(meshes.add(mesh)),
            MeshMaterial2d(materials.add(colour(region.held_by, Basis::AsHeld))),
            Transform::from_xyz(0.0, 0.0, index as f32 * 0.01),
            layer.clone(),
        ));
    }
    for (index, line) in map.lines.iter().enumerate() {
        commands.spawn((
            Name::new(format!("Line: {}", line.id)),
            Shape { line: true, index },
            Mesh2d(meshes.add(polyline(map, &line.points, 0.22))),
            MeshMaterial2d(materials.add(colour(line.held_by, Basis::AsHeld))),
            Transform::from_xyz(0.0, 0.0, 1.0 + index as f32 * 0.01),
            layer.clone(),
        ));
    }
    for place in &map.places {
        let at = map.project(place.at);
        commands.spawn((
            Name::new(format!("Place: {}", place.name)),
            Mesh2d(meshes.add(Circle::new(0.2))),
            MeshMaterial2d(materials.add(INK)),
            Transform::from_translation(at.extend(2.0)),
            layer.clone(),
        ));
        commands.spawn((
            Name::new(format!("Label: {}", place.name)),
            Text2d::new(place.name.clone()),
            TextFont {
                font: fonts.regular.clone().into(),
                font_size: FontSize::Px(28.0),
                ..default()
            },
            TextColor(INK),
            bevy::sprite::Anchor::CENTER_LEFT,
            Transform::from_translation((at + Vec2::new(0.35, 0.0)).extend(3.0)).with_scale(Vec3::splat(0.03)),
            layer.clone(),
        ));
    }
}

/// A thick polyline as quads, `width` in map units.
fn polyline(map: &MapFile, points: &[(f32, f32)], width: f32) -> Mesh {
    let mut positions = Vec::new();
    let mut indices = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (map.project(pair[0]), map.project(pair[1]));
        let normal = (b - a).perp().normalize_or_zero() * width / 2.0;
        let base = positions.len() as u32;
        for p in [a + normal, a - normal, b - normal, b + normal] {
            positions.push(p.extend(0.0).to_array());
        }
        indices.extend([base, base + 1, base + 2, base, base + 2, base + 3]);
    }
    let mut mesh = Mesh::new(PrimitiveTopology::TriangleList, RenderAssetUsages::default());
    mesh.insert_attribute(Mesh::ATTRIBUTE_POSITION, positions);
    mesh.insert_indices(Indices::U32(indices));
    mesh
}

fn recolour(
    session: Res<Session>,
    draft: Res<Draft>,
    map: Res<MapData>,
    shapes: Query<(&Shape, &MeshMaterial2d<ColorMaterial>)>,
    materials: Option<ResMut<Assets<ColorMaterial>>>,
) {
    let (Ok(map), Some(mut materials)) = (&map.0, materials) else {
        return;
    };
    let scenario = session.game.scenario();
    let agreed = session.game.state().agreed_terms();
    let proposed = proposed_terms(&session, &draft);
    for (shape, material) in &shapes {
        let (held_by, control) = if shape.line {
            let l = &map.lines[shape.index];
            (l.held_by, &l.control)
        } else {
            let r = &map.regions[shape.index];
            (r.held_by, &r.control)
        };
        let (who, basis) = holder(scenario, held_by, control, &agreed, &proposed);
        if let Some(mut m) = materials.get_mut(&material.0) {
            m.color = colour(who, basis);
        }
    }
}

//! The map's data: it loads, every rule names a real article and option, and the treaty
//! of 1905 colours it as the treaty divided the region.

use portsmouth::engine::play::moves::Terms;
use portsmouth::engine::scenario;
use portsmouth::game::map::{Basis, Holder, MAP_FILE, MapFile, holder, triangulate};
use std::path::Path;

fn map() -> MapFile {
    MapFile::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(MAP_FILE)).unwrap()
}

#[test]
fn ear_clipping_covers_convex_and_concave_outlines() {
    let square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)];
    assert_eq!(triangulate(&square).len(), 6);
    // An L shape, clockwise: four triangles.
    let l = [(0.0, 0.0), (0.0, 2.0), (1.0, 2.0), (1.0, 1.0), (2.0, 1.0), (2.0, 0.0)];
    let tris = triangulate(&l);
    assert_eq!(tris.len(), 12);
    let area: f32 = tris
        .chunks(3)
        .map(|t| {
            let p = |i: u32| bevy::math::Vec2::new(l[i as usize].0, l[i as usize].1);
            ((p(t[1]) - p(t[0])).perp_dot(p(t[2]) - p(t[0])) / 2.0).abs()
        })
        .sum();
    assert!((area - 3.0).abs() < 1e-5, "the triangles cover the L exactly: {area}");
}

#[test]
fn the_map_names_only_real_articles_and_options() {
    let map = map();
    let loaded = scenario::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron")).unwrap();
    let s = &loaded.scenario;
    let rules = map
        .regions
        .iter()
        .flat_map(|r| &r.control)
        .chain(map.lines.iter().flat_map(|l| &l.control));
    for rule in rules {
        let a = s.article_index(&rule.article).unwrap();
        for option in &rule.options {
            s.option_index(a, option).unwrap();
        }
    }
    for id in [
        "korea",
        "north_manchuria",
        "south_manchuria",
        "liaodong",
        "sakhalin_south",
        "sakhalin_north",
    ] {
        assert!(map.regions.iter().any(|r| r.id == id), "the map shows {id}");
    }
    for id in ["cer", "sipingai_port_arthur", "parallel_50"] {
        assert!(map.lines.iter().any(|l| l.id == id), "the map shows {id}");
    }
}

#[test]
fn the_1905_treaty_divides_sakhalin_at_the_50th_parallel() {
    let map = map();
    let loaded = scenario::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron")).unwrap();
    let s = &loaded.scenario;
    let treaty = s.history.as_ref().unwrap().treaty;
    let region = |id: &str| map.regions.iter().find(|r| r.id == id).unwrap();
    let line = |id: &str| map.lines.iter().find(|l| l.id == id).unwrap();
    let of = |held_by, control| holder(s, held_by, control, &treaty, &Terms::EMPTY);
    let r = region("sakhalin_south");
    assert_eq!(of(r.held_by, &r.control), (Holder::Japan, Basis::Agreed));
    let r = region("sakhalin_north");
    assert_eq!(of(r.held_by, &r.control), (Holder::Russia, Basis::Agreed));
    let r = region("liaodong");
    assert_eq!(of(r.held_by, &r.control), (Holder::Japan, Basis::Agreed));
    let l = line("harbin_changchun");
    assert_eq!(of(l.held_by, &l.control), (Holder::Russia, Basis::Agreed));
    let l = line("sipingai_port_arthur");
    assert_eq!(of(l.held_by, &l.control), (Holder::Japan, Basis::Agreed));
    // Proposed terms show as proposed, and nothing at all as held in 1905.
    let r = region("sakhalin_north");
    assert_eq!(
        holder(s, r.held_by, &r.control, &Terms::EMPTY, &treaty),
        (Holder::Russia, Basis::Proposed)
    );
    assert_eq!(
        holder(s, r.held_by, &r.control, &Terms::EMPTY, &Terms::EMPTY),
        (Holder::Japan, Basis::AsHeld)
    );
}

#[test]
fn text_sizes_snap_to_the_type_scale() {
    use portsmouth::game::theme::widget::{TYPE_SCALE, on_type_scale};
    assert_eq!(on_type_scale(14.0), 13.0, "a tie goes to the smaller size");
    assert_eq!(on_type_scale(16.0), 15.0);
    assert_eq!(on_type_scale(17.0), 18.0);
    assert_eq!(on_type_scale(34.0), 40.0);
    assert_eq!(on_type_scale(200.0), 76.0);
    for size in TYPE_SCALE {
        assert_eq!(on_type_scale(size), size);
    }
}

#[test]
fn the_painted_map_shows_who_holds_sakhalin() {
    use portsmouth::game::map::{colour, paint};
    let map = map();
    let loaded = scenario::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron")).unwrap();
    let s = &loaded.scenario;
    let treaty = s.history.as_ref().unwrap().treaty;
    let picture = paint(&map, s, &treaty, &Terms::EMPTY);
    // The pixel at a point inside southern Sakhalin (47.5°N, 142.5°E), and inside the north.
    let at = |lon: f32, lat: f32| {
        let size = map.size();
        let p = map.project((lon, lat));
        let x = ((p.x + size.x / 2.0) / size.x * picture.width as f32) as usize;
        let y = ((size.y / 2.0 - p.y) / size.y * picture.height as f32) as usize;
        picture.pixel(x, y)
    };
    let close = |got: [f32; 4], want: bevy::color::Color| {
        let w = want.to_srgba();
        (got[0] - w.red).abs() < 0.03 && (got[1] - w.green).abs() < 0.03 && (got[2] - w.blue).abs() < 0.03
    };
    assert!(
        close(at(142.4, 47.5), colour(Holder::Japan, Basis::Agreed)),
        "{:?}",
        at(142.4, 47.5)
    );
    assert!(
        close(at(142.6, 52.0), colour(Holder::Russia, Basis::Agreed)),
        "{:?}",
        at(142.6, 52.0)
    );
    // The sea stays sea.
    assert!(!close(at(137.0, 40.0), colour(Holder::Japan, Basis::Agreed)));
}

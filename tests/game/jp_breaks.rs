//! Where Bevy's text engine breaks Japanese lines: texts laid out at narrow widths by Bevy's
//! own layout (parley), the line boundaries read back from the laid-out block.

use crate::fit::layout_app;
use bevy::prelude::*;
use bevy::text::ComputedTextBlock;
use portsmouth::game::theme::Fonts;

/// The lines `text` is broken into in a box `width` px wide at `size` px.
pub fn lines_at(app: &mut App, text: &str, width: f32, size: f32) -> Vec<String> {
    let font = app.world().resource::<Fonts>().regular.clone();
    let entity = app
        .world_mut()
        .spawn((
            Node {
                width: Val::Px(width),
                position_type: PositionType::Absolute,
                ..default()
            },
            Text::new(text),
            TextFont {
                font: font.into(),
                font_size: FontSize::Px(size),
                ..default()
            },
        ))
        .id();
    for _ in 0..4 {
        app.update();
    }
    let block = app.world().get::<ComputedTextBlock>(entity).expect("a laid-out text");
    let lines = block
        .buffer()
        .lines()
        .map(|line| text[line.text_range()].to_string())
        .collect();
    app.world_mut().despawn(entity);
    lines
}

#[test]
fn experiment() {
    let mut app = layout_app(1280, 800, 1.0);
    let base = "オイスター湾のポーツマスで賠償金と樺太を話し合う";
    let wj: String = base.chars().map(|c| format!("{c}\u{2060}")).collect();
    let feff: String = base.chars().map(|c| format!("{c}\u{FEFF}")).collect();
    for (name, text) in [("plain", base.to_string()), ("wj", wj), ("feff", feff)] {
        for width in [90.0, 130.0, 170.0] {
            let lines = lines_at(&mut app, &text, width, 20.0);
            println!("{name} {width}: {:?}", lines);
        }
    }
}

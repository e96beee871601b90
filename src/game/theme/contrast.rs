//! High contrast, for a projector in a lit classroom: black on white with strong colours.
//! Screens are drawn in the paper palette; this recolours every text, background and
//! border from the paper palette to its high-contrast counterpart as it appears (and back
//! when switched off). The two palettes share no colour, so recolouring twice is harmless.

use super::palette::*;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HighContrast>();
    app.add_systems(PostUpdate, recolour.before(bevy::ui::UiSystems::Prepare));
}

/// Whether the high-contrast palette is in use.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HighContrast(pub bool);

/// (paper, high contrast). Equal paper colours (the button text is telegraph paper) map to
/// one high-contrast colour, so the way back is unambiguous too.
const PAIRS: [(Color, Color); 14] = [
    (PARCHMENT, Color::srgb(1.0, 1.0, 1.0)),
    (TELEGRAPH, Color::srgb(0.93, 0.93, 0.93)),
    (INK, Color::srgb(0.0, 0.0, 0.0)),
    (SEPIA, Color::srgb(0.08, 0.08, 0.08)),
    (RULE, Color::srgb(0.25, 0.25, 0.25)),
    (SEAL_RED, Color::srgb(0.72, 0.0, 0.0)),
    (BUTTON, Color::srgb(0.0, 0.0, 0.32)),
    (BUTTON_HOVERED, Color::srgb(0.0, 0.18, 0.58)),
    (BUTTON_TEXT, Color::srgb(0.93, 0.93, 0.93)),
    (JAPAN, Color::srgb(0.82, 0.0, 0.0)),
    (RUSSIA, Color::srgb(0.0, 0.36, 0.12)),
    (CHINA, Color::srgb(0.85, 0.62, 0.0)),
    (AGREED, Color::srgb(0.0, 0.45, 0.0)),
    (SET_ASIDE, Color::srgb(0.62, 0.36, 0.0)),
];

fn same_rgb(a: Color, b: Color) -> bool {
    let (a, b) = (a.to_srgba(), b.to_srgba());
    (a.red - b.red).abs() < 0.002 && (a.green - b.green).abs() < 0.002 && (a.blue - b.blue).abs() < 0.002
}

/// The colour in the palette in use; colours of neither palette are left alone.
pub fn shade(color: Color, high_contrast: bool) -> Color {
    let alpha = color.alpha();
    PAIRS
        .iter()
        .find_map(|&(paper, contrast)| {
            let (from, to) = if high_contrast {
                (paper, contrast)
            } else {
                (contrast, paper)
            };
            same_rgb(color, from).then_some(to.with_alpha(alpha))
        })
        .unwrap_or(color)
}

type Colours<'w, 's, C> = Query<'w, 's, &'static mut C>;

fn recolour(
    contrast: Res<HighContrast>,
    mut clear: ResMut<ClearColor>,
    mut texts: Colours<TextColor>,
    mut backgrounds: Colours<BackgroundColor>,
    mut borders: Colours<BorderColor>,
    mut outlines: Colours<Outline>,
) {
    let all = contrast.is_changed();
    let on = contrast.0;
    if all {
        let shaded = shade(clear.0, on);
        if shaded != clear.0 {
            clear.0 = shaded;
        }
    }
    for mut text in &mut texts {
        if all || text.is_changed() {
            let shaded = shade(text.0, on);
            text.set_if_neq(TextColor(shaded));
        }
    }
    for mut background in &mut backgrounds {
        if all || background.is_changed() {
            let shaded = shade(background.0, on);
            background.set_if_neq(BackgroundColor(shaded));
        }
    }
    for mut border in &mut borders {
        if all || border.is_changed() {
            let shaded = BorderColor {
                top: shade(border.top, on),
                right: shade(border.right, on),
                bottom: shade(border.bottom, on),
                left: shade(border.left, on),
            };
            border.set_if_neq(shaded);
        }
    }
    for mut outline in &mut outlines {
        if all || outline.is_changed() {
            let color = shade(outline.color, on);
            if color != outline.color {
                outline.color = color;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palettes_map_there_and_back() {
        for (paper, contrast) in PAIRS {
            assert!(same_rgb(shade(paper, true), contrast));
            assert!(same_rgb(shade(shade(paper, true), true), contrast), "twice is once");
            assert!(same_rgb(shade(contrast, false), paper));
        }
        // Alpha is kept; other colours are left alone.
        assert_eq!(shade(INK.with_alpha(0.5), true).alpha(), 0.5);
        assert_eq!(shade(Color::srgb(0.1, 0.25, 0.6), true), Color::srgb(0.1, 0.25, 0.6));
    }

    #[test]
    fn high_contrast_text_is_at_least_15_to_1_on_its_page() {
        // WCAG contrast ratio of ink and secondary text on the page, in high contrast.
        let luminance = |c: Color| {
            let c = c.to_linear();
            0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
        };
        let ratio = |a: Color, b: Color| {
            let (l1, l2) = (luminance(a).max(luminance(b)), luminance(a).min(luminance(b)));
            (l1 + 0.05) / (l2 + 0.05)
        };
        for text in [INK, SEPIA] {
            for page in [PARCHMENT, TELEGRAPH] {
                assert!(ratio(shade(text, true), shade(page, true)) >= 15.0);
            }
        }
        assert!(ratio(shade(BUTTON_TEXT, true), shade(BUTTON, true)) >= 10.0);
        // The paper palette's secondary text is far weaker: why the projector needs this.
        assert!(ratio(SEPIA, PARCHMENT) < 7.0);
    }
}

//! Colours of 1905 paper and ink: parchment, telegraph forms, iron-gall ink, sealing wax.

use bevy::prelude::*;

/// The page.
pub const PARCHMENT: Color = Color::srgb(0.937, 0.894, 0.812);
/// Panels laid on the page: a paler telegraph form.
pub const TELEGRAPH: Color = Color::srgb(0.965, 0.937, 0.859);
pub const INK: Color = Color::srgb(0.169, 0.129, 0.094);
/// Secondary text: faded brown ink.
pub const SEPIA: Color = Color::srgb(0.420, 0.310, 0.180);
/// Rules and borders.
pub const RULE: Color = Color::srgb(0.655, 0.561, 0.420);
pub const SEAL_RED: Color = Color::srgb(0.545, 0.118, 0.118);
pub const BUTTON: Color = Color::srgb(0.259, 0.196, 0.141);
pub const BUTTON_HOVERED: Color = Color::srgb(0.369, 0.282, 0.200);
pub const BUTTON_PRESSED: Color = Color::srgb(0.545, 0.118, 0.118);
pub const BUTTON_TEXT: Color = Color::srgb(0.965, 0.937, 0.859);
/// The edge of a chosen choice: gilt, as on a card of invitation.
pub const CHOSEN: Color = CHINA;
/// The keyboard focus ring.
pub const FOCUS: Color = Color::srgb(0.545, 0.118, 0.118);
/// What the map and the board show as Japan's: a vermilion red.
pub const JAPAN: Color = Color::srgb(0.753, 0.224, 0.169);
/// What they show as Russia's: a dark imperial green.
pub const RUSSIA: Color = Color::srgb(0.180, 0.365, 0.282);
/// China's, on the map.
pub const CHINA: Color = Color::srgb(0.827, 0.710, 0.408);
/// Agreed articles on the board.
pub const AGREED: Color = Color::srgb(0.243, 0.420, 0.259);
/// Set-aside articles.
pub const SET_ASIDE: Color = Color::srgb(0.600, 0.455, 0.145);

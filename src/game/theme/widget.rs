//! Widgets as functions returning bundles. Buttons are `bevy::ui_widgets::Button`, so Enter
//! and Space activate them as well as a click; each carries an accessible label and shows a
//! focus ring when reached with Tab.

use super::palette::*;
use super::typeface::Face;
use super::{Fonts, TextScale};
use bevy::ecs::system::IntoObserverSystem;
use bevy::input_focus::tab_navigation::{TabGroup, TabIndex};
use bevy::input_focus::{InputFocus, InputFocusVisible};
use bevy::picking::hover::Hovered;
use bevy::prelude::*;
use bevy::text::{EditableText, FontCx, LayoutCx, TextCursorStyle, TextEditChange};
use bevy::ui::{InteractionDisabled, Pressed};
use bevy::ui_widgets::{Activate, Button};

pub(super) fn plugin(app: &mut App) {
    app.add_observer(restyle_button::<Insert, Hovered>);
    app.add_observer(restyle_button::<Add, Pressed>);
    app.add_observer(restyle_button::<Remove, Pressed>);
    app.add_systems(Update, (draw_focus_ring, scroll_focus_into_view));
    app.add_observer(refocus_by_key);
    app.add_systems(Update, rescale_text.run_if(resource_changed::<TextScale>));
    app.add_observer(scale_new_text);
    app.add_observer(relabel_field);
    app.add_systems(
        PostUpdate,
        (relabel_buttons, edge_choices).before(bevy::ui::UiSystems::Prepare),
    );
}

/// A text's size as designed, before the player's text size applies.
#[derive(Component, Clone, Copy, Debug)]
pub struct BaseSize(pub f32);

fn rescale_text(scale: Res<TextScale>, mut texts: Query<(&BaseSize, &mut TextFont)>) {
    for (base, mut font) in &mut texts {
        font.font_size = FontSize::Px(base.0 * scale.0);
    }
}

fn scale_new_text(event: On<Add, BaseSize>, scale: Res<TextScale>, mut texts: Query<(&BaseSize, &mut TextFont)>) {
    if scale.0 == 1.0 {
        return;
    }
    if let Ok((base, mut font)) = texts.get_mut(event.entity) {
        font.font_size = FontSize::Px(base.0 * scale.0);
    }
}

/// A full-window page of parchment with the given layout.
pub fn page(name: &'static str, layout: Node) -> impl Bundle {
    (
        Name::new(name),
        Node {
            width: percent(100),
            height: percent(100),
            ..layout
        },
        BackgroundColor(PARCHMENT),
    )
}

pub fn text<S: Into<String>>(fonts: &Fonts, content: S, size: f32, color: Color) -> impl Bundle + use<S> {
    styled(&fonts.regular, Face::Regular, content, size, color)
}

pub fn italic<S: Into<String>>(fonts: &Fonts, content: S, size: f32, color: Color) -> impl Bundle + use<S> {
    styled(&fonts.italic, Face::Italic, content, size, color)
}

fn styled<S: Into<String>>(
    font: &Handle<Font>,
    face: Face,
    content: S,
    size: f32,
    color: Color,
) -> impl Bundle + use<S> {
    let size = on_type_scale(size);
    (
        Text::new(content),
        TextFont {
            font: font.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(color),
        BaseSize(size),
        face,
    )
}

/// The sizes text comes in. Every size is a font atlas per typeface (about 2 MB each under
/// a software renderer), so designs snap to a short scale rather than to any pixel size.
pub const TYPE_SCALE: [f32; 6] = [13.0, 15.0, 18.0, 24.0, 40.0, 76.0];

/// The nearest size on the type scale (the smaller on a tie).
pub fn on_type_scale(size: f32) -> f32 {
    TYPE_SCALE
        .iter()
        .copied()
        .min_by(|a, b| (a - size).abs().total_cmp(&(b - size).abs()))
        .unwrap_or(size)
}

/// A thin horizontal rule, like those between the articles of a protocol.
pub fn rule(width: Val) -> impl Bundle {
    (
        Name::new("Rule"),
        Node {
            width,
            height: px(1),
            margin: UiRect::vertical(px(4)),
            ..default()
        },
        BackgroundColor(RULE),
    )
}

/// Marks buttons styled by this theme.
#[derive(Component)]
pub struct ThemeButton;

/// A keyboard-reachable button that runs `action` when activated: the large kind, for menus.
pub fn button<E: EntityEvent, B: Bundle, M: Send + Sync + 'static, I: IntoObserverSystem<E, B, M> + Send + Sync>(
    fonts: &Fonts,
    label: &str,
    tip: &str,
    action: I,
) -> impl Bundle + use<E, B, M, I> {
    themed_button(fonts, label, label, label, tip, (px(28), px(8), 24.0), action)
}

/// The one button bundle: `size` is the horizontal and vertical padding and the text size.
fn themed_button<E: EntityEvent, B: Bundle, M: Send + Sync + 'static, I: IntoObserverSystem<E, B, M> + Send + Sync>(
    fonts: &Fonts,
    label: &str,
    accessible: &str,
    key: &str,
    tip: &str,
    (across, down, text_size): (Val, Val, f32),
    action: I,
) -> impl Bundle + use<E, B, M, I> {
    (
        Name::new(format!("Button: {label}")),
        Node {
            padding: UiRect::axes(across, down),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            border_radius: BorderRadius::all(px(3)),
            ..default()
        },
        Button,
        ThemeButton,
        Hovered::default(),
        TabIndex(0),
        AccessibleLabel::new(accessible),
        Tip(tip.to_string()),
        FocusKey(key.to_string()),
        BackgroundColor(BUTTON),
        children![text(fonts, label.to_string(), text_size, BUTTON_TEXT)],
        bevy::ui_widgets::observe(action),
    )
}

/// The buttons whose colour follows the pointer: the theme's, unless unavailable.
type Restyled = (With<ThemeButton>, Without<InteractionDisabled>);

fn restyle_button<E: EntityEvent, C: Component>(
    event: On<E, C>,
    mut buttons: Query<(&Hovered, Has<Pressed>, &mut BackgroundColor), Restyled>,
) {
    let Ok((hovered, pressed, mut background)) = buttons.get_mut(event.event_target()) else {
        return;
    };
    // A Remove event fires before the component goes, so it still shows as present.
    let removing = std::any::type_name::<E>().ends_with("Remove");
    *background = match (pressed && !removing, hovered.get()) {
        (true, _) => BUTTON_PRESSED,
        (false, true) => BUTTON_HOVERED,
        (false, false) => BUTTON,
    }
    .into();
}

/// The width of the edge every choice button has, gilt when chosen and the colour of its face
/// otherwise: always there, so that choosing does not move the buttons around it.
const CHOICE_EDGE: f32 = 2.0;

/// A choice button whose choice or face changed, with its edge (none before the first).
type Edged<'a> = (
    Entity,
    &'a ButtonLabel,
    &'a BackgroundColor,
    &'a mut Node,
    Option<&'a mut BorderColor>,
);

/// A choice changed, or its face.
type Reedged = Or<(Changed<ButtonLabel>, Changed<BackgroundColor>)>;

/// A choice's edge: gilt when chosen; otherwise its face, whatever colours the face (the
/// pointer, a choice made unavailable, the high-contrast palette), so that it looks as a
/// button without an edge.
fn edge_choices(mut commands: Commands, mut buttons: Query<Edged, Reedged>) {
    for (button, label, face, mut node, edge) in &mut buttons {
        let Some(chosen) = label.chosen else { continue };
        let width = UiRect::all(px(CHOICE_EDGE));
        if node.border != width {
            node.border = width;
            // The edge takes its room from the padding: the button keeps its size, and a
            // screen that fitted before still fits (the class join form at 150 %).
            let inset = |v: Val| match v {
                Val::Px(p) => Val::Px((p - CHOICE_EDGE).max(0.0)),
                other => other,
            };
            let padding = node.padding;
            node.padding = UiRect {
                left: inset(padding.left),
                right: inset(padding.right),
                top: inset(padding.top),
                bottom: inset(padding.bottom),
            };
        }
        // The high-contrast palette recolours the edge as it does every border.
        let colour = BorderColor::all(if chosen { CHOSEN } else { face.0 });
        match edge {
            Some(mut edge) => {
                edge.set_if_neq(colour);
            }
            None => {
                commands.entity(button).insert(colour);
            }
        }
    }
}

/// An outline around the focused button, once the player has used the keyboard.
fn draw_focus_ring(
    mut commands: Commands,
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    buttons: Query<Entity, With<TabIndex>>,
) {
    if !focus.is_changed() && !visible.is_changed() {
        return;
    }
    for button in &buttons {
        if visible.0 && focus.get() == Some(button) {
            commands.entity(button).insert(Outline {
                width: px(3),
                offset: px(3),
                color: FOCUS,
            });
        } else {
            commands.entity(button).remove::<Outline>();
        }
    }
}

/// When Tab moves the focus to a control scrolled out of its scrolling area (a low row of
/// the board), scrolls the area just enough to show it.
fn scroll_focus_into_view(
    focus: Res<InputFocus>,
    visible: Res<InputFocusVisible>,
    parents: Query<&ChildOf>,
    nodes: Query<(&ComputedNode, &UiGlobalTransform)>,
    mut areas: Query<(&Node, &mut ScrollPosition)>,
) {
    if !focus.is_changed() || !visible.0 {
        return;
    }
    let Some((control, at)) = focus.get().and_then(|e| nodes.get(e).ok()) else {
        return;
    };
    let (top, bottom) = (
        at.translation.y - control.size().y / 2.0,
        at.translation.y + control.size().y / 2.0,
    );
    let mut up = focus.get();
    while let Some(parent) = up.and_then(|e| parents.get(e).ok()).map(ChildOf::parent) {
        up = Some(parent);
        let Ok((node, mut position)) = areas.get_mut(parent) else {
            continue;
        };
        if node.overflow.y != OverflowAxis::Scroll {
            continue;
        }
        let Ok((area, area_at)) = nodes.get(parent) else { return };
        let inset = area.content_inset();
        let view_top = area_at.translation.y - area.size().y / 2.0 + inset.min_inset.y;
        let view_bottom = area_at.translation.y + area.size().y / 2.0 - inset.max_inset.y;
        // The layout is in physical pixels, the scroll position in logical ones.
        let scale = area.inverse_scale_factor();
        if top < view_top {
            position.0.y -= (view_top - top) * scale;
        } else if bottom > view_bottom {
            position.0.y += (bottom - view_bottom) * scale;
        }
        return;
    }
}

/// Shorthand for an action's trigger type.
pub type Activated<'w, 't> = On<'w, 't, Activate>;

/// A button's help: what it does and its keyboard shortcut, shown while it is hovered or
/// focused (see `tooltip`).
#[derive(Component, Clone, Debug)]
pub struct Tip(pub String);

/// A stable name for a control, so keyboard focus survives a screen being redrawn.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct FocusKey(pub String);

/// A compact button for dense screens (the table), with a tooltip, an accessible label
/// and a focus key (a stable name so focus survives redraws).
pub fn small_button<
    E: EntityEvent,
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<E, B, M> + Send + Sync,
>(
    fonts: &Fonts,
    label: &str,
    accessible: String,
    key: String,
    tip: &str,
    action: I,
) -> impl Bundle + use<E, B, M, I> {
    themed_button(fonts, label, &accessible, &key, tip, (px(8), px(2), 14.0), action)
}

/// A button of a form (the settings): like `keyed_button`, but a comfortable size to
/// read and hit, at least 28 px high.
pub fn choice_button<T: Event + Clone>(
    fonts: &Fonts,
    label: &str,
    accessible: &str,
    key: &str,
    tip: &str,
    event: T,
) -> impl Bundle + use<T>
where
    for<'a> T::Trigger<'a>: Default,
{
    themed_button(
        fonts,
        label,
        accessible,
        key,
        tip,
        (px(14), px(6), 18.0),
        move |_: Activated, mut commands: Commands| {
            commands.trigger(event.clone());
        },
    )
}

/// Makes a themed button unavailable: greyed, and activating it does nothing. It stays
/// reachable by Tab so its tooltip can say why.
pub fn unavailable() -> impl Bundle {
    (InteractionDisabled, BackgroundColor(RULE))
}

/// A button that triggers `event` when activated; its label is its focus key.
pub fn event_button<T: Event + Clone>(fonts: &Fonts, label: &str, tip: &str, event: T) -> impl Bundle + use<T>
where
    for<'a> T::Trigger<'a>: Default,
{
    keyed_button(fonts, label, label, label, tip, event)
}

/// A button that triggers `event`, with its own accessible label and focus key (for
/// buttons whose text changes as they are used).
pub fn keyed_button<T: Event + Clone>(
    fonts: &Fonts,
    label: &str,
    accessible: &str,
    key: &str,
    tip: &str,
    event: T,
) -> impl Bundle + use<T>
where
    for<'a> T::Trigger<'a>: Default,
{
    small_button(
        fonts,
        label,
        accessible.to_string(),
        key.to_string(),
        tip,
        move |_: Activated, mut commands: Commands| {
            commands.trigger(event.clone());
        },
    )
}

/// A field the player types into: Bevy's `EditableText`, so it has a cursor, selection,
/// the clipboard and an input method (Japanese, Chinese...) as well as plain typing. It is
/// reached by Tab, shows `tip` while hovered or focused, and takes at most `max_chars`.
/// Its accessible label is `label` and what is typed ("Your names: Aiko"), kept up to date
/// as it changes, since Bevy's text input does not tell assistive tools its value yet.
pub fn text_field(
    fonts: &Fonts,
    (name, width, max_chars): (&'static str, f32, usize),
    tip: &str,
    label: &str,
    value: &str,
) -> impl Bundle {
    let size = on_type_scale(18.0);
    (
        Name::new(name),
        EditableText {
            max_characters: Some(max_chars),
            ..EditableText::new(value)
        },
        TextLayout::no_wrap(),
        TextFont {
            font: fonts.regular.clone().into(),
            font_size: FontSize::Px(size),
            ..default()
        },
        TextColor(INK),
        (BaseSize(size), Face::Regular),
        TextCursorStyle {
            color: INK,
            selection_color: FOCUS.with_alpha(0.35),
            unfocused_selection_color: Color::NONE,
            selected_text_color: None,
        },
        TabIndex(0),
        Tip(tip.to_string()),
        FieldLabel(label.to_string()),
        AccessibleLabel::new(format!("{label}: {value}")),
        Node {
            // Its height is one line of text (`EditableText::visible_lines`), padded.
            width: px(width),
            max_width: percent(100),
            padding: UiRect::axes(px(8), px(3)),
            border: UiRect::all(px(1)),
            ..default()
        },
        BackgroundColor(PARCHMENT),
        BorderColor::all(INK),
        Hovered::default(),
    )
}

/// What a text field is, for its accessible label (the value follows it).
#[derive(Component, Clone, Debug)]
pub struct FieldLabel(pub String);

/// The text of a field, as one string.
pub fn field_value(field: &EditableText) -> String {
    field.value().to_string()
}

/// Bevy's text contexts, which changing a field's text at once needs.
pub type TextContexts<'w> = (ResMut<'w, FontCx>, ResMut<'w, LayoutCx>);

/// Puts `value` in a field (a fresh seed drawn by a button), the cursor at its end, unless
/// it is there already (so the cursor stays where the player left it). The cursor is placed
/// at once: left where it was, past the end of a shorter text, the next letter typed would
/// be inserted out of bounds.
pub fn set_field(field: &mut EditableText, value: &str, (fonts, layouts): &mut TextContexts) {
    if field_value(field) == value {
        return;
    }
    field.editor.set_text(value);
    let end = value.len();
    field
        .editor
        .driver(&mut fonts.context, &mut layouts.0)
        .select_byte_range(end, end);
}

/// A field's accessible label follows what is typed into it.
fn relabel_field(
    event: On<TextEditChange>,
    mut commands: Commands,
    fields: Query<(&EditableText, &FieldLabel, Option<&AccessibleLabel>)>,
) {
    let Ok((field, label, shown)) = fields.get(event.event_target()) else {
        return;
    };
    let wanted = format!("{}: {}", label.0, field.value());
    if shown.is_none_or(|l| l.0 != wanted) {
        commands
            .entity(event.event_target())
            .insert(AccessibleLabel::new(wanted));
    }
}

/// What a button shows and what it says to assistive tools, for a button whose words change
/// in place (a choice marked "• Desk" / "Desk (chosen)", a switch "Full screen: on"): change
/// this component and the button's text and accessible label follow, the button staying the
/// same entity, so keyboard focus stays on it.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct ButtonLabel {
    pub shown: String,
    pub accessible: String,
    /// For one choice among several, whether it is chosen (`None`: not a choice). A chosen
    /// one is edged in gilt as well as marked, so that a glance across the new-game screen
    /// tells which side and level are taken.
    pub chosen: Option<bool>,
}

impl ButtonLabel {
    /// A choice among several: marked with a bullet, and "(chosen)" for assistive tools.
    pub fn choice(lang: crate::i18n::Lang, label: &str, accessible: &str, chosen: bool) -> Self {
        if chosen {
            ButtonLabel {
                shown: format!("• {label}"),
                accessible: crate::tr!(lang, "choice-chosen", label = accessible),
                chosen: Some(true),
            }
        } else {
            ButtonLabel {
                shown: label.to_string(),
                accessible: accessible.to_string(),
                chosen: Some(false),
            }
        }
    }

    /// Words shown and heard alike.
    pub fn plain(label: impl Into<String>) -> Self {
        let label = label.into();
        ButtonLabel {
            shown: label.clone(),
            accessible: label,
            chosen: None,
        }
    }
}

fn relabel_buttons(
    mut commands: Commands,
    buttons: Query<(Entity, &ButtonLabel, &Children, Option<&AccessibleLabel>), Changed<ButtonLabel>>,
    mut texts: Query<&mut Text>,
) {
    for (button, label, children, accessible) in &buttons {
        for child in children.iter() {
            if let Ok(mut text) = texts.get_mut(child)
                && text.0 != label.shown
            {
                text.0 = label.shown.clone();
            }
        }
        // The label is immutable: replaced whole.
        if accessible.is_none_or(|a| a.0 != label.accessible) {
            commands
                .entity(button)
                .insert(AccessibleLabel::new(label.accessible.clone()));
        }
    }
}

/// A choice button whose label is kept by `ButtonLabel` (its focus key is `key`): the
/// form size of `choice_button`, running `action` when activated.
pub fn labelled_button<
    E: EntityEvent,
    B: Bundle,
    M: Send + Sync + 'static,
    I: IntoObserverSystem<E, B, M> + Send + Sync,
>(
    fonts: &Fonts,
    label: ButtonLabel,
    key: &str,
    tip: &str,
    action: I,
) -> impl Bundle + use<E, B, M, I> {
    (
        themed_button(
            fonts,
            &label.shown,
            &label.accessible,
            key,
            tip,
            (px(14), px(6), 18.0),
            action,
        ),
        label,
    )
}

/// A compact choice button (dense screens) whose label is kept by `ButtonLabel`, triggering
/// `event` when activated.
pub fn small_labelled_button<T: Event + Clone>(
    fonts: &Fonts,
    label: ButtonLabel,
    key: &str,
    tip: &str,
    event: T,
) -> impl Bundle + use<T>
where
    for<'a> T::Trigger<'a>: Default,
{
    (
        keyed_button(fonts, &label.shown, &label.accessible, key, tip, event),
        label,
    )
}

/// A panel laid on the page: telegraph paper with a ruled border.
pub fn panel(name: impl Into<String>, layout: Node) -> impl Bundle {
    (
        Name::new(name.into()),
        Node {
            border: UiRect::all(px(1)),
            padding: UiRect::all(px(10)),
            ..layout
        },
        BackgroundColor(TELEGRAPH),
        BorderColor::all(RULE),
    )
}

/// A panel whose content scrolls vertically, with the mouse wheel too.
pub fn scrolling_panel(name: impl Into<String>, layout: Node) -> impl Bundle {
    (
        panel(
            name,
            Node {
                overflow: Overflow::scroll_y(),
                ..layout
            },
        ),
        bevy::ui_widgets::ScrollArea,
    )
}

/// A box whose content scrolls vertically, with the mouse wheel too (and so shows a thumb
/// while it overflows); `layout` sets its size and flow.
pub fn scrolling(name: impl Into<String>, layout: Node) -> impl Bundle {
    (
        Name::new(name.into()),
        Node {
            overflow: Overflow::scroll_y(),
            ..layout
        },
        bevy::ui_widgets::ScrollArea,
    )
}

/// A row of columns filling what is left of a page below its heading.
pub fn body(name: &'static str) -> impl Bundle {
    (
        Name::new(name),
        Node {
            flex_direction: FlexDirection::Row,
            column_gap: px(10),
            flex_grow: 1.0,
            min_height: px(0),
            ..default()
        },
    )
}

/// A column with a gap, the commonest layout.
pub fn column(gap: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Column,
        row_gap: px(gap),
        ..default()
    }
}

/// A row with a gap, children centred vertically.
pub fn row(gap: f32) -> Node {
    Node {
        flex_direction: FlexDirection::Row,
        column_gap: px(gap),
        align_items: AlignItems::Center,
        ..default()
    }
}

/// The focus key of the control that had focus when its screen was last redrawn.
#[derive(Resource, Clone, Debug, Default)]
pub struct LostFocus(pub Option<String>);

/// Gives focus back to the control with the remembered key when it is spawned again.
fn refocus_by_key(
    event: On<Add, FocusKey>,
    keys: Query<&FocusKey>,
    lost: Option<ResMut<LostFocus>>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(mut lost) = lost else { return };
    let Ok(key) = keys.get(event.entity) else { return };
    if lost.0.as_ref() == Some(&key.0) {
        focus.set(event.entity, bevy::input_focus::FocusCause::Navigated);
        lost.0 = None;
    }
}

/// Remembers the focused control's key before a redraw despawns it.
pub fn remember_focus(world: &mut World) {
    let focused = world.resource::<InputFocus>().get();
    let key = focused.and_then(|e| world.get::<FocusKey>(e).map(|k| k.0.clone()));
    world.insert_resource(LostFocus(key));
}

/// The layer under a dialog: it dims the whole page and takes the pointer, so nothing
/// behind is clicked by mistake, centres the dialog, and keeps Tab inside it.
pub fn modal_veil() -> impl Bundle {
    (
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            align_items: AlignItems::Center,
            justify_content: JustifyContent::Center,
            ..default()
        },
        BackgroundColor(INK.with_alpha(0.45)),
        GlobalZIndex(50),
        TabGroup::modal(),
    )
}

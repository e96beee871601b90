//! What screen readers get: Bevy's UI serves an AccessKit tree (with the `accesskit_unix`
//! feature, over AT-SPI on Linux), and this module fills two gaps in it. Bevy's text field
//! and our focusable texts have a label but no role, so a screen reader could not say what
//! they are; and Bevy sends the tree only while the focused entity is in it, so the focus
//! left on the window at start, or on a button its screen took away, froze what a screen
//! reader saw until the next Tab.

use accesskit::Role;
use bevy::a11y::{AccessibilityNode, AccessibilitySystems};
use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::text::EditableText;

pub(super) fn plugin(app: &mut App) {
    app.add_observer(give_role);
    app.add_systems(PostUpdate, focus_only_what_is_read.before(AccessibilitySystems::Update));
}

/// A control reached by Tab with a label but no role is a text field ("entry" to a screen
/// reader) if it takes typing, otherwise text to be read (a gauge, a glossary term). Text to
/// be read is named by its value in AT-SPI, so the label is copied there each time it changes.
fn give_role(
    event: On<Insert, AccessibleLabel>,
    mut controls: Query<(&mut AccessibilityNode, &AccessibleLabel, Has<EditableText>), With<TabIndex>>,
) {
    let Ok((mut node, label, typed)) = controls.get_mut(event.entity) else {
        return;
    };
    if node.role() == Role::Unknown {
        node.set_role(if typed { Role::TextInput } else { Role::Label });
    }
    if node.role() == Role::Label {
        node.set_value(label.0.clone());
    }
}

/// Focus on something outside the accessible tree (the window, as Bevy sets it at start, or
/// a control despawned with its screen) becomes no focus: keys still go to the window, and
/// screen readers keep receiving the tree.
fn focus_only_what_is_read(mut focus: ResMut<InputFocus>, readable: Query<(), With<AccessibilityNode>>) {
    if focus.get().is_some_and(|focused| !readable.contains(focused)) {
        focus.clear();
    }
}

//! The translation template of a scenario: every prose field the file writes, its key with
//! the scenario's own text as the value, under a comment saying where the field is.

use super::fields::{Field, GROUPS};
use super::fluent_text;

/// The template's text for `fields` (as [`super::Chain::own_fields`] gives them).
pub fn template(scenario_name: &str, lang_code: &str, fields: &[(Field, String)]) -> String {
    let mut out = format!(
        "### Translation of the scenario {scenario_name} into `{lang_code}`, made by `portsmouth translate`.\n\
         ### Replace each value with its translation and keep the keys; a key left out keeps the original text.\n\
         ### Text written as {{\"{{\"}} is text Fluent would otherwise read as markup: keep it so.\n\
         ### `portsmouth check {scenario_name}` reports missing, extra or mismatched keys with file:line:column.\n"
    );
    for group in GROUPS {
        let mut in_group = fields.iter().filter(|(field, _)| field.group == *group).peekable();
        if in_group.peek().is_none() {
            continue;
        }
        out.push_str(&format!("\n## {group}\n"));
        for (field, text) in in_group {
            out.push_str(&format!("\n# {}\n", field.place));
            out.push_str(&fluent_text::message(&field.key, text));
        }
    }
    out
}

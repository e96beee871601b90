//! A bound on how deeply a translation file nests placeables and calls, checked before
//! Fluent's parser, which recurses into them, reads the file.

/// Deepest nesting of `{ ... }` a translation file may have.
pub const MAX_PLACEABLE_DEPTH: usize = 16;

/// The byte offset where placeables first nest deeper than [`MAX_PLACEABLE_DEPTH`], if they
/// do. Braces inside string literals (`{"{"}`) and comments do not count. A line defining a
/// message (`key =`) starts again from the top level: Fluent's parser is either there already
/// or fails on that line and resumes later, so it never nests deeper than counted here.
pub fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.starts_with('#') {
            continue;
        }
        if defines_message(line) {
            depth = 0;
            in_string = false;
        }
        for (at, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' | '\n' => in_string = false,
                    _ => {}
                }
                continue;
            }
            // Calls nest too (`{ F(G(H(...))) }`), without braces.
            let opens = c == '{' || (c == '(' && depth > 0);
            let closes = c == '}' || (c == ')' && depth > 0);
            match c {
                _ if opens => {
                    depth += 1;
                    if depth > MAX_PLACEABLE_DEPTH {
                        return Some(start + at);
                    }
                }
                _ if closes => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
    }
    None
}

/// Whether a line starts `key =` or `-term =`.
fn defines_message(line: &str) -> bool {
    let name = line.strip_prefix('-').unwrap_or(line);
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(name.len());
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name[end..].trim_start_matches(' ').starts_with('=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_found_and_escaped_braces_are_not_nesting() {
        assert_eq!(too_deep(&format!("title = {}", "{".repeat(100))), Some(8 + 16));
        let escaped = format!("title = {}\n", "{\"{\"} {\"}\"} ".repeat(1000));
        assert_eq!(too_deep(&escaped), None);
        assert_eq!(
            too_deep("a = { $n ->\n    [one] {\"\\\"\"}\n   *[other] { { $n } }\n}\n"),
            None
        );
        assert_eq!(
            too_deep(&format!("# {}\nb = c\n", "{".repeat(40))),
            None,
            "a comment's braces are not placeables"
        );
        // A function call's line starts with letters but is no new message: the count goes on.
        let calls = format!("x = {{\n{}", "FOO(\n{{{{{{\n".repeat(5));
        assert!(too_deep(&calls).is_some());
        assert_eq!(
            too_deep(&format!("a = {}\nb = {}\n", "{".repeat(10), "{".repeat(10))),
            None
        );
        assert!(
            too_deep(&format!("a = {{ {}", "F(".repeat(100))).is_some(),
            "calls nest too"
        );
        assert_eq!(
            too_deep(&format!("a = {}\n", "(text) ((more)) (".repeat(100))),
            None,
            "text's brackets are text"
        );
    }
}

//! Writes any text as a Fluent message value that formats back to exactly that text.
//! Fluent gives meaning to braces, to `[`, `*` and `.` at the start of a line, to leading and
//! trailing blanks, and to blank first or last lines; each is written as a string literal
//! placeable (`{"{"}`), which a translator can leave as it is.

/// Values longer than this (in characters) start on their own line, indented, so a template
/// reads as a column of text rather than a ragged right edge.
const INLINE_CHARS: usize = 60;

/// `key = value` (with any continuation lines), ending in a newline.
pub fn message(key: &str, text: &str) -> String {
    let lines: Vec<String> = text.split('\n').map(escape_line).collect();
    let last = lines.len() - 1;
    let lines: Vec<String> = lines
        .into_iter()
        .enumerate()
        // A blank first or last line would be dropped by Fluent.
        .map(|(i, line)| {
            if line.is_empty() && (i == 0 || i == last) {
                "{\"\"}".to_string()
            } else {
                line
            }
        })
        .collect();
    if lines.len() == 1 && text.chars().count() <= INLINE_CHARS {
        return format!("{key} = {}\n", lines[0]);
    }
    let mut out = format!("{key} =\n");
    for line in lines {
        if line.is_empty() {
            out.push('\n');
        } else {
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// One line of text as Fluent pattern text.
fn escape_line(line: &str) -> String {
    let body = line.trim_start_matches([' ', '\t']);
    let lead = &line[..line.len() - body.len()];
    let trimmed = body.trim_end_matches([' ', '\t', '\r']);
    let trail = &body[trimmed.len()..];
    let mut out = String::new();
    if !lead.is_empty() {
        out.push_str(&literal(lead));
    }
    for (i, c) in trimmed.char_indices() {
        match c {
            '{' | '}' => out.push_str(&literal(&c.to_string())),
            '[' | '*' | '.' if i == 0 => out.push_str(&literal(&c.to_string())),
            '\r' => out.push_str(&literal("\r")),
            _ => out.push(c),
        }
    }
    if !trail.is_empty() {
        out.push_str(&literal(trail));
    }
    out
}

/// A Fluent string literal placeable holding `text`.
fn literal(text: &str) -> String {
    let mut out = String::from("{\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\r' => out.push_str("\\u000D"),
            '\t' => out.push_str("\\u0009"),
            _ => out.push(c),
        }
    }
    out.push_str("\"}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentBundle, FluentResource};

    /// Formats `key` of an FTL text the way the overlay does.
    pub(crate) fn format_back(ftl: &str, key: &str) -> String {
        let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(_, e)| panic!("{ftl}\n{e:?}"));
        let mut bundle = FluentBundle::new(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let pattern = bundle.get_message(key).unwrap().value().unwrap();
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
        assert!(errors.is_empty(), "{errors:?}");
        text
    }

    #[test]
    fn awkward_texts_format_back_exactly() {
        let texts = [
            "plain",
            "",
            " leading and trailing ",
            "{ $braces } and }{",
            "[not a variant]",
            "*not a default",
            ".not an attribute",
            "two\nlines",
            "paragraphs\n\nkept",
            "\nstarts blank",
            "ends blank\n",
            "a\n  indented line\n.dot\n*star\n[bracket]",
            "quotes \" and \\ backslash { \"in\" }",
            "tab\tinside\tand\ttrailing\t",
            "crlf\r\nline",
            "小村寿太郎とウィッテ — Портсмутский мирный договор",
            "a rather long line of text that goes on and on well past sixty characters, as briefings do",
        ];
        for text in texts {
            let ftl = message("k", text);
            assert_eq!(format_back(&ftl, "k"), text, "written as:\n{ftl}");
        }
    }
}

//! A debrief section after the game — a title, a line saying what it is, then its lines — as
//! the printed debrief and as the minutes' Markdown show it. Empty when it has no lines, so
//! a game it does not concern prints nothing.

/// As the printed debrief shows it: the title in capitals, then each line indented.
pub fn text(title: &str, note: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n  {note}\n", title.to_uppercase());
    for line in lines {
        out.push_str(&format!("  {line}\n"));
    }
    out
}

/// As the minutes show it: a Markdown heading, the note in italics, a list.
pub fn markdown(title: &str, note: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("\n## {title}\n\n*{note}*\n\n");
    for line in lines {
        out.push_str(&format!("- {line}\n"));
    }
    out
}

//! Columns of the tables people read (the command line's, the debrief's clauses), padded
//! by the width a terminal gives each character: a Japanese character takes two columns,
//! so padding by characters would push the columns of a Japanese heading out of line.

use unicode_width::UnicodeWidthStr;

/// Columns `text` takes on a terminal.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` followed by spaces up to `columns` (left-aligned); longer text is kept whole.
pub fn left(text: &str, columns: usize) -> String {
    format!("{text}{}", " ".repeat(columns.saturating_sub(width(text))))
}

/// Spaces up to `columns`, then `text` (right-aligned); longer text is kept whole.
pub fn right(text: &str, columns: usize) -> String {
    format!("{}{text}", " ".repeat(columns.saturating_sub(width(text))))
}

/// A column at least `columns` wide, wider if its heading needs more.
pub fn column(heading: &str, columns: usize) -> usize {
    columns.max(width(heading))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns() {
        assert_eq!(left("合意", 6), "合意  ");
        assert_eq!(right("合意", 6), "  合意");
        assert_eq!(left("agree", 7), "agree  ");
        assert_eq!(right("toolong", 3), "toolong");
        assert_eq!(column("対戦数", 4), 6);
    }
}

//! Positions in source files, so every message can say file, line and column.

/// A region of one loaded file, as byte offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub file: u16,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: u16, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }
}

/// One file's text and where its lines start.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: String) -> SourceFile {
        // A line ends at LF, at CRLF, or at a lone CR (old Mac files).
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
                .map(|(i, _)| i as u32 + 1),
        );
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column; the column counts characters, not bytes, so that
    /// Cyrillic or Japanese text before an error does not shift it.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.text.len() as u32);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).max(start);
        let before = self.text.get(start..end).unwrap_or_default();
        // A byte-order mark is invisible in an editor, so it takes no column.
        let before = before.strip_prefix('\u{feff}').unwrap_or(before);
        let column = before.chars().count();
        (line as u32 + 1, column as u32 + 1)
    }
}

/// All files read for one scenario (the file and the bases it extends).
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> u16 {
        self.files.push(file);
        (self.files.len() - 1) as u16
    }

    pub fn file(&self, id: u16) -> &SourceFile {
        &self.files[id as usize]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    pub fn location(&self, span: Span) -> Location {
        let file = self.file(span.file);
        let (line, column) = file.line_col(span.start);
        Location {
            file: file.name.clone(),
            line,
            column,
        }
    }
}

/// A human-readable position: `file:line:column`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("x.ron", "a\n  \"Витте\" x".to_string());
        let x = file.text.rfind('x').unwrap() as u32;
        assert_eq!(file.line_col(x), (2, 11));
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(2), (2, 1));
    }

    #[test]
    fn lone_carriage_returns_end_lines_and_a_byte_order_mark_takes_no_column() {
        let file = SourceFile::new("x.ron", "a\rb\r\nc".to_string());
        assert_eq!(file.line_col(2), (2, 1));
        assert_eq!(file.line_col(5), (3, 1));
        let file = SourceFile::new("x.ron", "\u{feff}ab".to_string());
        assert_eq!(file.line_col(4), (1, 2));
    }
}

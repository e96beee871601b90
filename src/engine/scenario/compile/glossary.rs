//! The glossary: each term written once (whatever its case), explained in one short line,
//! and resting on at least one source key (the keys themselves are checked with the others).

use super::Compiler;
use crate::engine::scenario::limits::{MAX_GLOSSARY, MAX_MEANING_CHARS, MAX_TERM_CHARS};
use crate::engine::scenario::model::GlossaryEntry;
use crate::engine::scenario::notes;
use std::collections::HashSet;

impl Compiler<'_> {
    pub(super) fn glossary(&mut self) -> Vec<GlossaryEntry> {
        let f = self.file;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, g) in f.glossary.iter().enumerate() {
            if i == MAX_GLOSSARY {
                self.error(
                    g.term.span,
                    "too-many-terms",
                    format!("the glossary has more than {MAX_GLOSSARY} terms"),
                    "keep the words a reader may not know; leave out the everyday ones",
                );
                break;
            }
            let term = g.term.value.trim();
            if term.is_empty() || term.chars().count() > MAX_TERM_CHARS || term.contains('\n') {
                self.error(
                    g.term.span,
                    "bad-term",
                    format!("`{}` is not a usable glossary term", g.term.value),
                    format!(
                        "write the word or phrase as the text uses it, on one line, at most {MAX_TERM_CHARS} characters"
                    ),
                );
            } else if !seen.insert(term.to_lowercase()) {
                self.error(
                    g.term.span,
                    "duplicate-term",
                    format!("the glossary explains `{term}` twice"),
                    "keep one entry per term (case does not matter)",
                );
            }
            let means = g.means.value.trim();
            if means.is_empty() || means.contains('\n') || means.chars().count() > MAX_MEANING_CHARS {
                self.error(
                    g.means.span,
                    "glossary-line",
                    format!("the explanation of `{term}` is not one short line"),
                    format!("explain the term in one line of at most {MAX_MEANING_CHARS} characters"),
                );
            }
            let sources: Vec<String> = notes::keys(&g.source).map(str::to_string).collect();
            if sources.is_empty() {
                self.error(
                    g.source.span,
                    "glossary-source",
                    format!("the explanation of `{term}` names no source"),
                    "give the key of the source it comes from, as listed under `sources` (INVENTED is not enough)",
                );
            }
            out.push(GlossaryEntry {
                term: term.to_string(),
                means: means.to_string(),
                sources,
            });
        }
        out
    }
}

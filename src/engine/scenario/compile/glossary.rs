//! The glossary: each term written once (whatever its case), explained in one short line,
//! and resting on at least one source key (the keys themselves are checked with the others).

use super::Compiler;
use crate::engine::scenario::limits::{MAX_GLOSSARY, MAX_MEANING_CHARS, MAX_TERM_CHARS};
use crate::engine::scenario::model::GlossaryEntry;
use crate::engine::scenario::notes;
use crate::msg;
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
                    msg!("check-scenario-too-many-terms", most = MAX_GLOSSARY),
                    msg!("check-scenario-too-many-terms-help"),
                );
                break;
            }
            let term = g.term.value.trim();
            if term.is_empty() || term.chars().count() > MAX_TERM_CHARS || term.contains('\n') {
                self.error(
                    g.term.span,
                    "bad-term",
                    msg!("check-scenario-bad-term", term = g.term.as_str()),
                    msg!("check-scenario-bad-term-help", most = MAX_TERM_CHARS),
                );
            } else if !seen.insert(term.to_lowercase()) {
                self.error(
                    g.term.span,
                    "duplicate-term",
                    msg!("check-scenario-duplicate-term", term = term),
                    msg!("check-scenario-duplicate-term-help"),
                );
            }
            let means = g.means.value.trim();
            if means.is_empty() || means.contains('\n') || means.chars().count() > MAX_MEANING_CHARS {
                self.error(
                    g.means.span,
                    "glossary-line",
                    msg!("check-scenario-glossary-line", term = term),
                    msg!("check-scenario-glossary-line-help", most = MAX_MEANING_CHARS),
                );
            }
            let sources: Vec<String> = notes::keys(&g.source).map(str::to_string).collect();
            if sources.is_empty() {
                self.error(
                    g.source.span,
                    "glossary-source",
                    msg!("check-scenario-glossary-source", term = term),
                    msg!("check-scenario-glossary-source-help"),
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

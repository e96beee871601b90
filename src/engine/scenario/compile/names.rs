//! Ids: their spelling, their uniqueness, the source keys they cite, and resolving a
//! written id to the index of what it names.

use super::Compiler;
use crate::engine::play::moves::Terms;
use crate::engine::scenario::file::IdMap;
use crate::engine::scenario::limits::MAX_ID_CHARS;
use crate::engine::source::diagnostic::choices_help;
use crate::engine::source::{Span, Spanned};
use crate::i18n::Message;
use crate::msg;
use std::collections::HashSet;

impl<'a> Compiler<'a> {
    pub(super) fn check_id(&mut self, id: &Spanned<String>) {
        let ok = id.len() <= MAX_ID_CHARS
            && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            self.error(
                id.span,
                "bad-id",
                msg!("check-scenario-bad-id", id = id.as_str()),
                msg!("check-scenario-bad-id-help", count = MAX_ID_CHARS),
            );
        }
    }

    /// Each id is well formed and used once among `kind`.
    /// Refuses an id given twice among `ids`; `kind` says what they are ("two events …").
    pub(super) fn check_unique<'s>(&mut self, kind: Message, ids: impl IntoIterator<Item = &'s Spanned<String>>) {
        let mut seen = HashSet::new();
        for id in ids {
            self.check_id(id);
            if !seen.insert(id.as_str()) {
                self.error(
                    id.span,
                    "duplicate-id",
                    msg!("check-scenario-duplicate-id", kind = kind.clone(), id = id.as_str()),
                    msg!("check-scenario-duplicate-id-help"),
                );
            }
        }
    }

    pub(super) fn check_unique_ids(&mut self) {
        let f = self.file;
        self.check_unique(msg!("check-scenario-kind-events"), f.events.iter().map(|e| &e.id));
        self.check_unique(msg!("check-scenario-kind-outcomes"), f.outcomes.iter().map(|o| &o.id));
        self.check_unique(
            msg!("check-scenario-kind-proposals"),
            f.mediator.proposals.iter().map(|p| &p.id),
        );
        let red_lines: Vec<&Spanned<String>> = f
            .parties
            .sides()
            .into_iter()
            .flat_map(|(_, p)| p.red_lines.iter().map(|r| &r.id))
            .collect();
        self.check_unique(msg!("check-scenario-kind-red-lines"), red_lines);
        for (_, party) in f.parties.sides() {
            self.check_unique(msg!("check-scenario-kind-press"), party.press.iter().map(|p| &p.id));
        }
    }

    pub(super) fn check_source_keys(&mut self, keys: &Spanned<String>) {
        for key in crate::engine::scenario::notes::keys(keys) {
            if !self.file.sources.contains_key(key) {
                let known: Vec<&str> = self.file.sources.keys().map(String::as_str).collect();
                self.error(
                    keys.span,
                    "unknown-source",
                    msg!("check-scenario-unknown-source", key = key),
                    msg!(
                        "check-scenario-unknown-source-help",
                        key = key,
                        choices = choices_help(key, known)
                    ),
                );
            }
        }
    }

    /// Every source key used anywhere must be listed in `sources`.
    pub(super) fn check_sources(&mut self) {
        let f = self.file;
        let mut cited: Vec<&Spanned<String>> = Vec::new();
        for a in f.articles.iter() {
            cited.extend(&a.source);
            for o in a.options.iter() {
                cited.extend(&o.source);
            }
        }
        cited.extend(f.meters.iter().flat_map(|m| &m.source));
        cited.extend(f.events.iter().flat_map(|e| &e.source));
        cited.extend(f.mediator.proposals.iter().flat_map(|p| &p.source));
        for (_, party) in f.parties.sides() {
            cited.extend(party.red_lines.iter().flat_map(|r| &r.source));
            cited.extend(party.press.iter().flat_map(|p| &p.source));
        }
        cited.extend(f.history.iter().flat_map(|h| h.script.iter()).flat_map(|s| &s.source));
        cited.extend(f.outcomes.iter().flat_map(|o| &o.sources));
        cited.extend(f.glossary.iter().map(|g| &g.source));
        let notes = (f.articles.iter().map(|a| &a.note))
            .chain(f.events.iter().map(|e| &e.note))
            .chain(f.outcomes.iter().map(|o| &o.note));
        cited.extend(notes.flatten().flat_map(crate::engine::scenario::notes::cited));
        for keys in cited {
            self.check_source_keys(keys);
        }
        for (key, text) in &f.sources {
            if !crate::engine::scenario::notes::is_full_reference(text) {
                self.error(
                    text.span,
                    "thin-source",
                    msg!("check-scenario-thin-source", key = key, text = text.as_str()),
                    msg!("check-scenario-thin-source-help"),
                );
            }
        }
    }

    /// The position of `id` among `known`, or an error at `span` under `rule` that names the
    /// nearest known ids.
    fn resolve(
        &mut self,
        span: Span,
        rule: &'static str,
        message: Message,
        known: Vec<&str>,
        id: &str,
    ) -> Option<usize> {
        let found = known.iter().position(|k| *k == id);
        if found.is_none() {
            self.error(span, rule, message, choices_help(id, known));
        }
        found
    }

    pub(super) fn article(&mut self, id: &Spanned<String>) -> Option<usize> {
        let f = self.file;
        let known = f.articles.iter().map(|a| a.id.as_str()).collect();
        self.resolve(
            id.span,
            "unknown-article",
            msg!("check-scenario-no-article", id = id.as_str()),
            known,
            id,
        )
    }

    pub(super) fn option(&mut self, article: usize, id: &Spanned<String>) -> Option<u8> {
        let a = &self.file.articles[article];
        let known = a.options.iter().map(|o| o.id.as_str()).collect();
        let message = msg!("check-scenario-no-option", article = a.id.as_str(), id = id.as_str());
        self.resolve(id.span, "unknown-option", message, known, id)
            .map(|o| o as u8)
    }

    pub(super) fn meter(&mut self, id: &Spanned<String>) -> Option<u8> {
        let f = self.file;
        let known = f.meters.iter().map(|m| m.id.as_str()).collect();
        self.resolve(
            id.span,
            "unknown-meter",
            msg!("check-scenario-no-meter", id = id.as_str()),
            known,
            id,
        )
        .map(|m| m as u8)
    }

    pub(super) fn event(&mut self, id: &Spanned<String>) -> Option<u8> {
        let f = self.file;
        let known = f.events.iter().map(|e| e.id.as_str()).collect();
        self.resolve(
            id.span,
            "unknown-event",
            msg!("check-scenario-no-event", id = id.as_str()),
            known,
            id,
        )
        .map(|e| e as u8)
    }

    pub(super) fn red_line(&mut self, id: &Spanned<String>) -> Option<u8> {
        let f = self.file;
        let known = f
            .parties
            .sides()
            .into_iter()
            .flat_map(|(_, p)| p.red_lines.iter())
            .map(|r| r.id.as_str())
            .collect();
        let message = msg!("check-scenario-no-red-line", id = id.as_str());
        self.resolve(id.span, "unknown-red-line", message, known, id)
            .map(|r| r as u8)
    }

    pub(super) fn mediator_proposal(&mut self, id: &Spanned<String>) -> Option<u8> {
        let f = self.file;
        let known = f.mediator.proposals.iter().map(|p| p.id.as_str()).collect();
        let message = msg!("check-scenario-no-proposal", id = id.as_str());
        self.resolve(id.span, "unknown-proposal", message, known, id)
            .map(|p| p as u8)
    }

    /// Terms written as article → option.
    pub(super) fn terms(&mut self, map: &IdMap<String>) -> Option<Terms> {
        let mut terms = Terms::EMPTY;
        let mut ok = true;
        for (article, option) in map {
            match self.article(article).map(|a| (a, self.option(a, option))) {
                Some((a, Some(o))) => terms.set(a, o),
                _ => ok = false,
            }
        }
        ok.then_some(terms)
    }
}

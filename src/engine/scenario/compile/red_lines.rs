//! Each side's red lines (with their exceptions and the cables that may lift them) and
//! its press statements.

use super::{Compiler, Context};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES};
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn red_lines(&mut self) -> Vec<RedLine> {
        let f = self.file;
        let mut out = Vec::new();
        let total: usize = f.parties.sides().iter().map(|(_, p)| p.red_lines.len()).sum();
        if total > MAX_RED_LINES {
            self.error(
                f.parties.span,
                "too-many",
                msg!("check-scenario-too-many-red-lines", count = total, most = MAX_RED_LINES),
                msg!("check-scenario-too-many-red-lines-help"),
            );
        }
        for (side, party) in f.parties.sides() {
            for r in &party.red_lines {
                let mut forbids = [0 as OptionSet; MAX_ARTICLES];
                for (article, options) in r.forbids.iter() {
                    let Some(a) = self.article(article) else {
                        continue;
                    };
                    for o in options {
                        if let Some(o) = self.option(a, o)
                            && a < MAX_ARTICLES
                        {
                            forbids[a] |= 1 << o;
                        }
                    }
                }
                if r.forbids.is_empty() {
                    let first = f.articles.first().map_or("article", |a| a.id.as_str());
                    self.error(
                        r.forbids.span,
                        "empty-red-line",
                        msg!("check-scenario-empty-red-line", red_line = r.id.as_str()),
                        msg!("check-scenario-empty-red-line-help", article = first),
                    );
                }
                let cable = r.cable.as_ref().map(|c| {
                    if !(0.0..=1.0).contains(&c.chance.value) {
                        self.error(
                            c.chance.span,
                            "bad-chance",
                            msg!("check-scenario-bad-chance", chance = c.chance.value.to_string()),
                            msg!("check-scenario-bad-chance-help"),
                        );
                    }
                    let grant_if = self.optional_condition(&c.grant_if, Context::Talks);
                    let effects = self.effects(&c.effects);
                    Cable {
                        grant_if,
                        chance: c.chance.value,
                        yes: c.yes.clone(),
                        no: c.no.clone(),
                        effects,
                    }
                });
                let unless = r.unless.as_ref().map(|c| self.condition(c, Context::Terms));
                let mut articles = ArticleSet::EMPTY;
                for (a, &mask) in forbids.iter().enumerate() {
                    if mask != 0 {
                        articles.insert(a);
                    }
                }
                out.push(RedLine {
                    id: r.id.value.clone(),
                    side,
                    text: r.text.clone(),
                    forbids,
                    articles,
                    unless,
                    active: r.active,
                    cable,
                    source: r.source.as_ref().map(|s| s.value.clone()),
                });
            }
        }
        // A cable with no effects lifts its own red line.
        for (i, r) in out.iter_mut().enumerate() {
            if let Some(c) = &mut r.cable
                && c.effects.is_empty()
            {
                c.effects.push(Effect::Lift(i as u8));
            }
        }
        out
    }

    pub(super) fn press(&mut self) -> Vec<PressLine> {
        let f = self.file;
        let mut out = Vec::new();
        for (side, party) in f.parties.sides() {
            for p in &party.press {
                if p.uses.value == 0 {
                    self.error(
                        p.uses.span,
                        "bad-uses",
                        msg!("check-scenario-bad-uses"),
                        msg!("check-scenario-bad-uses-help"),
                    );
                }
                let effects = self.effects(&p.effects);
                out.push(PressLine {
                    id: p.id.value.clone(),
                    side,
                    label: p.label.clone(),
                    text: p.text.clone(),
                    effects,
                    uses: p.uses.value,
                    source: p.source.as_ref().map(|s| s.value.clone()),
                });
            }
        }
        if out.len() > MAX_PRESS {
            self.error(
                f.parties.span,
                "too-many",
                msg!("check-scenario-too-many-press", count = out.len(), most = MAX_PRESS),
                msg!("check-scenario-too-many-events-help"),
            );
        }
        out
    }
}

//! Articles with their options, and the meters events move.

use super::Compiler;
use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::scenario::file::UnresolvedFile;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn articles(&mut self) -> Vec<Article> {
        let f = self.file;
        if f.articles.is_empty() {
            self.error(
                f.articles.span,
                "no-articles",
                msg!("check-scenario-no-articles"),
                msg!("check-scenario-no-articles-help"),
            );
        }
        if f.articles.len() > MAX_ARTICLES {
            self.error(
                f.articles.span,
                "too-many",
                msg!(
                    "check-scenario-too-many-articles",
                    count = f.articles.len(),
                    most = MAX_ARTICLES
                ),
                msg!("check-scenario-too-many-articles-help"),
            );
        }
        self.check_unique(msg!("check-scenario-kind-articles"), f.articles.iter().map(|a| &a.id));
        let mut out = Vec::new();
        for (i, a) in f.articles.iter().enumerate() {
            let n = a.options.len();
            if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&n) {
                self.error(
                    a.options.span,
                    "option-count",
                    msg!(
                        "check-scenario-option-count",
                        article = a.id.as_str(),
                        count = n,
                        least = MIN_OPTIONS,
                        most = MAX_OPTIONS
                    ),
                    msg!("check-scenario-option-count-help"),
                );
            }
            self.check_unique(
                msg!("check-scenario-kind-options", article = a.id.as_str()),
                a.options.iter().map(|o| &o.id),
            );
            let unresolved = match &a.unresolved {
                UnresolvedFile::BlocksTreaty => Unresolved::BlocksTreaty,
                UnresolvedFile::Becomes(id) => Unresolved::Becomes(self.option(i, id).unwrap_or(0)),
            };
            out.push(Article {
                id: a.id.value.clone(),
                demand: a.demand,
                group: a.group.clone(),
                title: a.title.clone(),
                title_in_sentence: a.title_in_sentence.clone(),
                summary: a.summary.clone(),
                options: a
                    .options
                    .iter()
                    .map(|o| OptionDef {
                        id: o.id.value.clone(),
                        label: o.label.clone(),
                        clause: o.clause.clone(),
                        source: o.source.as_ref().map(|s| s.value.clone()),
                    })
                    .collect(),
                unresolved,
                source: a.source.as_ref().map(|s| s.value.clone()),
                note: crate::engine::scenario::notes::compile(&a.note),
                regions: a
                    .regions
                    .iter()
                    .map(|r| {
                        self.check_id(r);
                        r.value.clone()
                    })
                    .collect(),
            });
        }
        out
    }

    pub(super) fn meters(&mut self) -> Vec<Meter> {
        let f = self.file;
        if f.meters.len() > MAX_METERS {
            self.error(
                f.meters.span,
                "too-many",
                msg!(
                    "check-scenario-too-many-meters",
                    count = f.meters.len(),
                    most = MAX_METERS
                ),
                msg!("check-scenario-too-many-meters-help"),
            );
        }
        self.check_unique(msg!("check-scenario-kind-meters"), f.meters.iter().map(|m| &m.id));
        let mut out = Vec::new();
        for m in f.meters.iter() {
            let min = m.min.as_ref().map_or(0, |v| v.value);
            let max = m.max.as_ref().map_or(100, |v| v.value);
            let bound = |v: i32| (-MAX_METER..=MAX_METER).contains(&v);
            if let Some(v) = [&m.min, &m.max].into_iter().flatten().find(|v| !bound(v.value)) {
                self.error(
                    v.span,
                    "meter-range",
                    msg!(
                        "check-scenario-meter-bound",
                        meter = m.id.as_str(),
                        value = v.value,
                        most = MAX_METER
                    ),
                    msg!("check-scenario-meter-bound-help", most = MAX_METER),
                );
            } else if min >= max {
                // Point at the bound the author wrote; a meter gives at least its start.
                let span = m.max.as_ref().or(m.min.as_ref()).map_or(m.start.span, |v| v.span);
                self.error(
                    span,
                    "meter-range",
                    msg!(
                        "check-scenario-meter-min-max",
                        meter = m.id.as_str(),
                        min = min,
                        max = max
                    ),
                    msg!("check-scenario-meter-min-max-help"),
                );
            } else if !(min..=max).contains(&m.start.value) {
                self.error(
                    m.start.span,
                    "meter-range",
                    msg!(
                        "check-scenario-meter-start",
                        meter = m.id.as_str(),
                        start = m.start.value,
                        min = min,
                        max = max
                    ),
                    msg!("check-scenario-meter-start-help"),
                );
            }
            if !bound(m.per_session.value) {
                self.error(
                    m.per_session.span,
                    "meter-range",
                    msg!(
                        "check-scenario-meter-per-session",
                        meter = m.id.as_str(),
                        value = m.per_session.value,
                        most = MAX_METER
                    ),
                    msg!("check-scenario-meter-per-session-help", most = MAX_METER),
                );
            }
            out.push(Meter {
                id: m.id.value.clone(),
                name: m.name.clone(),
                description: m.description.clone(),
                start: m.start.value,
                min,
                max,
                per_session: m.per_session.value,
                visible_to: m.visible_to,
                source: m.source.as_ref().map(|s| s.value.clone()),
            });
        }
        out
    }
}

//! Articles with their options, and the meters events move.

use super::Compiler;
use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::scenario::file::UnresolvedFile;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;

impl<'a> Compiler<'a> {
    pub(super) fn articles(&mut self) -> Vec<Article> {
        let f = self.file;
        if f.articles.is_empty() {
            self.error(
                f.articles.span,
                "no-articles",
                "the scenario has no articles".into(),
                "add at least one article to negotiate",
            );
        }
        if f.articles.len() > MAX_ARTICLES {
            self.error(
                f.articles.span,
                "too-many",
                format!(
                    "{} articles; the most a scenario may have is {MAX_ARTICLES}",
                    f.articles.len()
                ),
                "merge minor articles",
            );
        }
        self.check_unique("articles", f.articles.iter().map(|a| &a.id));
        let mut out = Vec::new();
        for (i, a) in f.articles.iter().enumerate() {
            let n = a.options.len();
            if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&n) {
                self.error(
                    a.options.span,
                    "option-count",
                    format!(
                        "article `{}` has {n} options; an article needs {MIN_OPTIONS} to {MAX_OPTIONS}",
                        a.id.value
                    ),
                    "an article needs at least two ways to settle it",
                );
            }
            self.check_unique(&format!("options of `{}`", a.id.value), a.options.iter().map(|o| &o.id));
            let unresolved = match &a.unresolved {
                UnresolvedFile::BlocksTreaty => Unresolved::BlocksTreaty,
                UnresolvedFile::Becomes(id) => Unresolved::Becomes(self.option(i, id).unwrap_or(0)),
            };
            out.push(Article {
                id: a.id.value.clone(),
                demand: a.demand,
                group: a.group.clone(),
                title: a.title.clone(),
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
                format!("{} meters; the most is {MAX_METERS}", f.meters.len()),
                "merge meters",
            );
        }
        self.check_unique("meters", f.meters.iter().map(|m| &m.id));
        let mut out = Vec::new();
        for m in f.meters.iter() {
            let min = m.min.as_ref().map_or(0, |v| v.value);
            let max = m.max.as_ref().map_or(100, |v| v.value);
            let bound = |v: i32| (-MAX_METER..=MAX_METER).contains(&v);
            if let Some(v) = [&m.min, &m.max].into_iter().flatten().find(|v| !bound(v.value)) {
                self.error(
                    v.span,
                    "meter-range",
                    format!("meter `{}` has a bound of {}, beyond ±{MAX_METER}", m.id.value, v.value),
                    format!("keep min and max within -{MAX_METER}..={MAX_METER}"),
                );
            } else if min >= max {
                // Point at the bound the author wrote; a meter gives at least its start.
                let span = m.max.as_ref().or(m.min.as_ref()).map_or(m.start.span, |v| v.span);
                self.error(
                    span,
                    "meter-range",
                    format!("meter `{}` has min {min} and max {max}", m.id.value),
                    "max must be above min (defaults: 0 and 100)",
                );
            } else if !(min..=max).contains(&m.start.value) {
                self.error(
                    m.start.span,
                    "meter-range",
                    format!(
                        "meter `{}` starts at {}, outside {min}..={max}",
                        m.id.value, m.start.value
                    ),
                    "choose a start value between min and max",
                );
            }
            if !bound(m.per_session.value) {
                self.error(
                    m.per_session.span,
                    "meter-range",
                    format!(
                        "meter `{}` moves {} per session, beyond ±{MAX_METER}",
                        m.id.value, m.per_session.value
                    ),
                    format!("keep `per_session` within -{MAX_METER}..={MAX_METER}"),
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

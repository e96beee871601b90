//! The checks of a scenario's treaty form: every negotiated article has exactly one place,
//! additional articles complete articles that exist, and someone signs for each side.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::model::Scenario;
use crate::engine::scenario::treaty_form::*;
use crate::engine::source::Spanned;
use crate::msg;

/// Resolves the file's treaty form against `scenario` (the simple form if it has none),
/// reporting every problem at its place.
pub(super) fn check(c: &mut Compiler, scenario: &Scenario) -> TreatyForm {
    let Some(f) = c.file.treaty_form.as_ref() else {
        return TreatyForm::simple(scenario);
    };
    if let Some(keys) = &f.source {
        c.check_source_keys(keys);
    }
    let signed = f.signed.as_ref().and_then(|text| {
        let date = Date::parse(text);
        if date.is_none() {
            c.error(
                text.span,
                "bad-date",
                msg!("check-scenario-bad-date", date = text.as_str()),
                msg!("check-scenario-bad-plain-date-help"),
            );
        }
        date
    });
    let parties = [&f.japan, &f.russia].map(|p| {
        if p.plenipotentiaries.is_empty() {
            c.error(
                p.plenipotentiaries.span,
                "no-plenipotentiaries",
                msg!("check-scenario-no-plenipotentiaries", sovereign = p.sovereign.as_str()),
                msg!("check-scenario-no-plenipotentiaries-help"),
            );
        }
        FormParty {
            sovereign: p.sovereign.clone(),
            plenipotentiaries: p
                .plenipotentiaries
                .iter()
                .map(|p| Plenipotentiary {
                    name: p.name.clone(),
                    office: p.office.clone(),
                })
                .collect(),
        }
    });
    if f.articles.len() + f.additional.len() > MAX_FORM_ARTICLES {
        c.error(
            f.articles.span,
            "too-many",
            msg!(
                "check-scenario-too-many-form-articles",
                count = f.articles.len() + f.additional.len(),
                most = MAX_FORM_ARTICLES
            ),
            msg!("check-scenario-too-many-form-articles-help"),
        );
        return TreatyForm::simple(scenario);
    }
    c.check_unique(
        msg!("check-scenario-kind-treaty-articles"),
        f.articles.iter().chain(f.additional.iter()).map(|a| &a.id),
    );
    // Where each negotiated article was placed, to report a second place or none.
    let mut placed = vec![false; scenario.articles.len()];
    let mut articles = Vec::new();
    for a in f.articles.iter() {
        if let Some(to) = &a.to {
            c.error(
                to.span,
                "misplaced-to",
                msg!("check-scenario-misplaced-to", article = a.id.as_str()),
                msg!("check-scenario-misplaced-to-help"),
            );
        }
        articles.push(article(c, a, &mut placed, None));
    }
    let mut additional = Vec::new();
    for a in f.additional.iter() {
        let to = match &a.to {
            Some(to) => {
                let found = f.articles.iter().position(|m| m.id.value == to.value);
                if found.is_none() {
                    let known: Vec<&str> = f.articles.iter().map(|m| m.id.as_str()).collect();
                    c.error(
                        to.span,
                        "unknown-treaty-article",
                        msg!("check-scenario-unknown-treaty-article", article = to.as_str()),
                        crate::engine::source::diagnostic::choices_help(to, known),
                    );
                }
                found
            }
            None => {
                c.error(
                    a.id.span,
                    "missing-to",
                    msg!("check-scenario-missing-to", article = a.id.as_str()),
                    msg!("check-scenario-missing-to-help"),
                );
                None
            }
        };
        additional.push(article(c, a, &mut placed, to));
    }
    for (a, done) in placed.iter().enumerate() {
        if !done {
            let id = &scenario.articles[a].id;
            c.error(
                f.articles.span,
                "unplaced-article",
                msg!("check-scenario-unplaced-article", article = id),
                msg!("check-scenario-unplaced-article-help", article = id),
            );
        }
    }
    TreatyForm {
        title: f.title.clone(),
        parties,
        preamble: f.preamble.clone(),
        place: f.place.clone(),
        signed,
        articles,
        additional,
        source: f.source.as_ref().map(|s| s.value.clone()),
    }
}

fn article(c: &mut Compiler, a: &FormArticleFile, placed: &mut [bool], to: Option<usize>) -> FormArticle {
    if let Some(keys) = &a.source {
        c.check_source_keys(keys);
    }
    if a.parts.is_empty() {
        c.error(
            a.parts.span,
            "empty-article",
            msg!("check-scenario-empty-article", article = a.id.as_str()),
            msg!("check-scenario-empty-article-help"),
        );
    }
    let mut parts = Vec::new();
    for part in a.parts.iter() {
        match &part.value {
            PartFile::Text(text) => parts.push(Part::Text(text.clone())),
            PartFile::Term(id) => {
                let id = Spanned {
                    value: id.clone(),
                    span: part.span,
                };
                let Some(n) = c.article(&id) else { continue };
                if placed[n] {
                    c.error(
                        part.span,
                        "placed-twice",
                        msg!("check-scenario-placed-twice", article = id.as_str()),
                        msg!("check-scenario-placed-twice-help"),
                    );
                }
                placed[n] = true;
                parts.push(Part::Term(n));
            }
        }
    }
    let when = a.when.as_ref().map(|cond| c.condition(cond, Context::Terms));
    FormArticle {
        id: a.id.value.clone(),
        title: a.title.clone(),
        parts,
        when,
        to,
        source: a.source.as_ref().map(|s| s.value.clone()),
    }
}

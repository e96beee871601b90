//! The checks of a scenario's treaty form: every negotiated article has exactly one place,
//! additional articles complete articles that exist, and someone signs for each side.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::model::Scenario;
use crate::engine::scenario::treaty_form::*;
use crate::engine::source::Spanned;

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
                format!("`{}` is not a date", text.value),
                "write dates as \"YYYY-MM-DD\"",
            );
        }
        date
    });
    let parties = [&f.japan, &f.russia].map(|p| {
        if p.plenipotentiaries.is_empty() {
            c.error(
                p.plenipotentiaries.span,
                "no-plenipotentiaries",
                format!("no one signs for {}", p.sovereign),
                "name at least one plenipotentiary: `(name: \"...\", office: \"...\")`",
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
            format!(
                "{} articles; a treaty form holds at most {MAX_FORM_ARTICLES}",
                f.articles.len() + f.additional.len()
            ),
            "merge short articles into one",
        );
        return TreatyForm::simple(scenario);
    }
    c.check_unique(
        "treaty articles",
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
                format!(
                    "article `{}` of the treaty names `to`, which only additional articles have",
                    a.id.value
                ),
                "move it under `additional`, or delete `to`",
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
                        format!("the treaty form has no article `{}`", to.value),
                        crate::engine::source::diagnostic::choices_help(to, known),
                    );
                }
                found
            }
            None => {
                c.error(
                    a.id.span,
                    "missing-to",
                    format!(
                        "additional article `{}` does not say which article it completes",
                        a.id.value
                    ),
                    "add `to: \"...\"` with the id of an article of the treaty",
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
                format!("the negotiated article `{id}` has no place in the treaty form"),
                format!("add `Term(\"{id}\")` to the parts of the treaty article where its clause belongs"),
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
            format!("treaty article `{}` has no parts", a.id.value),
            "give it `Text(\"...\")` or `Term(\"article id\")` parts",
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
                        format!(
                            "the negotiated article `{}` has a second place in the treaty form",
                            id.value
                        ),
                        "each negotiated article's clause stands in one place; delete this one",
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

//! The treaty form: how a treaty made from agreed terms reads — its parties and
//! plenipotentiaries, and its articles in the instrument's own order, each fixed text or the
//! clause of a negotiated article in its place. As written in the file, as resolved, and
//! the checks that every negotiated article has exactly one place.

use super::compile::{Compiler, Context};
use super::file::ConditionFile;
use super::model::Scenario;
use crate::engine::condition::Cond;
use crate::engine::date::Date;
use crate::engine::side::Side;
use crate::path;
use serde::Deserialize;

/// Most articles (main and additional together) a form may hold.
pub const MAX_FORM_ARTICLES: usize = 60;

// ---- as written ----------------------------------------------------------------------

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "TreatyForm")]
pub struct TreatyFormFile {
    pub title: String,
    pub japan: FormPartyFile,
    pub russia: FormPartyFile,
    /// What moved the sovereigns, between their names and the naming of the plenipotentiaries.
    pub preamble: String,
    pub place: String,
    /// The day the treaty is signed; the history's `signed` if left out.
    #[serde(default)]
    pub signed: Option<String>,
    pub articles: Vec<FormArticleFile>,
    #[serde(default)]
    pub additional: Vec<FormArticleFile>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "FormParty")]
pub struct FormPartyFile {
    /// In whose name the side signs: "His Majesty the Emperor of Japan".
    pub sovereign: String,
    /// Those who sign, in order.
    pub plenipotentiaries: Vec<PlenipotentiaryFile>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Plenipotentiary")]
pub struct PlenipotentiaryFile {
    pub name: String,
    pub office: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "FormArticle")]
pub struct FormArticleFile {
    pub id: String,
    /// The topic shown beside the article (the instrument itself has none).
    pub title: String,
    pub parts: Vec<PartFile>,
    /// Only in treaties whose terms meet this.
    #[serde(default)]
    pub when: Option<ConditionFile>,
    /// For an additional article: the id of the article it completes.
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
pub enum PartFile {
    /// Words that stand in every treaty the article appears in.
    Text(String),
    /// The clause of the option agreed for this negotiated article.
    Term(String),
}

// ---- as resolved -----------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TreatyForm {
    pub title: String,
    /// Japan's, then Russia's.
    pub parties: [FormParty; 2],
    pub preamble: String,
    pub place: String,
    pub signed: Option<Date>,
    pub articles: Vec<FormArticle>,
    pub additional: Vec<FormArticle>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormParty {
    pub sovereign: String,
    pub plenipotentiaries: Vec<Plenipotentiary>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plenipotentiary {
    pub name: String,
    pub office: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormArticle {
    pub id: String,
    pub title: String,
    pub parts: Vec<Part>,
    pub when: Option<Cond>,
    /// For an additional article: the index of the main article it completes.
    pub to: Option<usize>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    /// A negotiated article, by index.
    Term(usize),
}

impl TreatyForm {
    /// The form of a scenario that writes none: the parties by name, their delegates as
    /// plenipotentiaries, an article of peace, then each negotiated article in file order.
    pub fn simple(scenario: &Scenario) -> TreatyForm {
        let party = |side: Side| {
            let p = scenario.party(side);
            FormParty {
                sovereign: format!("the {}", p.name),
                plenipotentiaries: p
                    .delegates
                    .iter()
                    .map(|d| Plenipotentiary {
                        name: d.name.clone(),
                        office: d.role.clone(),
                    })
                    .collect(),
            }
        };
        let peace = FormArticle {
            id: "peace".into(),
            title: "Peace".into(),
            parts: vec![Part::Text(format!(
                "There shall henceforth be peace and amity between the {} and the {}, and between their subjects.",
                scenario.party(Side::Japan).name,
                scenario.party(Side::Russia).name
            ))],
            when: None,
            to: None,
            source: None,
        };
        let negotiated = scenario.articles.iter().enumerate().map(|(a, article)| FormArticle {
            id: article.id.clone(),
            title: article.title.clone(),
            parts: vec![Part::Term(a)],
            when: None,
            to: None,
            source: None,
        });
        TreatyForm {
            title: format!(
                "Treaty of Peace between {} and {}",
                Side::Japan.name(),
                Side::Russia.name()
            ),
            parties: [party(Side::Japan), party(Side::Russia)],
            preamble:
                "animated by a desire to restore the blessings of peace, have resolved to conclude a treaty of peace"
                    .into(),
            place: "Portsmouth, New Hampshire".into(),
            signed: None,
            articles: std::iter::once(peace).chain(negotiated).collect(),
            additional: Vec::new(),
            source: None,
        }
    }
}

// ---- checks ----------------------------------------------------------------------------

/// Resolves the file's treaty form against `scenario` (the simple form if it has none),
/// reporting every problem at its place.
pub(super) fn compile(c: &mut Compiler, scenario: &Scenario) -> TreatyForm {
    let Some(f) = c.file.treaty_form.as_ref() else {
        return TreatyForm::simple(scenario);
    };
    if let Some(keys) = &f.source {
        c.check_source_keys(path!["treaty_form", "source"], keys);
    }
    let signed = f.signed.as_ref().and_then(|text| {
        let date = Date::parse(text);
        if date.is_none() {
            c.error_at(
                path!["treaty_form", "signed"],
                "bad-date",
                format!("`{text}` is not a date"),
                "write dates as \"YYYY-MM-DD\"",
            );
        }
        date
    });
    let parties = [("japan", &f.japan), ("russia", &f.russia)].map(|(key, p)| {
        if p.plenipotentiaries.is_empty() {
            c.error_at(
                path!["treaty_form", key, "plenipotentiaries"],
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
        c.error_at(
            path!["treaty_form", "articles"],
            "too-many",
            format!(
                "{} articles; a treaty form holds at most {MAX_FORM_ARTICLES}",
                f.articles.len() + f.additional.len()
            ),
            "merge short articles into one",
        );
        return TreatyForm::simple(scenario);
    }
    let ids: Vec<(Vec<crate::engine::source::Seg>, &str)> = f
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (path!["treaty_form", "articles", i, "id"], a.id.as_str()))
        .chain(
            f.additional
                .iter()
                .enumerate()
                .map(|(i, a)| (path!["treaty_form", "additional", i, "id"], a.id.as_str())),
        )
        .collect();
    c.check_unique("treaty articles", ids);
    // Where each negotiated article was placed, to report a second place or none.
    let mut placed = vec![false; scenario.articles.len()];
    let mut articles = Vec::new();
    for (i, a) in f.articles.iter().enumerate() {
        if a.to.is_some() {
            c.error_at(
                path!["treaty_form", "articles", i, "to"],
                "misplaced-to",
                format!(
                    "article `{}` of the treaty names `to`, which only additional articles have",
                    a.id
                ),
                "move it under `additional`, or delete `to`",
            );
        }
        articles.push(article(c, a, "articles", i, &mut placed, None));
    }
    let mut additional = Vec::new();
    for (i, a) in f.additional.iter().enumerate() {
        let to = match &a.to {
            Some(to) => {
                let found = f.articles.iter().position(|m| &m.id == to);
                if found.is_none() {
                    let known: Vec<&str> = f.articles.iter().map(|m| m.id.as_str()).collect();
                    c.error_at(
                        path!["treaty_form", "additional", i, "to"],
                        "unknown-treaty-article",
                        format!("the treaty form has no article `{to}`"),
                        crate::engine::diagnostic::choices_help(to, known),
                    );
                }
                found
            }
            None => {
                c.error_at(
                    path!["treaty_form", "additional", i, "id"],
                    "missing-to",
                    format!("additional article `{}` does not say which article it completes", a.id),
                    "add `to: \"...\"` with the id of an article of the treaty",
                );
                None
            }
        };
        additional.push(article(c, a, "additional", i, &mut placed, to));
    }
    for (a, done) in placed.iter().enumerate() {
        if !done {
            let id = &scenario.articles[a].id;
            c.error_at(
                path!["treaty_form", "articles"],
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
        source: f.source.clone(),
    }
}

fn article(
    c: &mut Compiler,
    a: &FormArticleFile,
    list: &'static str,
    i: usize,
    placed: &mut [bool],
    to: Option<usize>,
) -> FormArticle {
    if let Some(keys) = &a.source {
        c.check_source_keys(path!["treaty_form", list, i, "source"], keys);
    }
    if a.parts.is_empty() {
        c.error_at(
            path!["treaty_form", list, i, "parts"],
            "empty-article",
            format!("treaty article `{}` has no parts", a.id),
            "give it `Text(\"...\")` or `Term(\"article id\")` parts",
        );
    }
    let mut parts = Vec::new();
    for (j, part) in a.parts.iter().enumerate() {
        match part {
            PartFile::Text(text) => parts.push(Part::Text(text.clone())),
            PartFile::Term(id) => {
                let node = c.tree.find(&path!["treaty_form", list, i, "parts", j]).clone();
                let Some(n) = c.article(&node, id) else { continue };
                if placed[n] {
                    c.error_at(
                        path!["treaty_form", list, i, "parts", j],
                        "placed-twice",
                        format!("the negotiated article `{id}` has a second place in the treaty form"),
                        "each negotiated article's clause stands in one place; delete this one",
                    );
                }
                placed[n] = true;
                parts.push(Part::Term(n));
            }
        }
    }
    let when = a.when.as_ref().map(|cond| {
        let node = c.tree.find(&path!["treaty_form", list, i, "when"]).clone();
        c.condition(cond, &node, Context::Terms)
    });
    FormArticle {
        id: a.id.clone(),
        title: a.title.clone(),
        parts,
        when,
        to,
        source: a.source.clone(),
    }
}

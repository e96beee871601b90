//! The treaty form: how a treaty made from agreed terms reads — its parties and
//! plenipotentiaries, and its articles in the instrument's own order, each fixed text or the
//! clause of a negotiated article in its place. As written in the file, as resolved, and
//! the checks that every negotiated article has exactly one place.

use super::file::ConditionFile;
use super::model::Scenario;
use crate::engine::play::condition::Cond;
use crate::engine::play::date::Date;
use crate::engine::play::side::Side;
use crate::engine::source::Spanned;
use serde::{Deserialize, Serialize};

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
    pub signed: Option<Spanned<String>>,
    pub articles: Spanned<Vec<FormArticleFile>>,
    #[serde(default)]
    pub additional: Spanned<Vec<FormArticleFile>>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
#[serde(rename = "FormParty")]
pub struct FormPartyFile {
    /// In whose name the side signs: "His Majesty the Emperor of Japan".
    pub sovereign: String,
    /// Those who sign, in order.
    pub plenipotentiaries: Spanned<Vec<PlenipotentiaryFile>>,
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
    pub id: Spanned<String>,
    /// The topic shown beside the article (the instrument itself has none).
    pub title: String,
    pub parts: Spanned<Vec<Spanned<PartFile>>>,
    /// Only in treaties whose terms meet this.
    #[serde(default)]
    pub when: Option<Spanned<ConditionFile>>,
    /// For an additional article: the id of the article it completes.
    #[serde(default)]
    pub to: Option<Spanned<String>>,
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Deserialize, Debug, Clone)]
pub enum PartFile {
    /// Words that stand in every treaty the article appears in.
    Text(String),
    /// The clause of the option agreed for this negotiated article.
    Term(String),
}

// ---- as resolved -----------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FormParty {
    pub sovereign: String,
    pub plenipotentiaries: Vec<Plenipotentiary>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Plenipotentiary {
    pub name: String,
    pub office: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FormArticle {
    pub id: String,
    pub title: String,
    pub parts: Vec<Part>,
    pub when: Option<Cond>,
    /// For an additional article: the index of the main article it completes.
    pub to: Option<usize>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

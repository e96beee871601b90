//! The text of a treaty made from agreed terms, laid out in the scenario's treaty form (for
//! 1905, the instrument as signed): a preamble naming the sovereigns and their
//! plenipotentiaries, the articles in the form's order — fixed text, or the agreed option's
//! clause in its place — numbered in Roman numerals, the additional articles, the place and
//! date, and the signatures. An article whose negotiated terms give no clause (a demand
//! withdrawn, nothing granted) is left out and the rest numbered on, as the signed treaty
//! itself has no article for Japan's withdrawn demands.

use crate::engine::play::condition::Facts;
use crate::engine::play::date::Date;
use crate::engine::play::moves::Terms;
use crate::engine::scenario::Scenario;
use crate::engine::scenario::treaty_form::{FormArticle, Part};

#[derive(Clone, Debug, PartialEq)]
pub struct TreatyText {
    pub title: String,
    pub preamble: String,
    pub articles: Vec<TreatyArticle>,
    /// Introduces the additional articles; empty when there are none.
    pub additional_preamble: String,
    pub additional: Vec<TreatyArticle>,
    /// Ends the additional articles; empty when there are none.
    pub additional_closing: String,
    pub closing: String,
    /// The day it is signed.
    pub signed: Date,
    /// One block per side, Japan's first: in whose name, and who signs.
    pub signatures: [(String, Vec<String>); 2],
}

#[derive(Clone, Debug, PartialEq)]
pub struct TreatyArticle {
    /// Its Roman numeral in this text.
    pub numeral: String,
    /// For an additional article, the numeral of the article it completes.
    pub to: Option<String>,
    pub topic: String,
    pub text: String,
    /// Source keys for the fixed text, if the form gives them.
    pub source: Option<String>,
}

impl TreatyArticle {
    /// "Article IX", or "Additional Article I (to Article III)".
    pub fn heading(&self) -> String {
        match &self.to {
            Some(to) => format!("Additional Article {} (to Article {to})", self.numeral),
            None => format!("Article {}", self.numeral),
        }
    }
}

struct TermsOnly<'a>(&'a Terms);

impl Facts for TermsOnly<'_> {
    fn term(&self, article: usize) -> Option<u8> {
        self.0.get(article)
    }
}

impl TreatyText {
    /// The treaty of `terms`, agreed at the session of `agreed`: signed on the form's date
    /// (the scenario's signing day), or on `agreed` if the talks ended after it.
    pub fn new(scenario: &Scenario, terms: &Terms, agreed: Date) -> TreatyText {
        let form = &scenario.treaty_form;
        let signed = form
            .signed
            .or(scenario.history.as_ref().map(|h| h.signed))
            .map_or(agreed, |d| d.max(agreed));
        let facts = TermsOnly(terms);
        // The text of each main article in this treaty, or None where it is left out.
        let texts: Vec<Option<String>> = form
            .articles
            .iter()
            .map(|a| article_text(scenario, terms, &facts, a))
            .collect();
        let mut numerals: Vec<Option<String>> = Vec::new();
        let mut n = 0;
        for text in &texts {
            numerals.push(text.as_ref().map(|_| {
                n += 1;
                roman(n)
            }));
        }
        let articles = form
            .articles
            .iter()
            .zip(&texts)
            .zip(&numerals)
            .filter_map(|((a, text), numeral)| {
                Some(TreatyArticle {
                    numeral: numeral.clone()?,
                    to: None,
                    topic: a.title.clone(),
                    text: text.clone()?,
                    source: a.source.clone(),
                })
            })
            .collect();
        let mut additional = Vec::new();
        for a in &form.additional {
            // An additional article lapses with the article it completes.
            let Some(to) = a.to.and_then(|t| numerals[t].clone()) else {
                continue;
            };
            if let Some(text) = article_text(scenario, terms, &facts, a) {
                additional.push(TreatyArticle {
                    numeral: roman(additional.len() + 1),
                    to: Some(to),
                    topic: a.title.clone(),
                    text,
                    source: a.source.clone(),
                });
            }
        }
        let [japan, russia] = &form.parties;
        let named = |p: &crate::engine::scenario::treaty_form::FormParty| {
            let names: Vec<String> = p
                .plenipotentiaries
                .iter()
                .map(|p| format!("His Excellency {}, {}", p.name, p.office))
                .collect();
            format!("{}: {}", p.sovereign, names.join(", and "))
        };
        let preamble = capitalised(&format!(
            "{} on the one part, and {} on the other part, {}, and have for this purpose named Their \
             Plenipotentiaries, that is to say, {}; and {}; who, after having exchanged their full powers, \
             found to be in good and due form, have concluded the following Articles.",
            japan.sovereign,
            russia.sovereign,
            form.preamble,
            named(japan),
            named(russia),
        ));
        let (additional_preamble, additional_closing) = if additional.is_empty() {
            (String::new(), String::new())
        } else {
            let mut to: Vec<&str> = additional.iter().filter_map(|a| a.to.as_deref()).collect();
            to.dedup();
            let list = match to.as_slice() {
                [one] => format!("Article {one}"),
                [init @ .., last] => format!("Articles {} and {last}", init.join(", ")),
                [] => String::new(),
            };
            (
                format!(
                    "In conformity with the provisions of {list} of the Treaty of Peace of this date, the \
                     undersigned Plenipotentiaries have concluded the following additional Articles."
                ),
                "The foregoing additional Articles are to be considered as ratified with the ratification of \
                 the Treaty of Peace to which they are annexed."
                    .to_string(),
            )
        };
        let closing = format!(
            "In witness whereof the respective Plenipotentiaries have signed and affixed their seals to this \
             Treaty of Peace. Done at {}, this {}, corresponding to the {} day of {} of the Russian calendar \
             (the {} of {}), {}.",
            form.place,
            japanese_date(signed),
            ordinal(signed.old_style().day),
            signed.old_style().month_name(),
            ordinal(signed.day),
            signed.month_name(),
            signed.year,
        );
        let signatures = [japan, russia].map(|p| {
            (
                p.sovereign.clone(),
                p.plenipotentiaries.iter().map(|p| p.name.clone()).collect(),
            )
        });
        TreatyText {
            title: form.title.clone(),
            preamble,
            articles,
            additional_preamble,
            additional,
            additional_closing,
            closing,
            signed,
            signatures,
        }
    }

    /// "5 September 1905 (23 August O.S.)".
    pub fn dated(&self) -> String {
        let os = self.signed.old_style();
        format!(
            "{} {} {} ({} {} O.S.)",
            self.signed.day,
            self.signed.month_name(),
            self.signed.year,
            os.day,
            os.month_name()
        )
    }
}

/// An article's text in this treaty: its parts joined, the agreed clauses in their places;
/// None if its condition fails or no part gives any text.
fn article_text(scenario: &Scenario, terms: &Terms, facts: &dyn Facts, article: &FormArticle) -> Option<String> {
    if article.when.as_ref().is_some_and(|c| !c.holds(facts)) {
        return None;
    }
    let parts: Vec<&str> = article
        .parts
        .iter()
        .filter_map(|part| match part {
            Part::Text(text) => Some(text.as_str()),
            Part::Term(a) => {
                let option = terms.get(*a)?;
                scenario.articles[*a].options[option as usize].clause.as_deref()
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The date as Japan wrote it: "5th day of the 9th month of the 38th year of Meiji", for
/// dates in the Meiji era (8 September 1868 to 29 July 1912); else the Western date.
fn japanese_date(date: Date) -> String {
    let meiji = Date {
        year: 1868,
        month: 9,
        day: 8,
    } <= date
        && date
            <= Date {
                year: 1912,
                month: 7,
                day: 29,
            };
    if meiji {
        format!(
            "{} day of the {} month of the {} year of Meiji",
            ordinal(date.day),
            ordinal(date.month),
            ordinal((date.year - 1867) as u8)
        )
    } else {
        format!("{} day of {} {}", ordinal(date.day), date.month_name(), date.year)
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn roman(n: usize) -> String {
    const NUMERALS: [(usize, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

fn ordinal(day: u8) -> String {
    let suffix = match (day % 10, day % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{day}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_and_ordinals() {
        let got: Vec<String> = [1, 4, 9, 12, 14, 40].iter().map(|&n| roman(n)).collect();
        assert_eq!(got, ["I", "IV", "IX", "XII", "XIV", "XL"]);
        let got: Vec<String> = [1, 2, 3, 11, 12, 13, 21, 23, 30].iter().map(|&d| ordinal(d)).collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "23rd", "30th"]
        );
    }

    #[test]
    fn dates_in_the_meiji_era_are_written_as_japan_wrote_them() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(
            japanese_date(date("1905-09-05")),
            "5th day of the 9th month of the 38th year of Meiji"
        );
        assert_eq!(
            japanese_date(date("1868-09-08")),
            "8th day of the 9th month of the 1st year of Meiji"
        );
        assert_eq!(japanese_date(date("1920-01-01")), "1st day of January 1920");
    }
}

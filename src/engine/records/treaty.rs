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
use crate::i18n::{self, Lang};
use crate::tr;

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
        self.heading_in(Lang::English)
    }

    /// The article's heading in `lang`.
    pub fn heading_in(&self, lang: Lang) -> String {
        let numeral = self.numeral.as_str();
        match &self.to {
            Some(to) => tr!(
                lang,
                "export-treaty-additional-article",
                numeral = numeral,
                to = to.as_str()
            ),
            None => tr!(lang, "export-treaty-article", numeral = numeral),
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
        TreatyText::new_in(Lang::English, scenario, terms, agreed)
    }

    /// The treaty in `lang`: the frame (preamble, closing, headings) in that language; the
    /// names, the purpose and the articles' text are the scenario's own.
    pub fn new_in(lang: Lang, scenario: &Scenario, terms: &Terms, agreed: Date) -> TreatyText {
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
                .map(|p| {
                    tr!(
                        lang,
                        "export-treaty-plenipotentiary",
                        name = p.name.as_str(),
                        office = p.office.as_str()
                    )
                })
                .collect();
            tr!(
                lang,
                "export-treaty-party",
                sovereign = p.sovereign.as_str(),
                plenipotentiaries = names.join(&tr!(lang, "export-treaty-plenipotentiaries-join"))
            )
        };
        let preamble = capitalised(&tr!(
            lang,
            "export-treaty-preamble",
            japan = japan.sovereign.as_str(),
            russia = russia.sovereign.as_str(),
            purpose = form.preamble.as_str(),
            japanNamed = named(japan),
            russiaNamed = named(russia)
        ));
        let (additional_preamble, additional_closing) = if additional.is_empty() {
            (String::new(), String::new())
        } else {
            let mut to: Vec<&str> = additional.iter().filter_map(|a| a.to.as_deref()).collect();
            to.dedup();
            let (last, init) = to.split_last().map_or(("", &[][..]), |(last, init)| (*last, init));
            (
                tr!(
                    lang,
                    "export-treaty-additional-preamble",
                    count = to.len(),
                    numerals = init.join(&tr!(lang, "export-treaty-numerals-join")),
                    last = last
                ),
                tr!(lang, "export-treaty-additional-closing"),
            )
        };
        let old = signed.old_style();
        let closing = tr!(
            lang,
            "export-treaty-closing",
            place = form.place.as_str(),
            japanese = japanese_date(lang, signed),
            osDay = ordinal(lang, old.day),
            osMonth = month_name(lang, old.month),
            day = ordinal(lang, signed.day),
            month = month_name(lang, signed.month),
            year = signed.year
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
        self.dated_in(Lang::English)
    }

    /// The day it is signed, in both calendars, in `lang`.
    pub fn dated_in(&self, lang: Lang) -> String {
        let os = self.signed.old_style();
        tr!(
            lang,
            "export-treaty-dated",
            day = self.signed.day,
            month = month_name(lang, self.signed.month),
            year = self.signed.year,
            osDay = os.day,
            osMonth = month_name(lang, os.month)
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
fn japanese_date(lang: Lang, date: Date) -> String {
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
        tr!(
            lang,
            "export-treaty-meiji-date",
            day = ordinal(lang, date.day),
            month = ordinal(lang, date.month),
            year = ordinal(lang, (date.year - 1867) as u8)
        )
    } else {
        tr!(
            lang,
            "export-treaty-western-date",
            day = ordinal(lang, date.day),
            month = month_name(lang, date.month),
            year = date.year
        )
    }
}

/// A month's name in `lang`, as the language's dates write it.
fn month_name(lang: Lang, month: u8) -> String {
    const KEYS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10",
        "month-11", "month-12",
    ];
    i18n::text(lang, KEYS[usize::from(month.clamp(1, 12)) - 1])
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

/// "23rd" in English; each language writes its ordinals its own way.
fn ordinal(lang: Lang, n: u8) -> String {
    tr!(lang, "export-treaty-ordinal", n = n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_and_ordinals() {
        let got: Vec<String> = [1, 4, 9, 12, 14, 40].iter().map(|&n| roman(n)).collect();
        assert_eq!(got, ["I", "IV", "IX", "XII", "XIV", "XL"]);
        let got: Vec<String> = [1, 2, 3, 11, 12, 13, 21, 23, 30]
            .iter()
            .map(|&d| ordinal(Lang::English, d))
            .collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "23rd", "30th"]
        );
    }

    #[test]
    fn dates_in_the_meiji_era_are_written_as_japan_wrote_them() {
        let date = |text| Date::parse(text).unwrap();
        assert_eq!(
            japanese_date(Lang::English, date("1905-09-05")),
            "5th day of the 9th month of the 38th year of Meiji"
        );
        assert_eq!(
            japanese_date(Lang::English, date("1868-09-08")),
            "8th day of the 9th month of the 1st year of Meiji"
        );
        assert_eq!(
            japanese_date(Lang::English, date("1920-01-01")),
            "1st day of January 1920"
        );
    }
}

//! The text of a treaty made from agreed terms, laid out as the 1905 instrument was:
//! a preamble naming the plenipotentiaries, numbered articles, the place and date, and
//! the signatures. Articles whose agreed option carries no clause (a demand withdrawn,
//! nothing granted) give no article, as in the signed treaty.

use super::date::Date;
use super::moves::Terms;
use super::scenario::Scenario;
use super::side::Side;

#[derive(Clone, Debug, PartialEq)]
pub struct TreatyText {
    pub title: String,
    pub preamble: String,
    /// (Roman numeral, the article's topic, its text).
    pub articles: Vec<(String, String, String)>,
    pub closing: String,
    /// One block per side: the party and its signing delegates.
    pub signatures: [(String, Vec<String>); 2],
}

impl TreatyText {
    pub fn new(scenario: &Scenario, terms: &Terms, signed: Date) -> TreatyText {
        let names =
            |side: Side| -> Vec<String> { scenario.party(side).delegates.iter().map(|d| d.name.clone()).collect() };
        let japan = scenario.party(Side::Japan);
        let russia = scenario.party(Side::Russia);
        let plenipotentiaries = |side: Side| names(side).join(" and ");
        let preamble = format!(
            "The {} and the {}, animated by a desire to restore the blessings of peace, have resolved to \
             conclude a treaty of peace and have named for their plenipotentiaries: for the {}, {}; for the {}, \
             {}; who, having exchanged their full powers, found in good and due form, have concluded the \
             following articles.",
            japan.name,
            russia.name,
            japan.name,
            plenipotentiaries(Side::Japan),
            russia.name,
            plenipotentiaries(Side::Russia),
        );
        let mut articles = vec![(
            roman(1),
            "Peace".to_string(),
            format!(
                "There shall henceforth be peace and amity between the {} and the {}, and between their subjects.",
                japan.name, russia.name
            ),
        )];
        for (a, option) in terms.iter() {
            let article = &scenario.articles[a];
            if let Some(clause) = &article.options[option as usize].clause {
                articles.push((roman(articles.len() + 1), article.title.clone(), clause.clone()));
            }
        }
        let os = signed.old_style();
        let closing = format!(
            "In faith whereof the plenipotentiaries have signed this treaty and affixed their seals. Done at \
             Portsmouth, New Hampshire, on the {} day of {} {}, corresponding to the {} day of {} {} of the \
             Russian calendar.",
            ordinal(signed.day),
            signed.month_name(),
            signed.year,
            ordinal(os.day),
            os.month_name(),
            os.year,
        );
        TreatyText {
            title: format!(
                "Treaty of Peace between {} and {}",
                Side::Japan.name(),
                Side::Russia.name()
            ),
            preamble,
            articles,
            closing,
            signatures: [
                (format!("the {}", japan.name), names(Side::Japan)),
                (format!("the {}", russia.name), names(Side::Russia)),
            ],
        }
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
}

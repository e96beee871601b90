//! How far apart the two delegations' standing offers are on each article, by the options'
//! public order (from Japan's demand to Russia's position): what a class watching can see,
//! with no side's private valuation or instructions.

use crate::engine::play::moves::Terms;
use crate::engine::play::side::Side;
use crate::i18n::Lang;
use crate::tr;

/// The gap on one open article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Both offers on the table, `steps` options apart (0: the same terms); `widest` is
    /// the most steps the article's options allow.
    Apart { steps: u8, widest: u8 },
    /// Japan offers terms further towards Russia's position than Russia itself asks.
    Crossed,
    /// Only this side has terms on the table for the article (the other's were rejected,
    /// withdrawn or never made).
    OnlyOne(Side),
    /// Neither side has an offer on it.
    NoOffers,
}

/// The gap between Japan's and Russia's offers on an article of `options` options.
pub fn gap(japan: Option<u8>, russia: Option<u8>, options: u8) -> Gap {
    match (japan, russia) {
        (Some(j), Some(r)) if j > r => Gap::Crossed,
        (Some(j), Some(r)) => Gap::Apart {
            steps: r - j,
            widest: options.saturating_sub(1),
        },
        (Some(_), None) => Gap::OnlyOne(Side::Japan),
        (None, Some(_)) => Gap::OnlyOne(Side::Russia),
        (None, None) => Gap::NoOffers,
    }
}

/// Every article's gap between two standing offers; `options` gives each article's count.
pub fn gaps(japan: &Terms, russia: &Terms, options: &[u8]) -> Vec<Gap> {
    options
        .iter()
        .enumerate()
        .map(|(a, &n)| gap(japan.get(a), russia.get(a), n))
        .collect()
}

impl Gap {
    /// The gap in words a student reads, naming the delegations by `titles` (Japan's first).
    pub fn words(self, titles: [&str; 2]) -> String {
        self.words_in(Lang::English, titles)
    }

    /// The gap in words in `lang`, naming the delegations by `titles` (Japan's first).
    pub fn words_in(self, lang: Lang, titles: [&str; 2]) -> String {
        match self {
            Gap::Apart { steps: 0, .. } => tr!(lang, "gap-same-terms"),
            Gap::Apart { steps, widest } if steps == widest => tr!(lang, "gap-widest"),
            Gap::Apart { steps, .. } => tr!(lang, "gap-steps", steps = steps),
            Gap::Crossed => tr!(lang, "gap-crossed", offers = titles[0], asks = titles[1]),
            Gap::OnlyOne(side) => tr!(lang, "gap-only-one", title = titles[side.index()]),
            Gap::NoOffers => tr!(lang, "gap-no-offers"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLES: [&str; 2] = ["Komura", "Witte"];

    #[test]
    fn gaps_follow_the_public_order_of_the_options() {
        assert_eq!(gap(Some(0), Some(3), 4), Gap::Apart { steps: 3, widest: 3 });
        assert_eq!(gap(Some(1), Some(3), 5), Gap::Apart { steps: 2, widest: 4 });
        assert_eq!(gap(Some(2), Some(2), 3), Gap::Apart { steps: 0, widest: 2 });
        assert_eq!(gap(Some(2), Some(1), 3), Gap::Crossed);
        assert_eq!(gap(None, Some(1), 3), Gap::OnlyOne(Side::Russia));
        assert_eq!(gap(Some(0), None, 3), Gap::OnlyOne(Side::Japan));
        assert_eq!(gap(None, None, 3), Gap::NoOffers);
    }

    #[test]
    fn every_gap_has_words() {
        let words = |g: Gap| g.words(TITLES);
        assert_eq!(words(gap(Some(0), Some(3), 4)), "as far apart as they can be");
        assert_eq!(words(gap(Some(1), Some(3), 5)), "two steps apart");
        assert_eq!(words(gap(Some(1), Some(2), 5)), "one step apart");
        assert_eq!(
            words(gap(Some(2), Some(2), 3)),
            "the same terms: one acceptance agrees it"
        );
        assert_eq!(words(Gap::Crossed), "Komura offers more than Witte asks");
        assert_eq!(words(Gap::OnlyOne(Side::Russia)), "only Witte's terms");
        assert_eq!(words(Gap::NoOffers), "no terms yet");
    }

    #[test]
    fn gaps_of_two_offers_cover_every_article() {
        let mut japan = Terms::EMPTY;
        let mut russia = Terms::EMPTY;
        japan.set(0, 0);
        russia.set(0, 2);
        russia.set(2, 1);
        assert_eq!(
            gaps(&japan, &russia, &[3, 2, 4]),
            vec![
                Gap::Apart { steps: 2, widest: 2 },
                Gap::NoOffers,
                Gap::OnlyOne(Side::Russia)
            ]
        );
    }
}

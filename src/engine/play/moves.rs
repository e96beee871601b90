//! What a delegation can do on its turn. The compact forms here are `Copy` and fixed-size
//! so that agents and the rules never allocate per offer; `TurnSpec` is the same turn
//! written with article and option ids, for scenario scripts and save files (resolved
//! against a scenario by `scenario::turns`, so this vocabulary depends on no scenario).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most articles a scenario may have (sets of articles fit a `u32`).
pub const MAX_ARTICLES: usize = 24;
/// Marks "no option" in fixed arrays.
pub const NONE: u8 = u8::MAX;

/// A set of articles, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ArticleSet(pub u32);

impl ArticleSet {
    pub const EMPTY: ArticleSet = ArticleSet(0);

    pub fn all(count: usize) -> ArticleSet {
        ArticleSet(if count >= 32 { u32::MAX } else { (1u32 << count) - 1 })
    }

    pub fn single(article: usize) -> ArticleSet {
        ArticleSet(1 << article)
    }

    pub fn contains(self, article: usize) -> bool {
        self.0 & (1 << article) != 0
    }

    pub fn insert(&mut self, article: usize) {
        self.0 |= 1 << article;
    }

    pub fn remove(&mut self, article: usize) {
        self.0 &= !(1 << article);
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn union(self, other: ArticleSet) -> ArticleSet {
        ArticleSet(self.0 | other.0)
    }

    pub fn intersect(self, other: ArticleSet) -> ArticleSet {
        ArticleSet(self.0 & other.0)
    }

    pub fn minus(self, other: ArticleSet) -> ArticleSet {
        ArticleSet(self.0 & !other.0)
    }

    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            Some(i)
        })
    }
}

/// A chosen option for some articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Terms {
    option: [u8; MAX_ARTICLES],
    /// Which articles have an option: kept beside the array so iteration is by bits.
    set: ArticleSet,
}

impl Default for Terms {
    fn default() -> Self {
        Terms::EMPTY
    }
}

impl Terms {
    pub const EMPTY: Terms = Terms {
        option: [NONE; MAX_ARTICLES],
        set: ArticleSet::EMPTY,
    };

    #[inline]
    pub fn get(&self, article: usize) -> Option<u8> {
        let o = self.option[article];
        (o != NONE).then_some(o)
    }

    #[inline]
    pub fn set(&mut self, article: usize, option: u8) {
        self.option[article] = option;
        self.set.insert(article);
    }

    /// `set` for an article already set: only its option changes.
    #[inline]
    pub(crate) fn replace(&mut self, article: usize, option: u8) {
        debug_assert!(self.set.contains(article));
        self.option[article] = option;
    }

    pub fn clear(&mut self, article: usize) {
        self.option[article] = NONE;
        self.set.remove(article);
    }

    #[inline]
    pub fn articles(&self) -> ArticleSet {
        self.set
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, u8)> + '_ {
        self.set.iter().map(|a| (a, self.option[a]))
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    /// Terms for the first `count` articles, all set.
    pub fn complete(option: [u8; MAX_ARTICLES], count: usize) -> Terms {
        Terms {
            option,
            set: ArticleSet::all(count),
        }
    }

    /// These terms with `other`'s laid over them.
    pub fn overlaid(&self, other: &Terms) -> Terms {
        if self.set.minus(other.set).is_empty() {
            return *other;
        }
        let mut out = *self;
        for (a, o) in other.iter() {
            out.set(a, o);
        }
        out
    }

    pub fn raw(&self) -> &[u8; MAX_ARTICLES] {
        &self.option
    }
}

/// Terms put on the table, grouped into packages: the articles of one package are
/// accepted or refused together ("I accept X if you accept Y").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Proposal {
    pub terms: Terms,
    /// The packages, in the order they were tabled; `count` of them are in use.
    packages: [ArticleSet; MAX_ARTICLES],
    count: u8,
}

impl Default for Proposal {
    fn default() -> Self {
        Proposal {
            terms: Terms::EMPTY,
            packages: [ArticleSet::EMPTY; MAX_ARTICLES],
            count: 0,
        }
    }
}

impl Proposal {
    /// Every term on its own: each can be accepted separately.
    pub fn separate(terms: Terms) -> Proposal {
        let mut p = Proposal::default();
        for (a, o) in terms.iter() {
            p.add_package(&[(a, o)]);
        }
        p
    }

    /// All terms linked in one package.
    pub fn linked(terms: Terms) -> Proposal {
        let mut p = Proposal::default();
        if !terms.is_empty() {
            p.terms = terms;
            p.packages[0] = terms.articles();
            p.count = 1;
        }
        p
    }

    /// Adds a package of terms for articles not yet in the proposal.
    pub fn add_package(&mut self, terms: &[(usize, u8)]) {
        let mut set = ArticleSet::EMPTY;
        for &(a, o) in terms {
            debug_assert!(self.terms.get(a).is_none(), "an article in two packages");
            self.terms.set(a, o);
            set.insert(a);
        }
        if !set.is_empty() {
            self.packages[self.count as usize] = set;
            self.count += 1;
        }
    }

    /// The articles linked with `article` (including itself); empty if it is not offered.
    pub fn package_of(&self, article: usize) -> ArticleSet {
        self.packages()
            .find(|p| p.contains(article))
            .unwrap_or(ArticleSet::EMPTY)
    }

    /// The packages, in the order they were tabled.
    pub fn packages(&self) -> impl Iterator<Item = ArticleSet> + '_ {
        self.packages[..self.count as usize].iter().copied()
    }

    /// The terms offered for `articles` (normally one package).
    pub fn terms_of(&self, articles: ArticleSet) -> Terms {
        if articles == self.terms.articles() {
            return self.terms;
        }
        let mut terms = Terms::EMPTY;
        for a in articles.iter() {
            if let Some(o) = self.terms.get(a) {
                terms.set(a, o);
            }
        }
        terms
    }

    /// Drops the whole packages that contain any of `articles`.
    pub fn withdraw_packages_touching(&mut self, articles: ArticleSet) -> ArticleSet {
        let offered = self.terms.articles();
        if offered.minus(articles) == ArticleSet::EMPTY || (self.count == 1 && !offered.intersect(articles).is_empty())
        {
            // The whole proposal goes (the common case: a single package refused).
            *self = Proposal::default();
            return offered;
        }
        let mut dropped = ArticleSet::EMPTY;
        let mut kept = 0;
        for i in 0..self.count as usize {
            let package = self.packages[i];
            if package.intersect(articles).is_empty() {
                self.packages[kept] = package;
                kept += 1;
            } else {
                dropped = dropped.union(package);
            }
        }
        for i in kept..self.count as usize {
            self.packages[i] = ArticleSet::EMPTY;
        }
        self.count = kept as u8;
        for a in dropped.iter() {
            self.terms.clear(a);
        }
        dropped
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// An answer to a standing proposal, article by article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Response {
    pub accept: ArticleSet,
    pub reject: ArticleSet,
    pub set_aside: ArticleSet,
}

impl Response {
    pub fn accept_all(p: &Proposal) -> Response {
        Response {
            accept: p.terms.articles(),
            ..Response::default()
        }
    }

    pub fn reject_all(p: &Proposal) -> Response {
        Response {
            reject: p.terms.articles(),
            ..Response::default()
        }
    }

    pub fn answered(&self) -> ArticleSet {
        self.accept.union(self.reject).union(self.set_aside)
    }
}

/// "Agree to these terms by session N or we break off." Binding once issued.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ultimatum {
    pub terms: Terms,
    /// Index of the last session (0-based) by which the terms must be agreed.
    pub by_session: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SideAction {
    /// A press statement, by index in the scenario's press lines.
    Press(u8),
    /// Ask the capital to lift a red line, by index in the scenario's red lines.
    CableHome(u8),
    AskMediator,
    Ultimatum(Ultimatum),
}

/// Everything a delegation does on one turn. Applied in this order: reply to the other
/// side's proposal, reply to the mediator's, table a proposal, one side action, break off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Turn {
    pub reply: Option<Response>,
    pub mediator_reply: Option<Response>,
    pub propose: Option<Proposal>,
    pub action: Option<SideAction>,
    pub break_off: bool,
}

impl Turn {
    pub const PASS: Turn = Turn {
        reply: None,
        mediator_reply: None,
        propose: None,
        action: None,
        break_off: false,
    };

    pub fn is_pass(&self) -> bool {
        *self == Turn::PASS
    }
}

// ---------------------------------------------------------------------------------------
// The readable form, with ids.

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TurnSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<ReplySpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediator_reply: Option<ReplySpec>,
    /// Packages: each map is one package of article → option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub propose: Option<Vec<BTreeMap<String, String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ActionSpec>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub break_off: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReplySpec {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reject: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub enum ActionSpec {
    Press(String),
    CableHome(String),
    AskMediator,
    Ultimatum(UltimatumSpec),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UltimatumSpec {
    pub terms: BTreeMap<String, String>,
    /// 1-based session number.
    pub by_session: u8,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_group_linked_terms() {
        let mut p = Proposal::default();
        p.add_package(&[(0, 1)]);
        p.add_package(&[(3, 2), (5, 0)]);
        let packages: Vec<ArticleSet> = p.packages().collect();
        assert_eq!(packages, vec![ArticleSet(0b1), ArticleSet(0b101000)]);
        assert_eq!(p.package_of(5), ArticleSet(0b101000));
        let dropped = p.withdraw_packages_touching(ArticleSet::single(3));
        assert_eq!(dropped, ArticleSet(0b101000));
        assert_eq!(p.terms.articles(), ArticleSet(0b1));
    }

    #[test]
    fn article_sets_iterate_in_order() {
        let s = ArticleSet(0b1001_0010);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![1, 4, 7]);
        assert_eq!(s.len(), 3);
        assert_eq!(ArticleSet::all(3), ArticleSet(0b111));
    }
}

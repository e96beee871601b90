//! How each article moved during the talks: every change in what each delegation (and the
//! mediator) offered on it, and when it was agreed. The debrief draws this as a timeline
//! of concessions.

use crate::engine::play::state::Author;
use crate::engine::records::transcript::{Transcript, What};
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use crate::tr;

/// One offer on an article that differed from the author's previous offer on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    /// 0-based session index.
    pub session: usize,
    pub author: Author,
    pub option: u8,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleTimeline {
    pub offers: Vec<Offer>,
    /// The session and option of the (last) agreement on the article.
    pub agreed: Option<(usize, u8)>,
}

/// One timeline per article of the scenario, in article order.
pub fn concessions(scenario: &Scenario, transcript: &Transcript) -> Vec<ArticleTimeline> {
    let mut lines = vec![ArticleTimeline::default(); scenario.articles.len()];
    let mut last: Vec<[Option<u8>; 3]> = vec![[None; 3]; scenario.articles.len()];
    let mut note = |session: usize, author: Author, article: usize, option: u8| {
        let previous = &mut last[article][author.index()];
        if *previous != Some(option) {
            *previous = Some(option);
            lines[article].offers.push(Offer {
                session,
                author,
                option,
            });
        }
    };
    let mut agreements = Vec::new();
    for entry in &transcript.entries {
        match &entry.what {
            What::Moved { side, turn, .. } => {
                if let Some(p) = &turn.propose {
                    for (a, o) in p.terms.iter() {
                        note(entry.session, Author::of(*side), a, o);
                    }
                }
                if let Some(crate::engine::play::moves::SideAction::Ultimatum(u)) = &turn.action {
                    for (a, o) in u.terms.iter() {
                        note(entry.session, Author::of(*side), a, o);
                    }
                }
            }
            What::MediatorProposed { proposal, .. } => {
                for (a, o) in proposal.terms.iter() {
                    note(entry.session, Author::Mediator, a, o);
                }
            }
            What::Agreed { article, option, .. } => agreements.push((*article as usize, entry.session, *option)),
            _ => {}
        }
    }
    for (article, session, option) in agreements {
        lines[article].agreed = Some((session, option));
    }
    lines
}

/// The meters at the opening of each session held so far, found by replaying the moves
/// (meters move with chance events, so only a replay with the same seed gives them back).
pub fn meters_by_session(game: &crate::engine::play::game::Game) -> Vec<[i32; crate::engine::play::state::MAX_METERS]> {
    let mut replay = crate::engine::play::game::Game::quiet(game.scenario().clone(), game.seed());
    let mut history = vec![replay.state().meters];
    for (side, turn, _) in game.transcript().moves() {
        if replay.play(side, *turn).is_err() {
            break;
        }
        while history.len() <= replay.state().session {
            history.push(replay.state().meters);
        }
    }
    history
}

/// Each article's timeline in words, one line per article in article order: who asked for
/// what and when, each change of position after that, and the agreement — no option
/// numbers, so a reader needs no key.
pub fn in_words(scenario: &Scenario, lines: &[ArticleTimeline]) -> Vec<(String, String)> {
    in_words_in(Lang::English, scenario, lines)
}

/// [`in_words`] in `lang`.
pub fn in_words_in(lang: Lang, scenario: &Scenario, lines: &[ArticleTimeline]) -> Vec<(String, String)> {
    let when = |session: usize| {
        scenario.sessions.get(session).map_or_else(
            || tr!(lang, "timeline-session", session = session + 1),
            |s| crate::i18n::short_date(lang, s.date),
        )
    };
    lines
        .iter()
        .enumerate()
        .map(|(a, line)| {
            let label = |o: u8| scenario.option_label(a, o);
            let mut parts: Vec<String> = Vec::new();
            for author in [Author::Japan, Author::Russia, Author::Mediator] {
                let offers: Vec<&Offer> = line.offers.iter().filter(|o| o.author == author).collect();
                let Some((first, rest)) = offers.split_first() else {
                    continue;
                };
                let who = match author {
                    Author::Japan => scenario
                        .party(crate::engine::play::side::Side::Japan)
                        .player_title
                        .clone(),
                    Author::Russia => scenario
                        .party(crate::engine::play::side::Side::Russia)
                        .player_title
                        .clone(),
                    Author::Mediator => scenario.mediator.name.clone(),
                };
                let (option, date) = (label(first.option), when(first.session));
                let mut said = match author {
                    Author::Mediator => tr!(lang, "timeline-proposed", who = who, option = option, when = date),
                    _ if line.offers.first() == Some(first) => {
                        tr!(lang, "timeline-asked", who = who, option = option, when = date)
                    }
                    _ => tr!(lang, "timeline-offered", who = who, option = option, when = date),
                };
                for later in rest {
                    said.push_str(&tr!(
                        lang,
                        "timeline-then",
                        option = label(later.option),
                        when = when(later.session)
                    ));
                }
                parts.push(said);
            }
            let mut text = if parts.is_empty() {
                tr!(lang, "timeline-nobody")
            } else {
                tr!(
                    lang,
                    "timeline-offers",
                    offers = parts.join(&tr!(lang, "timeline-join"))
                )
            };
            if let Some((session, option)) = line.agreed {
                text.push_str(&tr!(
                    lang,
                    "timeline-agreed",
                    option = label(option),
                    when = when(session)
                ));
            }
            (scenario.articles[a].title.clone(), text)
        })
        .collect()
}

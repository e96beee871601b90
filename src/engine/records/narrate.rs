//! The transcript as prose, the way the protocols of the conference read. A viewer sees
//! what their delegation could know; without a viewer (a teacher, `replay`) everything shows.

use crate::engine::agents::Hearer;
use crate::engine::play::moves::{ArticleSet, Proposal, SideAction, Terms, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, BreakCause, Ending};
use crate::engine::records::offers::Offers;
use crate::engine::records::retraction;
use crate::engine::records::transcript::{Entry, Transcript, What};
use crate::engine::scenario::Scenario;
use crate::i18n::{self, Lang};
use crate::tr;
use std::fmt::Write;

/// "Korea — Japan's free hand".
pub fn term(scenario: &Scenario, article: usize, option: u8) -> String {
    term_in(Lang::English, scenario, article, option)
}

/// An article and the option agreed or proposed on it, in `lang`.
pub fn term_in(lang: Lang, scenario: &Scenario, article: usize, option: u8) -> String {
    tr!(
        lang,
        "narrate-term",
        article = scenario.articles[article].title.as_str(),
        option = scenario.option_label(article, option)
    )
}

pub fn terms(scenario: &Scenario, terms: &Terms) -> String {
    terms_in(Lang::English, scenario, terms)
}

pub fn terms_in(lang: Lang, scenario: &Scenario, terms: &Terms) -> String {
    terms
        .iter()
        .map(|(a, o)| term_in(lang, scenario, a, o))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "narrate-terms-join"))
}

pub fn articles(scenario: &Scenario, set: ArticleSet) -> String {
    articles_in(Lang::English, scenario, set)
}

pub fn articles_in(lang: Lang, scenario: &Scenario, set: ArticleSet) -> String {
    let titles: Vec<String> = set
        .iter()
        .map(|a| tr!(lang, "narrate-article", article = scenario.articles[a].in_sentence()))
        .collect();
    listed(
        &titles,
        &tr!(lang, "narrate-articles-join"),
        &tr!(lang, "narrate-articles-join-last"),
    )
}

/// `items` joined by `join`, the last two by `last` ("Korea, Sakhalin and the money").
fn listed(items: &[String], join: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., final_item] => format!("{}{last}{final_item}", rest.join(join)),
    }
}

/// How a package of several terms opens in the record.
pub const TOGETHER: &str = "together, all or nothing:";

/// How a package of several terms opens in the record, in `lang` ([`TOGETHER`] in English).
pub fn together(lang: Lang) -> String {
    tr!(lang, "narrate-together")
}

/// One line per package; linked terms are marked as standing together.
pub fn proposal_lines(scenario: &Scenario, proposal: &Proposal) -> Vec<String> {
    proposal_lines_in(Lang::English, scenario, proposal)
}

pub fn proposal_lines_in(lang: Lang, scenario: &Scenario, proposal: &Proposal) -> Vec<String> {
    proposal
        .packages()
        .map(|package| {
            let text = terms_in(lang, scenario, &proposal.terms_of(package));
            if package.len() > 1 {
                // A full-width colon carries its own space.
                let together = together(lang);
                let space = if together.ends_with('：') { "" } else { " " };
                format!("{together}{space}{text}")
            } else {
                text
            }
        })
        .collect()
}

fn author_name(scenario: &Scenario, author: Author) -> String {
    match author {
        Author::Japan => scenario.party(Side::Japan).player_title.clone(),
        Author::Russia => scenario.party(Side::Russia).player_title.clone(),
        Author::Mediator => scenario.mediator.name.clone(),
    }
}

/// The side's name: "Japan", "Russia".
/// A side's name in every language, for a message written later.
pub fn side_words(side: Side) -> crate::i18n::Message {
    crate::i18n::Message::each(|lang| side_name(lang, side))
}

pub fn side_name(lang: Lang, side: Side) -> String {
    match side {
        Side::Japan => tr!(lang, "narrate-side-japan"),
        Side::Russia => tr!(lang, "narrate-side-russia"),
    }
}

fn who(lang: Lang, scenario: &Scenario, side: Side) -> String {
    tr!(
        lang,
        "narrate-who",
        title = scenario.party(side).player_title.as_str(),
        side = side_name(lang, side)
    )
}

/// What a turn did, one line per part, as `viewer` may see it.
pub fn turn_lines(scenario: &Scenario, side: Side, turn: &Turn, viewer: Option<Side>) -> Vec<String> {
    turn_lines_in(Lang::English, scenario, side, turn, viewer)
}

/// What a turn did, in `lang`.
pub fn turn_lines_in(lang: Lang, scenario: &Scenario, side: Side, turn: &Turn, viewer: Option<Side>) -> Vec<String> {
    turn_lines_told(lang, scenario, side, turn, viewer, Told::default())
}

/// What the move `entry` of `transcript` did, in `lang`: as [`turn_lines_in`], told with
/// what the record before it shows (see [`Told`]).
pub fn move_lines_in(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    viewer: Option<Side>,
) -> Vec<String> {
    let What::Moved { side, turn, .. } = &entry.what else {
        return Vec::new();
    };
    let told = Told::before(transcript.before(entry).unwrap_or_default(), *side, turn);
    turn_lines_told(lang, scenario, *side, turn, viewer, told)
}

/// What the record before a turn lets its narrator say of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Told {
    /// Its cable home asks about an order its side asked about before (and was refused).
    pub again: bool,
    /// The refused terms of the other delegation that match the answerer's own proposal:
    /// they fall with the rest of their package, and the record says so rather than have
    /// Witte "reject" restoration to China and then propose it himself.
    pub own_terms: ArticleSet,
    /// The same for the mediator's terms.
    pub own_terms_of_mediator: ArticleSet,
}

impl Told {
    /// What `earlier`, the record before `side`'s `turn`, tells of it.
    pub fn before(earlier: &[Entry], side: Side, turn: &Turn) -> Told {
        let needs_offers =
            |reply: &Option<crate::engine::play::moves::Response>| reply.is_some_and(|r| !r.reject.is_empty());
        let (mut own_terms, mut own_terms_of_mediator) = (ArticleSet::EMPTY, ArticleSet::EMPTY);
        if needs_offers(&turn.reply) || needs_offers(&turn.mediator_reply) {
            let offers = Offers::after(earlier);
            // The proposal it makes this turn is the one that stands after it.
            let own = turn
                .propose
                .as_ref()
                .map_or(&offers.standing(Author::of(side)).terms, |p| &p.terms);
            let matching = |reply: &Option<crate::engine::play::moves::Response>, of: Author| {
                let theirs = &offers.standing(of).terms;
                let mut set = ArticleSet::EMPTY;
                for a in reply.map_or(ArticleSet::EMPTY, |r| r.reject).iter() {
                    if own.get(a).is_some() && own.get(a) == theirs.get(a) {
                        set.insert(a);
                    }
                }
                set
            };
            own_terms = matching(&turn.reply, Author::of(side.other()));
            own_terms_of_mediator = matching(&turn.mediator_reply, Author::Mediator);
        }
        Told {
            again: cables_again(earlier, side, turn),
            own_terms,
            own_terms_of_mediator,
        }
    }
}

/// Whether `turn`'s cable home, if it has one, asks about an order `side` cabled about in
/// `earlier`: an order still standing when asked about twice was refused in between.
pub fn cables_again(earlier: &[Entry], side: Side, turn: &Turn) -> bool {
    let Some(SideAction::CableHome(order)) = turn.action else {
        return false;
    };
    earlier.iter().any(|e| {
        matches!(&e.what, What::Moved { side: s, turn: t, .. }
            if *s == side && t.action == Some(SideAction::CableHome(order)))
    })
}

/// What a turn did, in `lang`, told with what the record before it shows.
pub fn turn_lines_told(
    lang: Lang,
    scenario: &Scenario,
    side: Side,
    turn: &Turn,
    viewer: Option<Side>,
    told: Told,
) -> Vec<String> {
    let again = told.again;
    let mut lines = Vec::new();
    let actor = who(lang, scenario, side);
    let other = author_name(scenario, Author::of(side.other()));
    let private = viewer.is_some_and(|v| v != side);
    if let Some(reply) = &turn.reply {
        lines.extend(answer_lines(lang, scenario, &actor, &other, reply, told.own_terms));
    }
    if let Some(reply) = &turn.mediator_reply {
        lines.extend(answer_lines(
            lang,
            scenario,
            &actor,
            &scenario.mediator.name,
            reply,
            told.own_terms_of_mediator,
        ));
    }
    if let Some(proposal) = &turn.propose {
        lines.push(tr!(lang, "narrate-proposes", actor = actor.as_str()));
        lines.extend(
            proposal_lines_in(lang, scenario, proposal)
                .into_iter()
                .map(|l| format!("    {l}")),
        );
    }
    match turn.action {
        Some(SideAction::Press(p)) => {
            let press = scenario.press_line(p as usize);
            lines.push(tr!(
                lang,
                "narrate-press",
                actor = actor.as_str(),
                label = press.label.as_str(),
                text = press.text.as_str()
            ));
        }
        Some(SideAction::CableHome(r)) if !private => {
            let (capital, order) = (
                scenario.party(side).capital.as_str(),
                scenario.red_line(r as usize).text.as_str(),
            );
            lines.push(if again {
                tr!(
                    lang,
                    "narrate-cable-again",
                    actor = actor.as_str(),
                    capital = capital,
                    order = order
                )
            } else {
                tr!(
                    lang,
                    "narrate-cable",
                    actor = actor.as_str(),
                    capital = capital,
                    order = order
                )
            });
        }
        Some(SideAction::CableHome(_)) => {}
        Some(SideAction::AskMediator) => lines.push(tr!(
            lang,
            "narrate-appeal",
            actor = actor.as_str(),
            mediator = scenario.mediator.name.as_str()
        )),
        Some(SideAction::Ultimatum(u)) => lines.push(tr!(
            lang,
            "narrate-ultimatum",
            actor = actor.as_str(),
            date = i18n::short_date(lang, scenario.sessions[u.by_session as usize].date),
            terms = terms_in(lang, scenario, &u.terms),
            side = side_name(lang, side)
        )),
        None => {}
    }
    if turn.break_off {
        lines.push(tr!(lang, "narrate-breaks-off", actor = actor.as_str()));
    }
    if lines.is_empty() {
        lines.push(tr!(lang, "narrate-waits", actor = actor.as_str()));
    }
    lines
}

fn answer_lines(
    lang: Lang,
    scenario: &Scenario,
    actor: &str,
    to: &str,
    reply: &crate::engine::play::moves::Response,
    own_terms: ArticleSet,
) -> Vec<String> {
    let mut lines = Vec::new();
    let count = |set: ArticleSet| set.iter().count();
    if !reply.accept.is_empty() {
        lines.push(tr!(
            lang,
            "narrate-accepts",
            actor = actor,
            to = to,
            articles = articles_in(lang, scenario, reply.accept),
            count = count(reply.accept)
        ));
    }
    // Terms that match its own fall with the package they came in: said apart, since "rejects
    // their terms on the open door" followed by its own proposal of the open door reads as a
    // contradiction.
    let own = reply.reject.intersect(own_terms);
    let differing = reply.reject.minus(own);
    if !differing.is_empty() && !own.is_empty() {
        lines.push(tr!(
            lang,
            "narrate-rejects-with-own",
            actor = actor,
            to = to,
            articles = articles_in(lang, scenario, differing),
            count = count(differing),
            same = articles_in(lang, scenario, own),
            same_count = count(own)
        ));
    } else if !own.is_empty() {
        lines.push(tr!(
            lang,
            "narrate-rejects-own",
            actor = actor,
            to = to,
            same = articles_in(lang, scenario, own),
            same_count = count(own)
        ));
    } else if !differing.is_empty() {
        lines.push(tr!(
            lang,
            "narrate-rejects",
            actor = actor,
            to = to,
            articles = articles_in(lang, scenario, differing),
            count = count(differing)
        ));
    }
    if !reply.set_aside.is_empty() {
        lines.push(tr!(
            lang,
            "narrate-asks-set-aside",
            actor = actor,
            articles = articles_in(lang, scenario, reply.set_aside),
            count = count(reply.set_aside)
        ));
    }
    lines
}

pub fn ending(scenario: &Scenario, ending: Ending, treaty: bool) -> String {
    ending_in(Lang::English, scenario, ending, treaty)
}

/// How the conference ended, in `lang`.
pub fn ending_in(lang: Lang, scenario: &Scenario, ending: Ending, treaty: bool) -> String {
    match ending {
        Ending::AllAgreed => tr!(lang, "narrate-ending-all-agreed"),
        Ending::TimeUp if treaty => tr!(lang, "narrate-ending-time-up-treaty"),
        Ending::TimeUp => tr!(lang, "narrate-ending-time-up-no-treaty"),
        Ending::BrokenOff { by, cause } => {
            let actor = who(lang, scenario, by);
            match cause {
                BreakCause::Walkout => tr!(lang, "narrate-ending-walkout", actor = actor),
                BreakCause::Ultimatum => tr!(
                    lang,
                    "narrate-ending-ultimatum",
                    actor = actor,
                    side = side_name(lang, by)
                ),
                BreakCause::Recalled => tr!(
                    lang,
                    "narrate-ending-recalled",
                    capital = scenario.party(by).capital.as_str()
                ),
            }
        }
    }
}

/// The lines for one transcript entry, or none if `viewer` may not see it.
pub fn entry_lines(
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    viewer: Option<Side>,
    treaty: bool,
) -> Vec<String> {
    entry_lines_in(Lang::English, scenario, transcript, entry, viewer, treaty)
}

/// The lines for one transcript entry in `lang`. What the scenario wrote (titles, dispatches,
/// cables' answers) and the notes kept with the moves stay as they were written.
pub fn entry_lines_in(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    viewer: Option<Side>,
    treaty: bool,
) -> Vec<String> {
    entry_lines_heard(lang, scenario, transcript, entry, viewer, treaty, |side| {
        hearer(side, viewer)
    })
}

/// The lines of the transcript's entries from `from` on, as the table shows them to
/// `viewer`: a blank line before each sitting after the first, as the printed transcript
/// has. The window draws a local game's transcript so, and the class server sends a seat
/// its new lines so.
pub fn table_lines_in(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    from: usize,
    viewer: Option<Side>,
    treaty: bool,
) -> Vec<String> {
    transcript
        .entries
        .iter()
        .enumerate()
        .skip(from)
        .flat_map(|(i, entry)| {
            let gap = (i > 0 && matches!(entry.what, What::SessionOpened)).then(String::new);
            gap.into_iter()
                .chain(entry_lines_in(lang, scenario, transcript, entry, viewer, treaty))
        })
        .collect()
}

/// What a delegation said, in the quotation marks of `lang`, as the dashboard's presenter
/// view quotes it: Japanese 「」, Danish »«, English “”. Russian keeps “” rather than «»: its
/// article names open package lines in «», and a reason is told from a term by its first mark.
pub fn said_in(lang: Lang, said: &str) -> String {
    match lang {
        Lang::Japanese => format!("「{said}」"),
        Lang::Danish => format!("»{said}«"),
        _ => format!("“{said}”"),
    }
}

/// Whether a line of the record is what a delegation said (see `said_in`).
pub fn is_said(line: &str) -> bool {
    line.trim_start().starts_with(['“', '「', '»'])
}

/// How sitting `session` opens in the record: its heading, then the scenario's note on it
/// (what happened that day, with its sources, or in the tutorial what the sitting teaches).
pub fn session_lines_in(lang: Lang, scenario: &Scenario, session: usize) -> Vec<String> {
    let s = &scenario.sessions[session];
    let heading = tr!(
        lang,
        "narrate-session",
        number = session + 1,
        date = i18n::long_date(lang, s.date),
        title = s.title.as_str()
    );
    std::iter::once(heading)
        .chain((!s.note.is_empty()).then(|| s.note.clone()))
        .collect()
}

/// Who hears what `side`'s delegation said when `viewer` reads: the speaker's own delegation
/// and the teacher (no viewer) every word, the other delegation what is said across the table.
pub fn hearer(side: Side, viewer: Option<Side>) -> Hearer {
    if viewer.is_some_and(|v| v != side) {
        Hearer::Across
    } else {
        Hearer::Own
    }
}

fn entry_lines_heard(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    viewer: Option<Side>,
    treaty: bool,
    hearer: impl Fn(Side) -> Hearer,
) -> Vec<String> {
    let sees = |side: Side| viewer.is_none_or(|v| v == side);
    let count = |set: ArticleSet| set.iter().count();
    match &entry.what {
        What::SessionOpened => session_lines_in(lang, scenario, entry.session),
        What::Moved { side, note, .. } => {
            let mut lines = move_lines_in(lang, scenario, transcript, entry, viewer);
            // Ground taken back is said in words: public, so every reader hears it.
            lines.extend(
                retraction::of_entry(scenario, transcript, entry)
                    .iter()
                    .map(|r| retraction::sentence_in(lang, scenario, r)),
            );
            if let Some(n) = note {
                let said = transcript.notes[*n].text_to(lang, scenario, *side, hearer(*side));
                if !said.is_empty() {
                    lines.push(format!("    {}", said_in(lang, &said)));
                }
            }
            lines
        }
        What::Agreed {
            article,
            option,
            proposed_by,
            reopened,
        } => {
            let term = term_in(lang, scenario, *article as usize, *option);
            let author = author_name(scenario, *proposed_by);
            vec![if *reopened {
                tr!(lang, "narrate-agreed-on-reopening", term = term, author = author)
            } else {
                tr!(lang, "narrate-agreed", term = term, author = author)
            }]
        }
        What::Rejected { .. } => Vec::new(),
        What::SetAside { articles: set, .. } => {
            vec![tr!(
                lang,
                "narrate-set-aside",
                articles = articles_in(lang, scenario, *set),
                count = count(*set)
            )]
        }
        What::MediatorAccepted { by, articles: set } => vec![tr!(
            lang,
            "narrate-mediator-terms-await",
            articles = articles_in(lang, scenario, *set),
            count = count(*set),
            title = scenario.party(by.other()).player_title.as_str()
        )],
        What::Lapsed { author, articles: set } => {
            let private = matches!(author.side(), Some(s) if !sees(s));
            if private {
                Vec::new()
            } else {
                vec![tr!(
                    lang,
                    "narrate-lapsed",
                    author = author_name(scenario, *author),
                    articles = articles_in(lang, scenario, *set),
                    count = count(*set)
                )]
            }
        }
        What::Event { event } => {
            let (dispatch, title) = (
                scenario.dispatch(*event as usize),
                scenario.event_title(*event as usize),
            );
            match dispatch {
                Some(d) if viewer.is_none_or(|v| d.to.includes(v)) => {
                    vec![tr!(
                        lang,
                        "narrate-dispatch",
                        from = d.from.as_str(),
                        title = title,
                        text = d.text.as_str()
                    )]
                }
                None if viewer.is_none() => vec![tr!(lang, "narrate-event", title = title)],
                _ => Vec::new(),
            }
        }
        What::CableAnswered {
            side,
            red_line,
            granted,
        } if sees(*side) => {
            let line = scenario.red_line(*red_line as usize);
            let party = scenario.party(*side);
            let text = match (&line.cable, granted) {
                (Some(c), true) => c.yes.clone(),
                (Some(c), false) => c.no.clone(),
                (None, _) => tr!(lang, "narrate-cable-unchanged", capital = party.capital.as_str()),
            };
            vec![tr!(
                lang,
                "narrate-cable-answer",
                capital = party.capital.as_str(),
                title = party.player_title.as_str(),
                text = text
            )]
        }
        What::CableAnswered { .. } => Vec::new(),
        What::MandateChanged { red_line, active } => {
            let line = scenario.red_line(*red_line as usize);
            if sees(line.side) {
                let title = scenario.party(line.side).player_title.as_str();
                vec![if *active {
                    tr!(
                        lang,
                        "narrate-instructions-bind",
                        order = line.text.as_str(),
                        title = title
                    )
                } else {
                    tr!(
                        lang,
                        "narrate-instructions-release",
                        order = line.text.as_str(),
                        title = title
                    )
                }]
            } else {
                Vec::new()
            }
        }
        What::MediatorProposed {
            asked_by,
            scripted,
            proposal,
        } => {
            let mut lines = Vec::new();
            let mediator = scenario.mediator.name.as_str();
            let heading = match scripted {
                Some(p) => {
                    let p = &scenario.mediator.proposals[*p as usize];
                    tr!(
                        lang,
                        "narrate-mediator-proposes-named",
                        mediator = mediator,
                        title = p.title.as_str(),
                        text = p.text.as_str()
                    )
                }
                None => tr!(lang, "narrate-mediator-proposes", mediator = mediator),
            };
            if let Some(side) = asked_by {
                lines.push(tr!(
                    lang,
                    "narrate-at-request",
                    title = scenario.party(*side).player_title.as_str()
                ));
            }
            lines.push(heading);
            lines.extend(
                proposal_lines_in(lang, scenario, proposal)
                    .into_iter()
                    .map(|l| format!("    {l}")),
            );
            lines
        }
        What::MediatorDeclined { asked_by } => vec![tr!(
            lang,
            "narrate-mediator-declined",
            mediator = scenario.mediator.name.as_str(),
            title = scenario.party(*asked_by).player_title.as_str()
        )],
        What::LastLook { proposal } => {
            let mut lines = vec![tr!(
                lang,
                "narrate-last-look",
                mediator = scenario.mediator.name.as_str()
            )];
            lines.extend(
                proposal_lines_in(lang, scenario, proposal)
                    .into_iter()
                    .map(|l| format!("    {l}")),
            );
            lines
        }
        What::LastLookDeclined { by } => vec![tr!(
            lang,
            "narrate-last-look-declined",
            title = scenario.party(*by).player_title.as_str(),
            mediator = scenario.mediator.name.as_str()
        )],
        What::UltimatumMet {
            side,
            as_demanded: true,
        } => {
            vec![tr!(lang, "narrate-ultimatum-met", actor = who(lang, scenario, *side))]
        }
        What::UltimatumMet {
            side,
            as_demanded: false,
        } => {
            vec![tr!(
                lang,
                "narrate-ultimatum-overtaken",
                actor = who(lang, scenario, *side)
            )]
        }
        What::Ended { ending: e } => vec![ending_in(lang, scenario, *e, treaty)],
    }
}

/// The whole transcript as text.
pub fn render(scenario: &Scenario, transcript: &Transcript, viewer: Option<Side>, treaty: bool) -> String {
    render_in(Lang::English, scenario, transcript, viewer, treaty)
}

/// The whole transcript as text in `lang`.
pub fn render_in(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    viewer: Option<Side>,
    treaty: bool,
) -> String {
    let mut out = String::new();
    for entry in &transcript.entries {
        let session_start = matches!(entry.what, What::SessionOpened);
        for (i, line) in entry_lines_in(lang, scenario, transcript, entry, viewer, treaty)
            .into_iter()
            .enumerate()
        {
            if session_start && i == 0 {
                let _ = writeln!(out, "\n{line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// The debrief: first in plain words how the result compares with 1905, then the ending
/// and the reaction at home, the treaty clause by clause beside the one signed in 1905, and
/// last, for the teacher, the utilities and the bargaining figures, explained.
pub fn debrief(scenario: &Scenario, report: &crate::engine::analysis::report::Report) -> String {
    debrief_in(Lang::English, scenario, report)
}

/// The debrief in `lang`. The plain-words lead and the note for the teacher come from
/// `records::plain`.
pub fn debrief_in(lang: Lang, scenario: &Scenario, report: &crate::engine::analysis::report::Report) -> String {
    use crate::engine::analysis::report::Favours;
    use crate::engine::scenario::file::Ratification;
    let mut out = String::new();
    let _ = writeln!(out, "{}", tr!(lang, "narrate-debrief-plain"));
    for line in crate::engine::records::plain::lead_in(lang, scenario, report, None) {
        let _ = writeln!(out, "  {line}");
    }
    match report.outcome {
        Some(o) => {
            let outcome = &scenario.outcomes[o];
            let _ = writeln!(
                out,
                "{}\n  {}",
                tr!(lang, "narrate-debrief-outcome", title = outcome.title.as_str()),
                outcome.epilogue
            );
            let _ = writeln!(out, "{}", tr!(lang, "narrate-debrief-at-home"));
            for side in Side::BOTH {
                if let Some(a) = report.aftermath[side.index()] {
                    let entry = &outcome.aftermath[a];
                    let (name, text) = (side_name(lang, side), entry.text.as_str());
                    let line = match entry.result {
                        Some(result) => {
                            let result = match result {
                                Ratification::Ratified => tr!(lang, "narrate-ratified"),
                                Ratification::RatifiedAmidUnrest => tr!(lang, "narrate-ratified-amid-unrest"),
                                Ratification::Refused => tr!(lang, "narrate-ratification-refused"),
                            };
                            tr!(
                                lang,
                                "narrate-debrief-aftermath-result",
                                side = name,
                                result = result,
                                text = text
                            )
                        }
                        None => tr!(lang, "narrate-debrief-aftermath", side = name, text = text),
                    };
                    let _ = writeln!(out, "  {line}");
                }
            }
            if !outcome.sources.is_empty() {
                let sources = outcome.sources.join(&tr!(lang, "narrate-articles-join"));
                let _ = writeln!(out, "  {}", tr!(lang, "narrate-debrief-sources", sources = sources));
            }
        }
        None => {
            let _ = writeln!(out, "{}", tr!(lang, "narrate-debrief-no-outcome"));
        }
    }
    if scenario.history.is_some() {
        let _ = writeln!(out, "{}", tr!(lang, "narrate-debrief-clauses"));
        let clauses = report.clauses(scenario);
        let label = |article: usize, o: Option<u8>| {
            o.map_or("—".to_string(), |o| {
                scenario.articles[article].options[o as usize].label.clone()
            })
        };
        // Columns as wide as their widest entry, in terminal columns (a Japanese character
        // takes two), and no narrower than the English table always was.
        let title_width = clauses
            .iter()
            .map(|c| i18n::columns::width(&scenario.articles[c.article].title) + 1)
            .fold(34, usize::max);
        let label_width = clauses
            .iter()
            .map(|c| i18n::columns::width(&label(c.article, c.ours)) + 1)
            .fold(48, usize::max);
        for clause in clauses {
            let article = &scenario.articles[clause.article];
            let label = |o: Option<u8>| label(clause.article, o);
            let verdict = match clause.favours {
                Favours::Same => tr!(lang, "narrate-verdict-same"),
                Favours::Japan => tr!(lang, "narrate-verdict-japan"),
                Favours::Russia => tr!(lang, "narrate-verdict-russia"),
                Favours::Both => tr!(lang, "narrate-verdict-both"),
                Favours::Neither => tr!(lang, "narrate-verdict-different"),
            };
            let _ = writeln!(
                out,
                "  {} {} {}",
                i18n::columns::left(&article.title, title_width),
                i18n::columns::left(&label(clause.ours), label_width),
                tr!(
                    lang,
                    "narrate-debrief-signed",
                    signed = label(clause.signed),
                    verdict = verdict
                )
            );
        }
    }
    let _ = writeln!(out, "{}", tr!(lang, "narrate-debrief-teacher"));
    let _ = writeln!(out, "  {}", crate::engine::records::plain::for_the_teacher(lang));
    let _ = writeln!(out, "  {}", tr!(lang, "narrate-debrief-utilities"));
    for side in Side::BOTH {
        let s = side.index();
        let _ = writeln!(
            out,
            "  {}",
            tr!(
                lang,
                "narrate-debrief-utility",
                side = side_name(lang, side),
                utility = i18n::decimal(lang, report.utility[s], 3),
                walkaway = i18n::decimal(lang, report.reservation[s], 3),
                share = i18n::percent(lang, report.advantage[s], 0)
            )
        );
    }
    if report.ratified {
        let distance = i18n::decimal(lang, report.pareto_distance, 3);
        let line = if report.pareto_optimal {
            tr!(lang, "narrate-debrief-pareto-yes", distance = distance)
        } else {
            tr!(lang, "narrate-debrief-pareto-no", distance = distance)
        };
        let _ = writeln!(out, "  {line}");
    }
    match (report.nash, report.nash_distance) {
        (Some((_, u)), Some(d)) => {
            let line = tr!(
                lang,
                "narrate-debrief-nash",
                japan = i18n::decimal(lang, u[0], 3),
                russia = i18n::decimal(lang, u[1], 3),
                distance = i18n::decimal(lang, d, 3)
            );
            let _ = writeln!(out, "  {line}");
        }
        _ => {
            let _ = writeln!(out, "  {}", tr!(lang, "narrate-debrief-no-nash"));
        }
    }
    if let Some(d) = report.history_distance {
        let _ = writeln!(
            out,
            "  {}",
            tr!(lang, "narrate-debrief-history", distance = i18n::decimal(lang, d, 3))
        );
    }
    out
}

/// What both delegations may see of an entry: what is public, for a class watching on a
/// projector (no cable, instructions or private dispatch of either side).
pub fn public_entry_lines(scenario: &Scenario, transcript: &Transcript, entry: &Entry, treaty: bool) -> Vec<String> {
    public_entry_lines_in(Lang::English, scenario, transcript, entry, treaty)
}

/// What both delegations may see of an entry, in `lang`.
pub fn public_entry_lines_in(
    lang: Lang,
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    treaty: bool,
) -> Vec<String> {
    // The speaker's own delegation hears every word, but the class only what was said
    // across the table.
    let across = |_| Hearer::Across;
    both_see(
        entry_lines_heard(lang, scenario, transcript, entry, Some(Side::Japan), treaty, across),
        entry_lines_heard(lang, scenario, transcript, entry, Some(Side::Russia), treaty, across),
    )
}

/// What both delegations may see of the move `entry` of `transcript`, in `lang`.
pub fn public_move_lines_in(lang: Lang, scenario: &Scenario, transcript: &Transcript, entry: &Entry) -> Vec<String> {
    both_see(
        move_lines_in(lang, scenario, transcript, entry, Some(Side::Japan)),
        move_lines_in(lang, scenario, transcript, entry, Some(Side::Russia)),
    )
}

/// The lines of `japan` also in `russia` (each as often as in both), in `japan`'s order.
fn both_see(japan: Vec<String>, mut russia: Vec<String>) -> Vec<String> {
    japan
        .into_iter()
        .filter(|line| match russia.iter().position(|r| r == line) {
            Some(i) => {
                russia.swap_remove(i);
                true
            }
            None => false,
        })
        .collect()
}

#[cfg(test)]
#[path = "narrate_before.rs"]
mod before;

#[cfg(test)]
mod english_tests {
    use super::*;
    use crate::engine::agents::{self, AgentSpec};
    use crate::engine::play::game::Game;
    use std::sync::Arc;

    fn portsmouth() -> Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        crate::engine::scenario::load(&path).unwrap().scenario
    }

    fn game(scenario: &Arc<Scenario>, japan: &str, russia: &str, seed: u64) -> Game {
        let mut game = Game::new(Arc::clone(scenario), seed);
        let make = |name: &str, side| {
            let spec: AgentSpec = name.parse().unwrap();
            agents::make(&spec, side, seed, scenario).unwrap()
        };
        let (mut j, mut r) = (make(japan, Side::Japan), make(russia, Side::Russia));
        agents::play_out(&mut game, [j.as_mut(), r.as_mut()]);
        game
    }

    #[test]
    fn the_english_record_is_byte_for_byte_the_one_written_before_fluent() {
        let scenario = portsmouth();
        let mut debriefs = 0;
        for (japan, russia, seed) in [
            ("delegate", "delegate", 1),
            ("delegate", "delegate", 7),
            ("delegate", "random", 3),
            ("random", "boulware", 5),
            ("historical", "historical", 1),
        ] {
            let game = game(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            for viewer in [None, Some(Side::Japan), Some(Side::Russia)] {
                for treaty in [false, true] {
                    assert_eq!(
                        render(&scenario, transcript, viewer, treaty),
                        before::render(&scenario, transcript, viewer, treaty),
                        "{japan} v {russia}, seed {seed}"
                    );
                }
            }
            if let Some(report) = crate::engine::analysis::report::Report::of(&game) {
                assert_eq!(debrief(&scenario, &report), before::debrief(&scenario, &report));
                debriefs += 1;
            }
            for entry in &transcript.entries {
                if let What::Moved { side, turn, .. } = &entry.what {
                    assert_eq!(
                        turn_lines(&scenario, *side, turn, None),
                        before::turn_lines(&scenario, *side, turn, None)
                    );
                }
            }
        }
        assert!(debriefs > 0, "no game ended with a report");
    }

    #[test]
    fn what_a_delegation_said_is_quoted_as_its_language_quotes() {
        let scenario = portsmouth();
        let game = game(&scenario, "delegate", "delegate", 1);
        // A press statement or an order quoted within a reason takes the inner marks: the outer
        // ones stand only at its ends (Danish read »… erklæring: »Godtgørelse …«.«).
        for (lang, open, close, inner) in [
            (Lang::Japanese, "「", "」", "『"),
            (Lang::Danish, "»", "«", "›"),
            (Lang::Russian, "“", "”", "«"),
            (Lang::English, "“", "”", "‘"),
        ] {
            let lines = table_lines_in(lang, &scenario, game.transcript(), 0, None, false);
            let said: Vec<&String> = lines.iter().filter(|line| is_said(line)).collect();
            assert!(said.len() > 10, "{lang:?}: {said:?}");
            for line in &said {
                let quoted = line.trim_start();
                assert!(
                    line.starts_with(&format!("    {open}")) && line.ends_with(close),
                    "{lang:?}: {line}"
                );
                assert_eq!(quoted.matches(open).count(), 1, "{lang:?}: {line}");
                assert_eq!(quoted.matches(close).count(), 1, "{lang:?}: {line}");
                assert!(!quoted.contains('"'), "{lang:?}: {line}");
            }
            assert!(
                said.iter().any(|line| line.contains(inner)),
                "{lang:?}: no quotation within a reason"
            );
        }
    }

    /// A refusal names apart the terms that match the refuser's own proposal: the record of
    /// every game had Witte "reject" Komura's terms on restoration to China, the open door
    /// and the lease, then propose the same three terms in the same turn.
    #[test]
    fn refused_terms_that_match_the_refusers_own_are_said_to_match() {
        let scenario = portsmouth();
        let mut matched = 0;
        for seed in 1..=6 {
            let game = game(&scenario, "delegate", "delegate", seed);
            let transcript = game.transcript();
            let mut last: [Option<Terms>; 2] = [None, None];
            for entry in &transcript.entries {
                let What::Moved { side, turn, .. } = &entry.what else {
                    continue;
                };
                // Read from the moves alone: the other side's last proposal, and the one this
                // side has on the table after its turn.
                let theirs = last[side.other().index()];
                if let Some(p) = &turn.propose {
                    last[side.index()] = Some(p.terms);
                }
                let (Some(reply), Some(theirs), Some(own)) = (&turn.reply, theirs, last[side.index()]) else {
                    continue;
                };
                let lines = move_lines_in(Lang::English, &scenario, transcript, entry, None);
                let Some(line) = lines.iter().find(|l| l.contains(" rejects ")) else {
                    assert!(reply.reject.is_empty(), "seed {seed}: {lines:?}");
                    continue;
                };
                let (refused, matching) = match line.split_once(", and with them those on ") {
                    Some((refused, matching)) => (refused.to_string(), matching.to_string()),
                    None if line.ends_with("though they match his own.") => (String::new(), line.clone()),
                    None => (line.clone(), String::new()),
                };
                for a in reply.reject.iter() {
                    let name = scenario.articles[a].in_sentence();
                    let same = own.get(a).is_some() && own.get(a) == theirs.get(a);
                    let (said_in, not_in) = if same {
                        (&matching, &refused)
                    } else {
                        (&refused, &matching)
                    };
                    assert!(said_in.contains(name), "seed {seed}, {name}: {line}");
                    assert!(!not_in.contains(name), "seed {seed}, {name}: {line}");
                    matched += usize::from(same);
                }
            }
        }
        assert!(
            matched > 10,
            "too few matching terms refused to test the wording: {matched}"
        );
    }

    #[test]
    fn the_tables_lines_leave_a_blank_line_before_each_sitting_after_the_first_wherever_they_start() {
        let scenario = portsmouth();
        let game = game(&scenario, "historical", "historical", 1);
        let transcript = game.transcript();
        let heading = |session: usize| session_lines_in(Lang::English, &scenario, session)[0].clone();
        let all = table_lines_in(Lang::English, &scenario, transcript, 0, Some(Side::Japan), false);
        assert_eq!(all[0], heading(0), "no gap before the first sitting");
        let second = all
            .iter()
            .position(|line| *line == heading(1))
            .expect("the second sitting");
        assert_eq!(all[second - 1], "");
        // A seat sent the lines from the second sitting on (the class server's new lines) gets
        // the gap too, and otherwise the same lines.
        let opens_second = transcript
            .entries
            .iter()
            .position(|e| matches!(e.what, What::SessionOpened) && e.session == 1)
            .unwrap();
        let later = table_lines_in(
            Lang::English,
            &scenario,
            transcript,
            opens_second,
            Some(Side::Japan),
            false,
        );
        assert_eq!(later, all[second - 1..]);
        assert_eq!(all.iter().filter(|l| l.is_empty()).count(), scenario.sessions.len() - 1);
    }
}

#[cfg(test)]
mod public_tests {
    use super::*;

    #[test]
    fn only_what_both_sides_see_is_public() {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            both_see(
                lines(&[
                    "Komura proposes:",
                    "CABLE to Komura — Tokyo: no",
                    "    Sakhalin — all",
                    "    Sakhalin — all"
                ]),
                lines(&["Komura proposes:", "    Sakhalin — all", "DISPATCH from Moscow: riots"]),
            ),
            lines(&["Komura proposes:", "    Sakhalin — all"])
        );
    }
}

/// A real game's record and the counterpart's words in Japanese, Russian and Danish: every
/// line said, none left in English, no placeable unfilled, and Russian counts in the right
/// grammatical number.
#[cfg(test)]
mod language_tests {
    use super::*;
    use crate::engine::agents::{self, AgentSpec, Reason};
    use crate::engine::play::game::Game;
    use crate::engine::play::view::SideView;
    use std::sync::Arc;

    /// English words of the converted messages that scenario text does not use.
    const NARRATE_ENGLISH: [&str; 14] = [
        " proposes:",
        "AGREED",
        "Session ",
        " accepts ",
        " rejects ",
        "all or nothing",
        " waits.",
        "breaks off the",
        "Views recorded",
        "off the table",
        "DISPATCH from",
        "CABLE to ",
        "INSTRUCTIONS:",
        "withdraws his wording",
    ];
    const WORDS_ENGLISH: [&str; 10] = [
        "restates his position",
        "holds to what he",
        "waits for",
        "his instructions",
        "cannot accept",
        "gives ground",
        "the talks",
        "proposal moves",
        "go far enough",
        "he offered",
    ];

    fn portsmouth() -> Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        crate::engine::scenario::load(&path).unwrap().scenario
    }

    /// Plays a game, keeping each turn's reason as the agent gave it.
    fn game_with_reasons(
        scenario: &Arc<Scenario>,
        japan: &str,
        russia: &str,
        seed: u64,
    ) -> (Game, Vec<(Side, Reason)>) {
        let mut game = Game::new(Arc::clone(scenario), seed);
        let make = |name: &str, side| {
            let spec: AgentSpec = name.parse().unwrap();
            agents::make(&spec, side, seed, scenario).unwrap()
        };
        let mut seats = [make(japan, Side::Japan), make(russia, Side::Russia)];
        let mut reasons = Vec::new();
        while let Some(side) = game.to_move() {
            let decision = seats[side.index()].decide(&SideView::new(&game, side));
            reasons.push((side, decision.reason));
            agents::play_decision(&mut game, side, &decision);
        }
        (game, reasons)
    }

    fn check(lang: Lang, line: &str, english: &[&str], what: &str) {
        assert!(!line.trim().is_empty(), "{lang}: an empty line in the {what}");
        assert!(
            !line.contains("{$") && !line.contains("{ $"),
            "{lang}: unfilled: {line}"
        );
        assert!(
            !line.contains("narrate-") && !line.contains("words-"),
            "{lang}: a key: {line}"
        );
        for marker in english {
            assert!(
                !line.contains(marker),
                "{lang}: English \"{marker}\" in the {what}: {line}"
            );
        }
    }

    #[test]
    fn whole_games_read_in_japanese_russian_and_danish() {
        let scenario = portsmouth();
        let mut russian_counts = 0;
        for (japan, russia, seed) in [
            ("delegate", "delegate", 1),
            ("delegate", "delegate", 2),
            ("delegate", "delegate", 7),
            ("historical", "historical", 1),
            ("random", "delegate", 3),
        ] {
            let (game, reasons) = game_with_reasons(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            let treaty = game.treaty().is_some();
            for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
                for viewer in [None, Some(Side::Japan), Some(Side::Russia)] {
                    for entry in &transcript.entries {
                        for line in entry_lines_in(lang, &scenario, transcript, entry, viewer, treaty) {
                            // The notes were written in English when the game was played.
                            if is_said(&line) {
                                continue;
                            }
                            check(lang, &line, &NARRATE_ENGLISH, "record");
                            let answer = ["принимает условия", "отклоняет условия", "сняты с обсуждения"]
                                .iter()
                                .any(|verb| line.contains(verb));
                            if lang == Lang::Russian && answer {
                                let after = line.split(" по стать").nth(1).unwrap();
                                let several = after.matches('«').count() > 1;
                                assert_eq!(after.starts_with("ям "), several, "the number of articles: {line}");
                                russian_counts += 1;
                            }
                        }
                    }
                }
                if let Some(report) = crate::engine::analysis::report::Report::of(&game) {
                    // The plain-words lead and the teacher's note are `records::plain`'s, in English.
                    let said = debrief_in(lang, &scenario, &report);
                    for marker in [
                        "IN PLAIN WORDS",
                        "OUTCOME:",
                        "AT HOME",
                        "CLAUSE BY CLAUSE",
                        "THE BARGAINING SPACE",
                        "   walk-away",
                        "Pareto-optimal:",
                        "Nash bargaining point",
                    ] {
                        assert!(
                            !said.contains(marker),
                            "{lang}: English \"{marker}\" in the debrief:\n{said}"
                        );
                    }
                    assert!(!said.contains("{$") && !said.contains("narrate-"), "{lang}: {said}");
                }
                for (side, reason) in &reasons {
                    if let Some(said) = reason.describe_in(lang, &scenario, *side) {
                        if matches!(reason, Reason::Scripted(_)) {
                            continue; // the scenario's own note
                        }
                        check(lang, &said, &WORDS_ENGLISH, "counterpart's words");
                    }
                }
            }
        }
        assert!(russian_counts > 0, "no Russian line counted articles");
    }

    #[test]
    fn russian_counts_take_their_grammatical_number() {
        let scenario = portsmouth();
        let set = |n: usize| {
            let mut set = ArticleSet::EMPTY;
            for a in 0..n {
                set.insert(a);
            }
            set
        };
        let said = |n: usize| {
            tr!(
                Lang::Russian,
                "narrate-set-aside",
                articles = articles_in(Lang::Russian, &scenario, set(n)),
                count = n
            )
        };
        assert!(said(1).contains("отложена статья «"), "{}", said(1));
        assert!(said(3).contains("отложены 3 статьи:"), "{}", said(3));
        assert!(said(5).contains("отложено 5 статей:"), "{}", said(5));
        let accepts = |n: usize| {
            tr!(
                Lang::Russian,
                "narrate-accepts",
                actor = "Witte (Россия)",
                to = "Komura",
                articles = articles_in(Lang::Russian, &scenario, set(n)),
                count = n
            )
        };
        assert!(accepts(1).contains("по статье «"), "{}", accepts(1));
        assert!(accepts(2).contains("по статьям «"), "{}", accepts(2));
    }
}

//! The delegate's English words as they were written before they moved to Fluent, kept to
//! check that the English catalogue says them byte for byte.

use crate::engine::agents::{DelegateReason, UltimatumAnswer};
use crate::engine::play::moves::SideAction;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;

/// The kinds of sentence, each with its own offset into the wordings, so that one turn's
/// sentences do not all take the same variant.
#[derive(Clone, Copy)]
enum Kind {
    Compromise,
    Opening,
    Retreat,
    TakenBack,
    Reopened,
    Blocked,
    Accepted,
    Refused,
    RefusedOn,
    TradeOff,
    Unsettled,
    Yields,
    Meet,
    Counter,
    Call,
    Ultimatum,
    LastWord,
    WalksOut,
    Press,
    Cable,
    Mediator,
    Restates,
    StandsFirm,
    AcceptedInPart,
    Hardens,
    WithMediator,
    KeptWhole,
    MakesUp,
    // Numbered as in words.rs, where the kinds added later come between.
    RefusedOwn = 41,
}

/// Every kind of sentence has at least this many wordings (a test checks it).
const WORDINGS: usize = 3;

fn pick(why: &DelegateReason, kind: Kind, choices: [String; WORDINGS]) -> String {
    let [a, b, c] = choices;
    match (usize::from(why.phrasing) + kind as usize * 7) % WORDINGS {
        0 => a,
        1 => b,
        _ => c,
    }
}

/// The delegate's turn in sentences: its answer and why, what its proposal gives, and its
/// other move. Where the instructions decided, it quotes them.
pub(super) fn describe_delegate(scenario: &Scenario, side: Side, why: &DelegateReason) -> String {
    let party = scenario.party(side);
    let other = scenario.party(side.other()).player_title.as_str();
    let title = party.player_title.as_str();
    let capital = party.capital.as_str();
    let article = |a: u8| scenario.articles[a as usize].in_sentence();
    let mut out = Vec::new();
    if why.compromise
        && let Some((_, note)) = &scenario.mandate(side).persona.compromise
    {
        out.push(pick(
            why,
            Kind::Compromise,
            [
                note.clone(),
                format!("{title} puts it in writing. {note}"),
                format!("{title} tables a written compromise. {note}"),
            ],
        ));
    }
    if why.opening {
        let terms: Vec<String> = scenario
            .mandate(side)
            .persona
            .opening
            .iter()
            .map(|(a, o)| {
                let article = &scenario.articles[a];
                format!("{} ({})", article.in_sentence(), article.options[o as usize].label)
            })
            .collect();
        let terms = terms.join(", ");
        out.push(pick(
            why,
            Kind::Opening,
            [
                format!("{title} concedes from the start what he judges {capital} will accept: {terms}."),
                format!("{title} opens by granting what his briefing lets him give: {terms}."),
                format!("To show good faith, {title} concedes at once: {terms}."),
            ],
        ));
    }
    if let Some((a, r)) = why.retreat {
        let order = scenario.red_line(r as usize).text.trim_end_matches('.');
        let a = article(a);
        out.push(pick(
            why,
            Kind::Retreat,
            [
                format!("{capital} has stiffened — ‘{order}’ — and {title} must take back his offer on {a}."),
                format!("New orders from {capital}: ‘{order}’. {title} withdraws what he offered on {a}."),
                format!("{title} regrets that he must go back on {a}: {capital} now instructs, ‘{order}’."),
            ],
        ));
    }
    if why.stands_firm {
        out.push(pick(
            why,
            Kind::StandsFirm,
            [
                format!("{other} has conceded next to nothing these two sessions; {title} will not be worn down, and holds to what a fair peace requires."),
                format!("Session after session {other} gives hardly any ground: {capital} will not be seen to give way to a side that does not move, and {title} stands on a fair peace."),
                format!("{title} tells {other} plainly that he has come as far as his country's honour allows; without a step from {other}, he is ready to go home."),
            ],
        ));
    }
    if let Some(a) = why.taken_back {
        let back = article(a);
        out.push(match why.yields {
            Some(g) => {
                let given = article(g);
                pick(
                    why,
                    Kind::TakenBack,
                    [
                        format!(
                            "{title} takes back his earlier term on {back}: it is the price of what he now gives on {given}."
                        ),
                        format!(
                            "{title} offers more on {given}, and in exchange withdraws what he had offered on {back}."
                        ),
                        format!(
                            "A new package: {title} gives ground on {given}, but asks again for his own terms on {back}."
                        ),
                    ],
                )
            }
            None => pick(
                why,
                Kind::Hardens,
                [
                    format!("{title} goes back to his earlier demand on {back}."),
                    format!("{title} withdraws what he had offered on {back}, and gives nothing new in its place."),
                    format!("On {back}, {title} asks again for his own terms."),
                ],
            ),
        });
    }
    if let Some(a) = why.reopened {
        let a = article(a);
        out.push(pick(
            why,
            Kind::Reopened,
            [
                format!("{other} reopens {a}, which was settled; {title} will remember it."),
                format!("{title} protests that {a} was agreed and {other} now goes back on it: he will be harder to move from here on."),
                format!("What is agreed should stay agreed, says {title}: {other}'s return to {a} costs him {title}'s trust."),
            ],
        ));
    }
    if let Some(r) = why
        .blocked_by
        .filter(|&r| why.retreat.is_none_or(|(_, forced)| forced != r))
    {
        let order = scenario.red_line(r as usize).text.trim_end_matches('.');
        out.push(pick(
            why,
            Kind::Blocked,
            [
                format!("{capital} forbids it: ‘{order}’."),
                format!("{title}'s instructions stand in the way: ‘{order}’."),
                format!("{title} may not agree to that; {capital}'s orders are plain: ‘{order}’."),
            ],
        ));
    }
    let in_part = why.blocked_by.is_some() || why.costly.is_some() || why.unsettled.is_some() || why.traded;
    match (why.offered.is_some(), why.accepted) {
        (true, true) if in_part => out.push(pick(
            why,
            Kind::AcceptedInPart,
            [
                format!("{title} takes what he can of {other}'s terms; the rest he leaves on the table."),
                format!("{title} accepts part of {other}'s offer, not all of it."),
                format!("Some of {other}'s terms {title} can sign, and does; the others he cannot."),
            ],
        )),
        (true, true) => out.push(pick(
            why,
            Kind::Accepted,
            [
                format!("{title} accepts: {other}'s terms are within his instructions and near enough to his own."),
                format!("{other}'s offer meets what {capital} asked of {title}, and he takes it."),
                format!("{title} can sign that, and says so."),
            ],
        )),
        (true, false) if why.blocked_by.is_none() && why.unsettled.is_none() => {
            out.push(match (why.traded, why.costly) {
                (true, _) => pick(
                    why,
                    Kind::TradeOff,
                    [
                        format!("{title} believes both sides can do better than {other}'s terms, and answers with his own."),
                        format!("Rather than take {other}'s offer as it stands, {title} proposes a trade that should suit {other} as well."),
                        format!("{title} is close to {other}'s terms, but suggests an exchange he thinks serves both."),
                    ],
                ),
                (false, Some(a)) if why.costly_own => {
                    let a = article(a);
                    pick(
                        why,
                        Kind::RefusedOwn,
                        [
                            format!("{title} had offered as much on {a} himself, but within his own package, not with the rest of {other}'s offer."),
                            format!("On {a}, {other} asks no more than {title} had offered; but {title} offered it only within his own package."),
                            format!("{title} offered as much on {a} himself, but only as part of his whole package: with the rest of {other}'s offer, he will not give it."),
                        ],
                    )
                }
                (false, Some(a)) => {
                    let a = article(a);
                    pick(
                        why,
                        Kind::RefusedOn,
                        [
                            format!("{title} cannot accept {other}'s terms on {a}."),
                            format!("On {a}, {other} still asks more than {title} can give."),
                            format!("{title} refuses: {other}'s demand on {a} is too heavy a price for the {}.", party.name),
                        ],
                    )
                }
                (false, None) => pick(
                    why,
                    Kind::Refused,
                    [
                        format!("{other}'s offer does not yet go far enough for {title}."),
                        format!("{title} hears {other} out, but the offer is not one he can take to {capital}."),
                        format!("{title} declines: {other} will have to move further."),
                    ],
                ),
            });
        }
        _ => {}
    }
    if let Some(a) = why.unsettled {
        let a = article(a);
        out.push(pick(
            why,
            Kind::Unsettled,
            [
                format!("{title} will not settle this while {a} is still open."),
                format!(
                    "{title} wants {a} settled first: left open, the end of the talks would decide it against him."
                ),
                format!("Not while {a} hangs unresolved, says {title}."),
            ],
        ));
    }
    match why.ultimatum_answer {
        Some(UltimatumAnswer::Meet) => out.push(pick(
            why,
            Kind::Meet,
            [
                format!("{title} will not let the talks break on this: he meets {other}'s terms."),
                format!("Faced with {other}'s packed bags, {title} gives way."),
                format!("{title} takes {other}'s ultimatum seriously and accepts its terms."),
            ],
        )),
        Some(UltimatumAnswer::Counter) => out.push(pick(
            why,
            Kind::Counter,
            [
                format!("{title} does not believe {other} will leave over so little, and answers the ultimatum with terms of his own."),
                format!("{title} will not sign {other}'s terms as dictated, but offers what he can."),
                format!("To {other}'s ultimatum {title} replies with a counter-proposal: it is this or nothing."),
            ],
        )),
        Some(UltimatumAnswer::Call) => out.push(pick(
            why,
            Kind::Call,
            [
                format!("{title} would rather go home than sign {other}'s ultimatum: let {other} leave if he must."),
                format!("{title} calls {other}'s bluff: he cannot sign the terms of the ultimatum."),
                format!("{capital} would never ratify the terms of {other}'s ultimatum; {title} lets the deadline run."),
            ],
        )),
        None => {}
    }
    // A term taken back already names what it gives in exchange.
    if let Some(a) = why.yields
        && why.taken_back.is_none()
    {
        let a = article(a);
        out.push(pick(
            why,
            Kind::Yields,
            [
                format!("{title}'s proposal moves on {a}, a step towards {other}."),
                format!("{title} now offers {other} more than before on {a}."),
                format!("Reading {other}'s offers, {title} moves towards him on {a}."),
            ],
        ));
    }
    if why.with_mediator {
        let mediator = &scenario.mediator.name;
        out.push(pick(
            why,
            Kind::WithMediator,
            [
                format!("{title} holds {mediator}'s terms and what he gives for them together: {other} may take both or neither."),
                format!("What {title} gives now is the price of {mediator}'s terms, so he tables them again with it, all or nothing."),
                format!("{title} accepts {mediator}'s terms and links his own offer to them: {other} cannot take the one and refuse the other."),
            ],
        ));
    }
    if why.kept_whole {
        out.push(pick(
            why,
            Kind::KeptWhole,
            [
                format!("{other} has not moved for two sessions: what {title} gives now comes only with his whole offer, not article by article."),
                format!("{title} will not have his steps taken one at a time by a side that gives none: his offer stands together, all or nothing."),
                format!("While {other} holds his ground, {title} links every step he takes: {other} may take the whole offer, or none of it."),
            ],
        ));
    }
    if let Some((a, reopened)) = why.makes_up {
        let names: Vec<&str> = reopened.iter().map(|r| article(r as u8)).collect();
        let reopened = match names.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        let a = article(a);
        out.push(pick(
            why,
            Kind::MakesUp,
            [
                format!("{title} may not give what {other} asks on {a}; to make up for it, he reopens what was settled on {reopened}, in {other}'s favour."),
                format!("His instructions forbid {title} to meet {other} on {a}, so he offers more where terms were already settled: {reopened}."),
                format!("{title} reopens settled terms — not to take back, but to give: on {reopened}, in place of {a}."),
            ],
        ));
    }
    match why.action {
        Some(SideAction::Press(i)) => {
            let label = &scenario.press_line(i as usize).label;
            out.push(pick(
                why,
                Kind::Press,
                [
                    format!("{title} gives the press a statement: ‘{label}’."),
                    format!("To the reporters waiting outside, {title} says: ‘{label}’."),
                    format!("{title} takes his case to the newspapers: ‘{label}’."),
                ],
            ));
        }
        Some(SideAction::CableHome(r)) => {
            let order = &scenario.red_line(r as usize).text;
            out.push(pick(
                why,
                Kind::Cable,
                [
                    format!("{title} cables {capital} for new instructions on ‘{order}’."),
                    format!("{title} asks {capital} whether ‘{order}’ must still hold."),
                    format!("A cable goes to {capital}: may {title} give way on ‘{order}’?"),
                ],
            ));
        }
        Some(SideAction::Ultimatum(u)) => {
            let date = scenario.sessions[u.by_session as usize].date.short();
            out.push(if why.last_word {
                pick(
                    why,
                    Kind::LastWord,
                    [
                        format!("This is {title}'s last word: these terms by {date}, or he leaves."),
                        format!("{title} will go no further: accept these terms by {date}, or the delegation sails home."),
                        format!("{title} lays down his final terms: by {date}, or there is no treaty."),
                    ],
                )
            } else {
                pick(
                    why,
                    Kind::Ultimatum,
                    [
                        format!("{title} lets it be known that the delegation's bags are packed: these terms by {date}, or it leaves Portsmouth."),
                        format!("{title} has booked his passage home: unless these terms are met by {date}, the talks are over."),
                        format!("{title} sets a date: these terms by {date}, or {capital} recalls its delegation."),
                    ],
                )
            });
        }
        Some(SideAction::AskMediator) => {
            let mediator = &scenario.mediator.name;
            out.push(pick(
                why,
                Kind::Mediator,
                [
                    format!("No article has been agreed in these two sessions; {title} asks {mediator} to help."),
                    format!("{title} turns to {mediator}: nothing has been agreed in these two sessions."),
                    format!("With no new agreement these two sessions, {title} asks {mediator} for a way through."),
                ],
            ));
        }
        None => {}
    }
    if why.walks_out {
        out.push(pick(
            why,
            Kind::WalksOut,
            [
                format!("{title} will not put his name to a treaty {capital} would disown, and breaks off the talks."),
                format!(
                    "{title} rises from the table: the terms left open would settle against the {}.",
                    party.name
                ),
                format!("Rather than accept what the clock would settle, {title} ends the conference."),
            ],
        ));
    }
    if out.is_empty() {
        out.push(pick(
            why,
            Kind::Restates,
            [
                format!("{title} restates his position."),
                format!("{title} holds to what he has proposed."),
                format!("{title} waits for {other} to move."),
            ],
        ));
    }
    out.join(" ")
}

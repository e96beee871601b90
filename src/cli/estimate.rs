//! `portsmouth estimate`: the deal table's estimate of a draft in a saved game — how the
//! other delegation is likely to receive each article and why, how near the whole draft is,
//! the player's own red lines it breaches, and what it would take.

use super::out::outln;
use portsmouth::engine::analysis::estimate::{self, Meter, Precision};
use portsmouth::engine::play::moves::Terms;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::save;
use portsmouth::engine::scenario::{PublicScenario, UnknownId};
use portsmouth::i18n::Lang;
use portsmouth::tr;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Save file (a game in progress: `portsmouth branch` makes one from any game)
    save: PathBuf,
    /// The delegation whose draft it is: japan or russia (default: the one to move)
    #[arg(long, value_parser = crate::side_name)]
    side: Option<Side>,
    /// Terms of the draft as article=option ids, e.g. --draft korea=free_hand,sakhalin=south
    /// (default: the delegation's proposal on the table)
    #[arg(long, value_delimiter = ',')]
    draft: Vec<String>,
    /// The coarser reading the table gives against the hardest level
    #[arg(long)]
    coarse: bool,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let loaded = save::load_in(&args.save, lang).map_err(|d| d.render_in(lang))?;
    let game = &loaded.game;
    let side = args
        .side
        .or_else(|| game.to_move())
        .ok_or_else(|| tr!(lang, "cli-estimate-game-over"))?;
    let view = SideView::new(game, side);
    let public = view.public();
    let draft = if args.draft.is_empty() {
        view.own_proposal().terms
    } else {
        parse_draft(public, &args.draft, lang)?
    };
    if draft.is_empty() {
        return Err(tr!(lang, "cli-estimate-no-proposal", side = side.name()));
    }
    let precision = if args.coarse {
        Precision::Coarse
    } else {
        Precision::Fine
    };
    let (estimate, nearest) = estimate::estimate_and_nearest(&view, &draft, precision);
    let other = estimate.counterpart;
    let (me, him) = (&public.party(side).player_title, &public.party(other).player_title);
    let reading = if estimate.is_coarse() { "coarse" } else { "fine" };
    outln!(
        "{}",
        tr!(
            lang,
            "cli-estimate-heading",
            me = me.as_str(),
            him = him.as_str(),
            reading = reading
        )
    );
    for article in &estimate.articles {
        let title = &public.articles[article.article].title;
        let option = public.option_label(article.article, article.option);
        outln!("  {title}: {option} — {}", article.reception.words_in(lang));
        for reason in &article.reasons {
            outln!("      {}", reason.describe_in(lang, public, other, article.article));
        }
    }
    outln!(
        "{}",
        tr!(lang, "cli-estimate-whole-draft", meter = estimate.meter.words_in(lang))
    );
    for reason in &estimate.reasons {
        outln!("      {}", reason.describe_in(lang, public, other));
    }
    for breach in &estimate.breaches {
        outln!(
            "{}",
            tr!(
                lang,
                "cli-estimate-before-you-send",
                breach = breach.describe_in(lang, &view)
            )
        );
    }
    match nearest {
        Some(terms) if terms == draft => outln!("{}", tr!(lang, "cli-estimate-take-as-it-stands")),
        Some(terms) => {
            outln!("{}", tr!(lang, "cli-estimate-take"));
            for (a, o) in terms.iter() {
                let title = public.articles[a].title.as_str();
                let option = public.option_label(a, o);
                if draft.get(a) == Some(o) {
                    outln!("  {title}: {option}");
                } else {
                    outln!(
                        "  {}",
                        tr!(lang, "cli-estimate-take-changed", article = title, option = option)
                    );
                }
            }
        }
        // On the last turn of the talks nothing is near: he cannot answer at all.
        None if estimate.meter == Meter::NoAnswer => {
            outln!("{}", tr!(lang, "cli-estimate-take-no-answer", him = him.as_str()))
        }
        None => outln!("{}", tr!(lang, "cli-estimate-take-nothing", him = him.as_str())),
    }
    Ok(())
}

/// "--draft TERM: why", in `lang`.
fn draft_problem(term: &str, e: UnknownId, lang: Lang) -> String {
    tr!(
        lang,
        "cli-option-problem",
        flag = format!("--draft {term}"),
        problem = e.words().in_lang(lang)
    )
}

/// `article=option` ids, as saves and scripts write them.
fn parse_draft(public: &PublicScenario, terms: &[String], lang: Lang) -> Result<Terms, String> {
    let mut draft = Terms::EMPTY;
    for term in terms {
        let (article, option) = term
            .split_once('=')
            .ok_or_else(|| tr!(lang, "cli-estimate-draft-form", term = term.as_str()))?;
        let a = public
            .article_index(article.trim())
            .map_err(|e| draft_problem(term, e, lang))?;
        let o = public
            .option_index(a, option.trim())
            .map_err(|e| draft_problem(term, e, lang))?;
        draft.set(a, o);
    }
    Ok(draft)
}

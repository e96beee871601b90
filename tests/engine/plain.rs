//! Results in plain words: the debrief leads with how each side did beside 1905 and what the
//! treaty settled, keeps the frontier and the Nash point for the teacher, and the timeline of
//! concessions reads without option numbers.

use crate::common::{load, play};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::analysis::timeline;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::narrate;
use portsmouth::engine::records::plain::{self, Compared};

#[test]
fn the_historical_game_reads_as_well_as_1905() {
    let s = load("portsmouth-1905.ron");
    let game = play(&s, "historical", "historical", 1);
    let report = Report::of(&game).unwrap();
    let lead = plain::lead(&s, &report, Some(Side::Russia));
    assert_eq!(lead[0], "You did about as well as Witte did in 1905.");
    assert!(
        lead[1].contains("Sakhalin: South of 50°N ceded (as in 1905)"),
        "{lead:?}"
    );
    assert!(lead[1].contains("Reimbursement of war costs"), "{lead:?}");
    let both = plain::lead(&s, &report, None);
    assert!(
        both[0].starts_with("Japan did about as well as Komura did in 1905"),
        "{both:?}"
    );
}

#[test]
fn the_lead_says_better_or_worse_in_words_and_names_what_differs_from_1905() {
    let s = load("portsmouth-1905.ron");
    let signed = s.history.as_ref().unwrap().treaty;
    let mut seen_other_than_same = false;
    let mut seen_no_treaty = false;
    for (japan, russia) in [
        ("boulware", "conceder"),
        ("conceder", "boulware"),
        ("random", "random"),
        ("linear", "delegate"),
    ] {
        let game = play(&s, japan, russia, 7);
        let report = Report::of(&game).unwrap();
        for side in Side::BOTH {
            let difference = report.utility[side.index()] - s.space.utility(side, &signed);
            let compared = Compared::of(difference);
            seen_other_than_same |= compared != Compared::AboutTheSame;
            let lead = plain::lead(&s, &report, Some(side));
            let title = &s.party(side).player_title;
            assert_eq!(lead[0], format!("You did {} {title} did in 1905.", compared.phrase()));
            assert!(!lead.join(" ").contains("0."), "no figures in the lead: {lead:?}");
        }
        let lead = plain::lead(&s, &report, None);
        match report.treaty {
            None => {
                seen_no_treaty = true;
                assert!(lead[1].starts_with("No treaty was signed"), "{lead:?}");
            }
            Some(treaty) if report.ratified => {
                let a = s.article_index("sakhalin").unwrap();
                if treaty.get(a) != signed.get(a) {
                    assert!(lead[1].contains("(in 1905: South of 50°N ceded)"), "{lead:?}");
                }
            }
            Some(_) => {}
        }
    }
    assert!(seen_other_than_same, "some pairing did better or worse than 1905");
    assert!(seen_no_treaty, "some pairing broke off");
}

#[test]
fn the_debrief_leads_in_words_and_keeps_the_figures_for_the_teacher() {
    let s = load("portsmouth-1905.ron");
    let game = play(&s, "historical", "historical", 1);
    let text = narrate::debrief(&s, &Report::of(&game).unwrap());
    assert!(
        text.starts_with("IN PLAIN WORDS\n  Japan did about as well as Komura"),
        "{text}"
    );
    let teacher = text.find("FOR THE TEACHER").expect("a part for the teacher");
    let clauses = text.find("CLAUSE BY CLAUSE").unwrap();
    assert!(clauses < teacher, "the clauses come before the teacher's part");
    for figure in ["Pareto", "Nash", "Utilities"] {
        let at = text
            .find(figure)
            .unwrap_or_else(|| panic!("{figure} is in the debrief"));
        assert!(at > teacher, "{figure} is in the teacher's part");
    }
    assert!(text.contains(plain::FOR_THE_TEACHER));
}

#[test]
fn the_timeline_of_concessions_names_options_not_numbers() {
    let s = load("portsmouth-1905.ron");
    let game = play(&s, "historical", "historical", 1);
    let lines = timeline::concessions(&s, game.transcript());
    let words = timeline::in_words(&s, &lines);
    assert_eq!(words.len(), s.articles.len());
    let (title, sakhalin) = &words[s.article_index("sakhalin").unwrap()];
    assert_eq!(title, "Sakhalin");
    assert!(
        sakhalin.starts_with("Komura asked for “All Sakhalin ceded” (10 August)"),
        "{sakhalin}"
    );
    assert!(
        sakhalin.contains("Agreed on “South of 50°N ceded” (29 August)."),
        "{sakhalin}"
    );
    for (title, line) in &words {
        // Numbers appear only in dates, option labels (¥, 50°N) and session names, never as codes.
        let stripped: String = s
            .articles
            .iter()
            .flat_map(|a| a.options.iter().map(|o| o.label.as_str()))
            .fold(line.clone(), |l, label| l.replace(label, ""));
        let digits: Vec<&str> = stripped
            .split(|c: char| !c.is_ascii_digit())
            .filter(|d| !d.is_empty())
            .collect();
        assert!(digits.iter().all(|d| d.len() <= 2), "{title}: {line}");
        assert!(
            stripped
                .split(['(', ')'])
                .skip(1)
                .step_by(2)
                .all(|date| date.ends_with("August") || date.ends_with("September")),
            "{title}: only dates in brackets: {line}"
        );
    }
}

//! What-if branches: take a saved game back to any of its turns, change that one decision
//! and play on; the branch keeps the original, so the debrief can set the two side by side.
//! The branch shares the original's turns before the change exactly (same scenario, same
//! seed, so the same events), which the tests check.

use crate::engine::analysis::report::{self, Clause, Report};
use crate::engine::play::game::{Game, Rules};
use crate::engine::play::side::Side;
use crate::engine::records::narrate;
use crate::engine::records::save::{Origin, ReplayError, SaveFile, Seat, replay};
use crate::engine::records::transcript::What;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use crate::tr;
use std::sync::Arc;

/// A turn of the original that a branch can change.
#[derive(Clone, Debug, PartialEq)]
pub struct BranchPoint {
    /// Turns played before it: the branch replays exactly these.
    pub turn: usize,
    /// 0-based session.
    pub session: usize,
    pub side: Side,
    /// What was done, as the transcript tells it.
    pub lines: Vec<String>,
}

/// Every turn of a game, in order, as a place to branch.
pub fn points(game: &Game) -> Vec<BranchPoint> {
    points_in(Lang::English, game)
}

/// [`points`], each turn told in `lang`.
pub fn points_in(lang: Lang, game: &Game) -> Vec<BranchPoint> {
    let scenario = game.scenario();
    let transcript = game.transcript();
    let mut turn = 0;
    let mut points = Vec::new();
    for entry in &transcript.entries {
        if let What::Moved { side, .. } = entry.what {
            points.push(BranchPoint {
                turn,
                session: entry.session,
                side,
                lines: narrate::entry_lines_in(lang, scenario, transcript, entry, None, false),
            });
            turn += 1;
        }
    }
    points
}

/// A branch asked for before a turn the game does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the game has {turns} turns; choose one of 1 to {turns}")]
pub struct NoSuchTurn {
    /// The turn asked for, counted from 0.
    pub at: usize,
    pub turns: usize,
}

/// A branch of `original` (called `name`) just before its turn `at`: the turns before are
/// kept, and the side that moved at `at` is handed to a player to decide otherwise.
pub fn branch(original: &SaveFile, name: &str, at: usize) -> Result<SaveFile, NoSuchTurn> {
    let Some(changed) = original.turns.get(at).map(|t| t.side) else {
        return Err(NoSuchTurn {
            at,
            turns: original.turns.len(),
        });
    };
    let origin = Origin {
        name: name.to_string(),
        japan: original.japan.clone(),
        russia: original.russia.clone(),
        turns: original.turns.clone(),
        at,
        changed,
    };
    Ok(SaveFile {
        turns: original.turns[..at].to_vec(),
        // A branch is a game of its own: the original's name is not its name.
        name: None,
        ..original.clone()
    }
    .with_player_in(changed)
    .with_origin(Some(origin)))
}

impl Origin {
    /// Who holds `side` once `played` turns of the branch are played: a player for the
    /// changed decision, then whoever held the seat in the original.
    pub fn seat_after(&self, side: Side, played: usize) -> Seat {
        if side == self.changed && played <= self.at {
            Seat::Human
        } else {
            [&self.japan, &self.russia][side.index()].clone()
        }
    }

    /// The original game, replayed.
    pub fn replay(&self, scenario: Arc<Scenario>, seed: u64, rules: Rules) -> Result<Game, ReplayError> {
        replay(scenario, seed, rules, &self.turns)
    }
}

/// The branch beside the original: each one's report (none while unfinished) and the
/// treaties article by article (`ours` = the branch, `signed` = the original).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub original: Option<Report>,
    pub branch: Option<Report>,
    /// Sessions the original reached (1-based), finished or not.
    pub original_sessions: usize,
    pub clauses: Vec<Clause>,
}

impl Comparison {
    pub fn of(branch: &Game, original: &Game) -> Comparison {
        let scenario = branch.scenario();
        let original_report = Report::of(original);
        let branch_report = Report::of(branch);
        let in_force = |r: &Option<Report>| r.as_ref().and_then(|r| r.treaty.filter(|_| r.ratified));
        Comparison {
            clauses: report::clauses(scenario, in_force(&branch_report), in_force(&original_report)),
            original: original_report,
            branch: branch_report,
            original_sessions: original.state().session + 1,
        }
    }

    /// Articles where the two treaties differ.
    pub fn differing(&self) -> impl Iterator<Item = &Clause> {
        self.clauses.iter().filter(|c| c.ours != c.signed)
    }

    /// One sentence where the article-by-article list would say less: the same treaty, or
    /// a treaty on one side only. `None` when the articles are worth listing.
    pub fn summary(&self) -> Option<&'static str> {
        Some(match self.summary_kind()? {
            Summary::Same => "Every article came out as in the original.",
            Summary::Lost => "No treaty in this branch: every article the original settled is lost.",
            Summary::Gained => "This branch has a treaty where the original had none.",
        })
    }

    /// [`Comparison::summary`] in `lang`.
    pub fn summary_in(&self, lang: Lang) -> Option<String> {
        Some(match self.summary_kind()? {
            Summary::Same => tr!(lang, "export-minutes-branch-same"),
            Summary::Lost => tr!(lang, "export-minutes-branch-lost"),
            Summary::Gained => tr!(lang, "export-minutes-branch-gained"),
        })
    }

    fn summary_kind(&self) -> Option<Summary> {
        let treaty = |r: &Option<Report>| r.as_ref().is_some_and(|r| r.ratified);
        match (treaty(&self.branch), treaty(&self.original)) {
            _ if self.differing().next().is_none() => Some(Summary::Same),
            (false, true) => Some(Summary::Lost),
            (true, false) => Some(Summary::Gained),
            _ => None,
        }
    }
}

/// What [`Comparison::summary`] says in one sentence.
enum Summary {
    Same,
    Lost,
    Gained,
}

//! What the new-game screen offers as the other seat: the computer at a level, the 1905
//! delegation's moves, a second player, or a demonstration.

use crate::engine::agents::AgentSpec;
use crate::engine::scenario::{self, Scenario};
use crate::i18n::{self, Lang};

/// Who sits across the table when the computer plays: the delegate at one of the
/// scenario's difficulty levels (by index), or the 1905 delegation's own moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Difficulty {
    Level(u8),
    /// Plays the moves of 1905 while the talks follow them (the "historical" agent).
    Historical,
}

impl Difficulty {
    /// The choices a scenario offers: its levels, then 1905's moves if it has a script.
    pub fn all(scenario: &Scenario) -> Vec<Difficulty> {
        let levels = (0..scenario.difficulties.len().min(u8::MAX as usize)).map(|i| Difficulty::Level(i as u8));
        levels
            .chain(scenario.history.is_some().then_some(Difficulty::Historical))
            .collect()
    }

    /// The agent that plays it, as the save records it.
    pub fn agent(self, scenario: &Scenario) -> AgentSpec {
        match self {
            Difficulty::Level(i) => match scenario.difficulties.get(i as usize) {
                Some(d) => AgentSpec::DelegateAt(d.id.clone()),
                None => AgentSpec::Delegate,
            },
            Difficulty::Historical => AgentSpec::Historical,
        }
    }

    pub fn label(self, scenario: &Scenario) -> String {
        match self {
            Difficulty::Level(i) => scenario
                .difficulties
                .get(i as usize)
                .map_or_else(|| "Delegate".into(), |d| d.label.clone()),
            Difficulty::Historical => "As in 1905".into(),
        }
    }

    /// The label in `l`: the game's own standard levels and the 1905 delegation from the
    /// catalogue; a level the scenario names itself in the scenario's words (translated
    /// beside the scenario).
    pub fn label_in(self, l: Lang, scenario: &Scenario) -> String {
        match self.standard_key(scenario) {
            Some(key) => i18n::text(l, key),
            None => self.label(scenario),
        }
    }

    /// What the level does, in `l` (see `label_in`).
    pub fn describe_in(self, l: Lang, scenario: &Scenario) -> String {
        match self.standard_key(scenario) {
            Some(key) => i18n::text(l, &format!("{key}.tip")),
            None => self.describe(scenario),
        }
    }

    /// The catalogue's key for a level the game itself supplies: one of the standard levels
    /// a scenario gets when it names none, unchanged, or the 1905 delegation.
    fn standard_key(self, scenario: &Scenario) -> Option<&'static str> {
        let Difficulty::Level(i) = self else {
            return Some("session-difficulty-historical");
        };
        let level = scenario.difficulties.get(i as usize)?;
        let standard = scenario::Difficulty::standard();
        let unchanged = standard
            .iter()
            .any(|d| d.id == level.id && d.label == level.label && d.description == level.description);
        match level.id.as_str() {
            "yielding" if unchanged => Some("session-difficulty-yielding"),
            "steady" if unchanged => Some("session-difficulty-steady"),
            "shrewd" if unchanged => Some("session-difficulty-shrewd"),
            _ => None,
        }
    }

    pub fn describe(self, scenario: &Scenario) -> String {
        match self {
            Difficulty::Level(i) => scenario
                .difficulties
                .get(i as usize)
                .map_or_else(String::new, |d| d.description.clone()),
            Difficulty::Historical => "Repeats what the real delegation did, while you let it.".into(),
        }
    }
}

/// Who faces the player.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Opponent {
    Computer(Difficulty),
    /// A second player at the same machine (hot-seat).
    Human,
    /// The computer on both sides, for a class to watch: the chosen side's papers are shown.
    Demonstration(Difficulty),
}

//! What the new-game screen offers as the other seat: the computer at a level, the 1905
//! delegation's moves, a second player, or a demonstration.

use crate::engine::agents::AgentSpec;
use crate::engine::scenario::Scenario;

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

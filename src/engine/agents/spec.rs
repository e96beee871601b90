//! The name of a computer delegation, as the command line takes it and saves store it
//! ("delegate", "delegate:shrewd", "historical", ...). Read here and nowhere else.

use crate::i18n::Lang;
use crate::tr;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Which agent plays a seat.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AgentSpec {
    /// The computer delegate with its default persona.
    Delegate,
    /// The computer delegate at one of the scenario's difficulty levels, by id; whether the
    /// scenario has it is known only once the scenario is (`agents::make` checks).
    DelegateAt(String),
    Historical,
    Boulware,
    Linear,
    Conceder,
    Hardheaded,
    TitForTat,
    Random,
}

/// Every agent that needs no scenario to be named, in the order they are listed.
pub const BUILT_IN: [AgentSpec; 8] = [
    AgentSpec::Delegate,
    AgentSpec::Historical,
    AgentSpec::Boulware,
    AgentSpec::Linear,
    AgentSpec::Conceder,
    AgentSpec::Hardheaded,
    AgentSpec::TitForTat,
    AgentSpec::Random,
];

const DELEGATE_AT: &str = "delegate:";

impl AgentSpec {
    /// The name of a built-in agent; `None` for a delegate at a level.
    pub fn built_in_name(&self) -> Option<&'static str> {
        Some(match self {
            AgentSpec::Delegate => "delegate",
            AgentSpec::DelegateAt(_) => return None,
            AgentSpec::Historical => "historical",
            AgentSpec::Boulware => "boulware",
            AgentSpec::Linear => "linear",
            AgentSpec::Conceder => "conceder",
            AgentSpec::Hardheaded => "hardheaded",
            AgentSpec::TitForTat => "tit-for-tat",
            AgentSpec::Random => "random",
        })
    }

    /// The agent as a class reads it: "Steady computer", "Boulware (time-based)".
    pub fn in_words(&self) -> String {
        self.in_words_in(Lang::English)
    }

    /// The agent as a class reads it, in `lang`. A standard level is named in the game's
    /// words for it; a level a scenario names itself keeps the scenario's name.
    pub fn in_words_in(&self, lang: Lang) -> String {
        // Every other agent has a built-in name, and its words are keyed by it.
        let AgentSpec::DelegateAt(level) = self else {
            let kind = self.built_in_name().unwrap_or("delegate");
            return crate::i18n::text(lang, &format!("agents-{kind}"));
        };
        let standard = ["yielding", "steady", "shrewd"]
            .into_iter()
            .find(|s| level.eq_ignore_ascii_case(s));
        let level = match standard {
            Some(s) => crate::i18n::text(lang, &format!("session-difficulty-{s}")),
            None => {
                let mut letters = level.chars();
                letters
                    .next()
                    .map(|first| first.to_uppercase().chain(letters).collect::<String>())
                    .unwrap_or_default()
                    .replace(['-', '_'], " ")
            }
        };
        tr!(lang, "agents-level-computer", level = level)
    }
}

/// Pads to a width, for the tables of names.
impl fmt::Display for AgentSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgentSpec::DelegateAt(level) => f.pad(&format!("{DELEGATE_AT}{level}")),
            built_in => f.pad(built_in.built_in_name().unwrap_or_default()),
        }
    }
}

/// A name that is no agent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown agent; choose one of: {}, or delegate:<level> for one of the scenario's difficulty levels",
    BUILT_IN.map(|a| a.to_string()).join(", ")
)]
pub struct UnknownAgent {
    pub name: String,
}

impl FromStr for AgentSpec {
    type Err = UnknownAgent;

    fn from_str(name: &str) -> Result<AgentSpec, UnknownAgent> {
        if let Some(level) = name.strip_prefix(DELEGATE_AT) {
            if level.is_empty() {
                return Err(UnknownAgent { name: name.to_string() });
            }
            return Ok(AgentSpec::DelegateAt(level.to_string()));
        }
        BUILT_IN
            .into_iter()
            .find(|agent| agent.built_in_name() == Some(name))
            .ok_or_else(|| UnknownAgent { name: name.to_string() })
    }
}

/// Saved as its name, so saves written before the type existed open unchanged.
impl Serialize for AgentSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for AgentSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AgentSpec, D::Error> {
        let name = String::deserialize(deserializer)?;
        name.parse()
            .map_err(|e: UnknownAgent| serde::de::Error::custom(format!("`{}`: {e}", e.name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in [
            "delegate",
            "delegate:shrewd",
            "historical",
            "boulware",
            "linear",
            "conceder",
            "hardheaded",
            "tit-for-tat",
            "random",
        ] {
            let spec: AgentSpec = name.parse().unwrap();
            assert_eq!(spec.to_string(), name);
        }
        assert_eq!("delegate:steady".parse(), Ok(AgentSpec::DelegateAt("steady".into())));
        assert_eq!(AgentSpec::DelegateAt("steady".into()).in_words(), "Steady computer");
        assert_eq!(AgentSpec::Boulware.in_words(), "Boulware (time-based)");
        assert_eq!(
            AgentSpec::DelegateAt("custom-level".into()).in_words(),
            "Custom level computer"
        );
        assert_eq!(AgentSpec::Historical.in_words(), "Computer replaying 1905");
        assert_eq!(
            AgentSpec::DelegateAt("steady".into()).in_words_in(Lang::Russian),
            "Компьютер: Ровный"
        );
        assert_eq!(
            AgentSpec::Random.in_words_in(Lang::Japanese),
            "ランダムなコンピューター"
        );
        assert_eq!(format!("{:<12}|", AgentSpec::Random), "random      |");
    }

    #[test]
    fn unknown_names_are_refused_with_the_choices() {
        for name in ["", "delegate:", "Delegate", "tit_for_tat", "delegate-shrewd"] {
            let error = name.parse::<AgentSpec>().unwrap_err();
            assert_eq!(error.name, name);
            assert_eq!(
                error.to_string(),
                "unknown agent; choose one of: delegate, historical, boulware, linear, conceder, hardheaded, \
                 tit-for-tat, random, or delegate:<level> for one of the scenario's difficulty levels"
            );
        }
    }
}

//! The two delegations.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Side {
    Japan,
    Russia,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::Japan, Side::Russia];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn other(self) -> Side {
        match self {
            Side::Japan => Side::Russia,
            Side::Russia => Side::Japan,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Side::Japan => "Japan",
            Side::Russia => "Russia",
        }
    }

    pub fn parse(text: &str) -> Option<Side> {
        match text.to_ascii_lowercase().as_str() {
            "japan" | "komura" => Some(Side::Japan),
            "russia" | "witte" => Some(Side::Russia),
            _ => None,
        }
    }
}

impl std::fmt::Display for Side {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Who can see something, or to whom a dispatch goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Audience {
    #[default]
    Both,
    Japan,
    Russia,
}

impl Audience {
    pub fn includes(self, side: Side) -> bool {
        match self {
            Audience::Both => true,
            Audience::Japan => side == Side::Japan,
            Audience::Russia => side == Side::Russia,
        }
    }
}

//! A delegation's confidential brief, sorted for the player: what the instructions make
//! absolutely necessary (the red lines in force at the opening), what the government can be
//! asked to change by cable, and which articles are free to trade, ranked by what they are
//! worth to the delegation.

use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    /// Red lines in force at the opening: (text, whether a cable home may lift it).
    pub necessary: Vec<(String, bool)>,
    /// Red lines that come into force only if events impose them.
    pub reserved: Vec<String>,
    /// Articles no opening red line touches, most valuable first: (title, share of the
    /// delegation's whole stake, in per cent).
    pub tradeable: Vec<(String, u32)>,
    /// Articles a red line touches, with the same share.
    pub guarded: Vec<(String, u32)>,
}

impl Brief {
    pub fn of(scenario: &Scenario, side: Side) -> Brief {
        let own: Vec<_> = scenario.red_lines().filter(|r| r.side == side).collect();
        let necessary = own
            .iter()
            .filter(|r| r.active)
            .map(|r| (r.text.clone(), r.cable.is_some()))
            .collect();
        let reserved = own.iter().filter(|r| !r.active).map(|r| r.text.clone()).collect();
        let stake = |a: usize| {
            let points: Vec<i32> = (0..scenario.articles[a].options.len())
                .map(|o| scenario.space.points(side, a, o as u8))
                .collect();
            points.iter().max().copied().unwrap_or(0) - points.iter().min().copied().unwrap_or(0)
        };
        let total: i32 = (0..scenario.articles.len()).map(stake).sum::<i32>().max(1);
        let mut ranked: Vec<(usize, i32)> = (0..scenario.articles.len()).map(|a| (a, stake(a))).collect();
        ranked.sort_by_key(|&(a, s)| (-s, a));
        let (mut tradeable, mut guarded) = (Vec::new(), Vec::new());
        for (a, s) in ranked {
            let share = ((s as f64 * 100.0) / total as f64).round() as u32;
            let entry = (scenario.articles[a].title.clone(), share);
            if own.iter().any(|r| r.active && r.articles.contains(a)) {
                guarded.push(entry);
            } else {
                tradeable.push(entry);
            }
        }
        Brief {
            necessary,
            reserved,
            tradeable,
            guarded,
        }
    }
}

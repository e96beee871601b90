//! How much a scenario may contain. Generous for any real negotiation, small enough that a
//! damaged or hostile file cannot exhaust memory or time.

/// Largest scenario or save file read, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// How many `base` files a counterfactual may stack.
pub const MAX_BASE_DEPTH: usize = 4;
pub const MAX_ID_CHARS: usize = 40;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_SESSIONS: usize = 40;
pub const MAX_EXCHANGES: u8 = 4;
pub const MAX_METERS: usize = 16;
pub const MAX_EVENTS: usize = 128;
pub const MAX_RED_LINES: usize = 64;
pub const MAX_PRESS: usize = 32;
pub const MAX_MEDIATOR_PROPOSALS: usize = 32;
pub const MAX_OUTCOMES: usize = 64;
pub const MAX_SCRIPT_STEPS: usize = 1_000;
/// Points per option of an article.
pub const MAX_POINTS: i32 = 1_000;
/// A side's points for a failure of the talks (and changes to them by events), either way:
/// as much as its best treaty could be worth.
pub const MAX_NO_TREATY_POINTS: f64 = MAX_POINTS as f64 * crate::engine::play::moves::MAX_ARTICLES as f64;
/// Meter bounds, per-session drifts and changes by an effect, either way.
pub const MAX_METER: i32 = 10_000;
/// Above this many combinations the outcome coverage check is skipped (with a warning).
pub const MAX_COVERAGE_STATES: u64 = 1_500_000;
/// Most word operations the outcome coverage proof may take (each covers 64 combinations
/// of terms); past it the scenario is refused. About a quarter of a second.
pub const MAX_COVERAGE_WORK: u64 = 200_000_000;
/// Most terms in a scenario's glossary, and the longest term and explanation: one line
/// each, short enough for a tooltip.
pub const MAX_GLOSSARY: usize = 200;
pub const MAX_TERM_CHARS: usize = 40;
pub const MAX_MEANING_CHARS: usize = 240;

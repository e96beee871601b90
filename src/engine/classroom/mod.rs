//! For the classroom: result files, minutes, the results wall and what-if branches.

pub mod branch;
pub mod minutes;
pub mod results;
pub mod wall;

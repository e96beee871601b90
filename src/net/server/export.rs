//! A table's game as the files the rest of the game reads: an ordinary save (`portsmouth
//! replay` opens it), the Markdown minutes, the result file; and the class's gradebook as CSV.

use super::class::{Class, lock};
use super::snapshot::{outcome_title, result_of};
use super::table::{Kind, Table};
use crate::engine::classroom::{minutes, results::ResultFile};
use crate::engine::play::side::Side;
use crate::engine::records::save::SaveFile;
use crate::i18n::Lang;

pub fn save(table: &Table) -> String {
    SaveFile::of(&table.game, &table.compiled.files, table.save_seats())
        .with_players(table.players())
        .to_text()
}

pub fn minutes(table: &Table) -> String {
    minutes::markdown(&table.game, &table.save_seats(), table.players().as_deref(), None)
}

/// The result file, once the talks are over.
pub fn result(table: &Table) -> Option<String> {
    ResultFile::of(&table.game, &table.save_seats(), table.players().as_deref()).map(|r| r.to_ron())
}

/// One row per student (and named agent): name, table, delegation, outcome, utility, what
/// 1905 gave the same side, sessions held. Tables still going on show "playing".
pub fn gradebook(class: &Class) -> String {
    let mut out = String::from("name,table,delegation,outcome,utility,utility_1905,sessions\n");
    for table in class.tables() {
        let t = lock(&table);
        let result = result_of(&t);
        for side in Side::BOTH {
            let seat = t.seat(side);
            let Some(name) = seat.row.name.as_deref().filter(|_| seat.kind != Kind::Computer) else {
                continue;
            };
            let delegation = &t.compiled.scenario.party(side).name;
            let (outcome, utility, of_1905, sessions) = match &result {
                Some((report, summary)) => {
                    let (u, h) = match side {
                        Side::Japan => (summary.japan_utility, summary.japan_1905),
                        Side::Russia => (summary.russia_utility, summary.russia_1905),
                    };
                    (
                        outcome_title(&t, report, Lang::English),
                        format!("{u:.3}"),
                        h.map_or_else(String::new, |h| format!("{h:.3}")),
                        report.sessions.to_string(),
                    )
                }
                None => (
                    "playing".to_string(),
                    String::new(),
                    String::new(),
                    (t.game.state().session + 1).to_string(),
                ),
            };
            let row = [name, &t.name, delegation, &outcome, &utility, &of_1905, &sessions];
            out.push_str(&row.map(csv_field).join(","));
            out.push('\n');
        }
    }
    out
}

/// A CSV field, quoted when it holds a comma, quote or line break. A leading `=`, `+`, `-`
/// or `@` is prefixed with `'` so a spreadsheet does not run a student's name as a formula.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("Aiko"), "Aiko");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("-0.5"), "-0.5");
    }
}

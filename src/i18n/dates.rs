//! Dates as each language writes them. Every language shows both calendars, since the talks
//! were dated both ways; Russian puts the Old Style (Julian) date first, as Russians wrote
//! it in 1905, and Japanese writes year, month, day.

use super::{FluentArgs, Lang, text, text_with};
use crate::engine::play::date::Date;

/// "Thursday 10 August 1905 (28 July O.S.)" in English; each language its own way.
pub fn long_date(lang: Lang, date: Date) -> String {
    // A language may write a month both calendars share once ("1 (14) августа").
    if date.old_style().month == date.month {
        text_with(lang, "date-long-same-month", &args(lang, date))
    } else {
        text_with(lang, "date-long", &args(lang, date))
    }
}

/// "10 August" in English; each language its own way.
pub fn short_date(lang: Lang, date: Date) -> String {
    text_with(lang, "date-short", &args(lang, date))
}

fn args(lang: Lang, date: Date) -> FluentArgs<'static> {
    let old = date.old_style();
    let mut args = FluentArgs::new();
    args.set("weekday", text(lang, weekday_key(date)));
    args.set("day", date.day);
    args.set("month", month(lang, date.month));
    args.set("year", date.year);
    args.set("osDay", old.day);
    args.set("osMonth", month(lang, old.month));
    args
}

fn month(lang: Lang, month: u8) -> String {
    const KEYS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10",
        "month-11", "month-12",
    ];
    text(lang, KEYS[usize::from(month.clamp(1, 12)) - 1])
}

fn weekday_key(date: Date) -> &'static str {
    match date.weekday() {
        "Monday" => "weekday-monday",
        "Tuesday" => "weekday-tuesday",
        "Wednesday" => "weekday-wednesday",
        "Thursday" => "weekday-thursday",
        "Friday" => "weekday-friday",
        "Saturday" => "weekday-saturday",
        _ => "weekday-sunday",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signing_day_in_four_languages() {
        let signed = Date::parse("1905-09-05").unwrap();
        assert_eq!(
            long_date(Lang::English, signed),
            "Tuesday 5 September 1905 (23 August O.S.)"
        );
        assert_eq!(
            long_date(Lang::Russian, signed),
            "вторник, 23 августа ст. ст. (5 сентября) 1905 г."
        );
        assert_eq!(long_date(Lang::Japanese, signed), "1905年9月5日（火曜日・露暦8月23日）");
        assert_eq!(
            long_date(Lang::Danish, signed),
            "tirsdag den 5. september 1905 (23. august g.s.)"
        );
        let fourth_sitting = Date::parse("1905-08-14").unwrap();
        assert_eq!(
            long_date(Lang::Russian, fourth_sitting),
            "понедельник, 1 августа ст. ст. (14 августа) 1905 г."
        );
        assert_eq!(short_date(Lang::Japanese, signed), "9月5日");
        assert_eq!(short_date(Lang::Russian, signed), "5 сентября");
    }
}

//! Calendar dates of 1905. Russia still used the Julian calendar ("Old Style"),
//! 13 days behind the Gregorian in the twentieth century.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1..=12).contains(&month) || !(1000..=9999).contains(&year) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + self.day as i64 - 1
    }

    fn from_day_number(n: i64) -> Date {
        let era = n.div_euclid(146_097);
        let doe = n.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + if month <= 2 { 1 } else { 0 }) as i32;
        Date { year, month, day }
    }

    pub fn weekday(self) -> &'static str {
        // Day number 0 (1 March of year 0) was a Wednesday.
        WEEKDAYS[((self.day_number() + 2).rem_euclid(7)) as usize]
    }

    /// The same day in the Julian calendar that Russia used.
    pub fn old_style(self) -> Date {
        let century = self.year as i64 / 100;
        let offset = century - century / 4 - 2;
        Date::from_day_number(self.day_number() - offset)
    }

    pub fn month_name(self) -> &'static str {
        MONTHS[self.month as usize - 1]
    }

    /// "Thursday 10 August 1905 (28 July O.S.)".
    pub fn long(self) -> String {
        let os = self.old_style();
        format!(
            "{} {} {} {} ({} {} O.S.)",
            self.weekday(),
            self.day,
            self.month_name(),
            self.year,
            os.day,
            os.month_name()
        )
    }

    /// "10 August".
    pub fn short(self) -> String {
        format!("{} {}", self.day, self.month_name())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conference_dates_match_the_sources() {
        // 10 Aug 1905 N.S. = 28 Jul O.S.; 29 Aug = 16 Aug O.S.; 5 Sep = 23 Aug O.S. (fact sheet, preamble)
        let d = Date::parse("1905-08-10").unwrap();
        assert_eq!(d.old_style(), Date::parse("1905-07-28").unwrap());
        assert_eq!(
            Date::parse("1905-08-29").unwrap().old_style(),
            Date::parse("1905-08-16").unwrap()
        );
        assert_eq!(
            Date::parse("1905-09-05").unwrap().old_style(),
            Date::parse("1905-08-23").unwrap()
        );
        // 9 Aug 1905 was a Wednesday, 29 Aug a Tuesday (fact sheet, section 7 item 27).
        assert_eq!(Date::parse("1905-08-09").unwrap().weekday(), "Wednesday");
        assert_eq!(Date::parse("1905-08-29").unwrap().weekday(), "Tuesday");
        assert_eq!(d.long(), "Thursday 10 August 1905 (28 July O.S.)");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "1905-02-29",
            "1905-13-01",
            "1905-08-32",
            "1905-8",
            "x",
            "1905-08-09-1",
            "",
        ] {
            assert!(Date::parse(bad).is_none(), "{bad}");
        }
        assert!(Date::parse("1904-02-29").is_some());
    }
}

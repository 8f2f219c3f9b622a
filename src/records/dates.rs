//! Partial dates (a year, a month, a day, or approximate): parsing, and the keys that order and
//! filter them.

use super::model::{DatePrecision, PartialDate};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the first day of the period, or `None`.
pub(crate) fn parse_date(s: &str) -> Option<(time::Date, DatePrecision)> {
    let bytes = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day, precision) = match bytes.len() {
        4 => (num(0..4)?, 1, 1, DatePrecision::Year),
        7 if bytes[4] == b'-' => (num(0..4)?, num(5..7)?, 1, DatePrecision::Month),
        10 if bytes[4] == b'-' && bytes[7] == b'-' => {
            (num(0..4)?, num(5..7)?, num(8..10)?, DatePrecision::Day)
        }
        _ => return None,
    };
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date =
        time::Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?)
            .ok()?;
    Some((date, precision))
}

/// A sortable key for a date: the first day of its period (`2024-03` → `2024-03-01`).
pub(crate) fn date_key(d: &PartialDate) -> Option<String> {
    parse_date(&d.date).map(|(date, _)| date.to_string())
}

/// The last day of a date's period, for "ends before" comparisons.
pub(crate) fn period_end(d: &PartialDate) -> Option<time::Date> {
    let (date, precision) = parse_date(&d.date)?;
    Some(match precision {
        DatePrecision::Year => {
            time::Date::from_calendar_date(date.year(), time::Month::December, 31).ok()?
        }
        DatePrecision::Month => {
            let days = date.month().length(date.year());
            date.replace_day(days).ok()?
        }
        _ => date,
    })
}

/// A sortable key for the last day of a date's period (`2024-03` → `2024-03-31`).
pub(crate) fn period_end_key(d: &PartialDate) -> Option<String> {
    period_end(d).map(|date| date.to_string())
}

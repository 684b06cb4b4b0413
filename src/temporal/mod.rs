//! The temporal tagger. (Being written.)

use crate::model::{Interval, Timex};
use chrono::NaiveDate;

/// Finds and normalises every temporal expression in `text`; `dct` is the document creation date.
pub fn tag(_text: &str, _dct: Option<NaiveDate>) -> Vec<Timex> {
    Vec::new()
}

/// The calendar period a TIMEX3 value denotes, if it denotes one.
pub fn interval(_value: &str) -> Option<Interval> {
    None
}

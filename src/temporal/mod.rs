//! The temporal tagger: finds date and time expressions and normalises them the TIMEX3 way.
//!
//! The engine ([`engine`]) is language-neutral; everything English lives in
//! [`lang::ENGLISH`]. Tagging is a single pass over the tokens with no backtracking, so it
//! runs at tens of megabytes a second.

mod engine;
pub mod lang;
pub(crate) mod tokens;
mod value;

pub use engine::Lexicon;
pub use value::{add_days, interval, Point};

use crate::model::Timex;
use chrono::NaiveDate;

/// Finds and normalises every temporal expression in `text`; `dct` is the document creation
/// date relative expressions are resolved against. Spans are byte ranges into `text`.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    tag_with(text, dct, Lexicon::english())
}

/// [`tag`] with an explicit vocabulary.
pub fn tag_with(text: &str, dct: Option<NaiveDate>, lexicon: &Lexicon) -> Vec<Timex> {
    engine::Tagger::new(text, dct, lexicon).run()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anchor, TimexType};

    fn dct() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 6, 19) // a Wednesday
    }

    /// (text, type, value, mod) of every expression.
    fn tags(text: &str) -> Vec<(String, &'static str, String, Option<String>)> {
        tag(text, dct())
            .into_iter()
            .map(|t| (t.text, t.kind.as_str(), t.value, t.modifier))
            .collect()
    }

    /// (text, value, mod) of each expression found, to compare with literals.
    fn tags_of(found: &[Timex]) -> Vec<(&str, &str, Option<&str>)> {
        found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str(), t.modifier.as_deref()))
            .collect()
    }

    /// (text, value) of each expression found, to compare with literals.
    fn text_values(found: &[Timex]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|t| (t.text.as_str(), t.value.as_str()))
            .collect()
    }

    fn one(text: &str) -> (String, &'static str, String, Option<String>) {
        let all = tags(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    fn check(text: &str, expect_text: &str, kind: &str, value: &str) {
        let (t, k, v, _) = one(text);
        assert_eq!(
            (t.as_str(), k, v.as_str()),
            (expect_text, kind, value),
            "{text}"
        );
    }

    #[test]
    fn seed_style_sentences() {
        check(
            "He arrived late Tuesday.",
            "late Tuesday",
            "DATE",
            "2024-06-18",
        );
        assert_eq!(one("He arrived late Tuesday.").3.as_deref(), Some("END"));
        check(
            "He landed on Wednesday morning (local time).",
            "Wednesday morning",
            "TIME",
            "2024-06-19TMO",
        );
        check(
            "They met last September.",
            "last September",
            "DATE",
            "2023-09",
        );
        check(
            "the first visit in 24 years",
            "24 years",
            "DURATION",
            "P24Y",
        );
        check("ties frozen since 2000", "2000", "DATE", "2000");
        check(
            "Putin visited in July 2000.",
            "July 2000",
            "DATE",
            "2000-07",
        );
        let years: Vec<String> = tags("treaties signed in 1961, 2000 and 2001")
            .into_iter()
            .map(|t| t.2)
            .collect();
        assert_eq!(years, vec!["1961", "2000", "2001"]);
        check("a year ago", "a year ago", "DATE", "2023");
        let both = tags("on June 18-19, 2024");
        assert_eq!(
            (both[0].0.as_str(), both[0].2.as_str()),
            ("June 18", "2024-06-18")
        );
        assert_eq!(
            (both[1].0.as_str(), both[1].2.as_str()),
            ("19, 2024", "2024-06-19")
        );
        let both = tags("the visit of 18-19 June 2024");
        assert_eq!(both.len(), 2);
        assert_eq!(
            (both[0].2.as_str(), both[1].2.as_str()),
            ("2024-06-18", "2024-06-19")
        );
    }

    #[test]
    fn absolute_dates() {
        check("Jun 18, 2024", "Jun 18, 2024", "DATE", "2024-06-18");
        check("on 2024-06-19 it", "2024-06-19", "DATE", "2024-06-19");
        check("Updated 06.20.2024", "06.20.2024", "DATE", "2024-06-20");
        check("Sept. 30, 1990", "Sept. 30, 1990", "DATE", "1990-09-30");
        check(
            "Thursday, July 11, 2024",
            "Thursday, July 11, 2024",
            "DATE",
            "2024-07-11",
        );
        check("in the 1990s", "the 1990s", "DATE", "199");
        check("by mid-2019", "mid-2019", "DATE", "2019");
        assert_eq!(one("by mid-2019").3.as_deref(), Some("MID"));
        check("early 2019", "early 2019", "DATE", "2019");
        // In June the third quarter is the coming one; the fourth is last year's.
        check("the third quarter", "the third quarter", "DATE", "2024-Q3");
        check(
            "the fourth quarter",
            "the fourth quarter",
            "DATE",
            "2023-Q4",
        );
        check("summer 2019", "summer 2019", "DATE", "2019-SU");
    }

    #[test]
    fn relative_dates_resolve_against_the_creation_date() {
        check("said on Tuesday", "Tuesday", "DATE", "2024-06-18");
        check("said on Wednesday", "Wednesday", "DATE", "2024-06-19");
        check("will travel on Friday", "Friday", "DATE", "2024-06-21");
        check("said yesterday", "yesterday", "DATE", "2024-06-18");
        check("last year", "last year", "DATE", "2023");
        check("this month", "this month", "DATE", "2024-06");
        check("next week", "next week", "DATE", "2024-W26");
        check("earlier this year", "earlier this year", "DATE", "2024");
        check("is now", "now", "DATE", "PRESENT_REF");
        check("has recently", "recently", "DATE", "PAST_REF");
        // Counted back from the creation year, not the whole decade it falls in.
        check("two decades ago", "two decades ago", "DATE", "2004");
        check(
            "the past two decades",
            "the past two decades",
            "DURATION",
            "P20Y",
        );
        check("for the past year", "the past year", "DURATION", "P1Y");
        check("in the last month", "the last month", "DURATION", "P1M");
        // A quarter is the reporting period before this one.
        check(
            "profits rose during the last quarter",
            "the last quarter",
            "DATE",
            "2024-Q1",
        );
        let undated = tag("profits rose during the last quarter", None);
        assert_eq!(
            (undated[0].text.as_str(), undated[0].value.as_str()),
            ("the last quarter", "XXXX-QX")
        );
    }

    #[test]
    fn anaphora_uses_the_last_date() {
        let t = tag("He arrived on June 3, 2001. The next day he left.", dct());
        assert_eq!(t[1].text, "The next day");
        assert_eq!(t[1].value, "2001-06-04");
        assert!(matches!(t[1].anchor, Anchor::Previous { .. }));
        let t = tag("It began in 2012. Two years later it ended.", dct());
        assert_eq!(t[1].value, "2014");
    }

    #[test]
    fn thousands_dotted_times_and_more_than() {
        let found = tag(
            "Over the past 1,100 years it erupted three times. It has been over 40 years since \
             the fire. They sent 1,100 troops. Evacuations began at 02.00 local time (03.00 \
             UTC). Prices rose 3.50 in a day.",
            NaiveDate::from_ymd_opt(2010, 4, 14),
        );
        assert_eq!(
            tags_of(&found),
            vec![
                ("the past 1,100 years", "P1100Y", None),
                ("over 40 years", "P40Y", Some("MORE_THAN")),
                ("02.00 local time", "2010-04-14T02:00", None),
                ("03.00 UTC", "2010-04-14T03:00Z", None),
                ("a day", "P1D", None),
            ]
        );
    }

    #[test]
    fn this_weekend_in_a_past_clause_early_in_the_week_is_the_one_gone() {
        // 2024-06-19 is a Wednesday: the weekend gone is 15–16 June (W24), the coming one W25.
        let found = tag(
            "The fair took place at the centre this weekend. He has pulled out of this \
             weekend's race. She will race this weekend.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("this weekend", "2024-W24-WE"),
                ("this weekend", "2024-W25-WE"),
                ("this weekend", "2024-W25-WE"),
            ]
        );
        // Late in the week the weekend ahead is the nearer one.
        let friday = NaiveDate::from_ymd_opt(2024, 6, 21);
        let found = tag("The fair took place this weekend.", friday);
        assert_eq!(found[0].value, "2024-W25-WE");
    }

    #[test]
    fn early_and_late_parts_of_the_story_day() {
        let found = tag(
            "Voters went to the polls on Sunday. Queues formed from early morning. Police \
             launched an early morning raid. They did not finish until the early evening, so \
             he left.",
            dct(),
        );
        assert_eq!(
            tags_of(&found),
            vec![
                ("Sunday", "2024-06-16", None),
                ("early morning", "2024-06-16TMO", Some("START")),
                ("the early evening", "2024-06-16TEV", Some("START")),
            ]
        );
    }

    #[test]
    fn soon_is_a_future_reference_only_in_a_future_clause() {
        let found = tag(
            "The trainer will soon call the museum home. They soon dropped it. He left as \
             soon as he could. Soon after, he died. Prices will fall soon.",
            dct(),
        );
        assert_eq!(
            tags_of(&found),
            vec![("soon", "FUTURE_REF", None), ("soon", "FUTURE_REF", None)]
        );
        assert_eq!(found[0].span.start, 17);
    }

    #[test]
    fn hours_and_minutes_counted_from_a_time() {
        let found = tag(
            "The crane fell yesterday afternoon. An hour later the rain stopped. Police \
             arrived at 10:15 p.m. and two hours later the road opened. Just over 24 hours \
             ago the site closed; three hours ago it reopened.",
            dct(),
        );
        assert_eq!(
            tags_of(&found),
            vec![
                ("yesterday afternoon", "2024-06-18TAF", None),
                // From a part of the day: that day, clock time unknown.
                ("An hour later", "2024-06-18TXX:XX", None),
                ("10:15 p.m.", "2024-06-18T22:15", None),
                // From a clock time: the clock moves, past midnight too.
                ("two hours later", "2024-06-19T00:15", None),
                ("over 24 hours ago", "2024-06-18", Some("MORE_THAN")),
                ("three hours ago", "2024-06-19", None),
            ]
        );
        assert_eq!(found[1].kind, TimexType::Time);
        assert_eq!(found[4].kind, TimexType::Date);
        // A clock time with the day after it, said anaphorically, is one time of that day;
        // a capital "The" starts a sentence of its own.
        let found = tag(
            "Polls closed at 22:30 on Sunday; results came at 2:30 the next day. He came at \
             10 a.m. The next day he left.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("22:30", "2024-06-16T22:30"),
                ("Sunday", "2024-06-16"),
                ("2:30 the next day", "2024-06-17T02:30"),
                ("10 a.m.", "2024-06-17T10:00"),
                ("The next day", "2024-06-18"),
            ]
        );
        // Counts past the calendar's range give the duration, never a panic.
        let found = tag(
            "At 10:15 p.m. he left. 4,000,000,000 hours later he came back. The site closed \
             4,000,000,000 hours ago.",
            dct(),
        );
        assert_eq!(found.len(), 3);
        // With no day to count from, the duration alone, as TimeBank tags it.
        let found = tag(
            "In 1990 it took two days. Six minutes later it was over.",
            None,
        );
        assert_eq!(found.last().map(|t| t.text.as_str()), Some("Six minutes"));
    }

    #[test]
    fn times_and_zones() {
        check(
            "at 10:30 a.m. sharp",
            "10:30 a.m.",
            "TIME",
            "2024-06-19T10:30",
        );
        check("at 3 p.m.", "3 p.m.", "TIME", "2024-06-19T15:00");
        check(
            "June 19, 2024 15:44",
            "June 19, 2024 15:44",
            "TIME",
            "2024-06-19T15:44",
        );
        let t = tag("He landed early Wednesday (local time).", dct());
        let z = t[0].zone.as_ref().expect("zone");
        assert_eq!(z.text, "(local time)");
        let t = tag("It started Tuesday at 2 a.m. Pyongyang time", dct());
        let last = t.last().expect("a time");
        assert_eq!(last.value, "2024-06-18T02:00");
        assert_eq!(
            last.zone.as_ref().and_then(|z| z.place.as_deref()),
            Some("Pyongyang")
        );
        let t = tag("by 0300 GMT", dct());
        assert_eq!(t[0].text, "0300 GMT");
        assert_eq!(t[0].value, "2024-06-19T03:00Z", "a UTC time is marked Z");
        assert_eq!(
            t[0].zone.as_ref().and_then(|z| z.utc_offset_minutes),
            Some(0)
        );
    }

    #[test]
    fn zones_said_in_words_belong_to_the_time() {
        check(
            "It struck at 16:53 local time.",
            "16:53 local time",
            "TIME",
            "2024-06-19T16:53",
        );
        let t = tag("It started Tuesday at 2 a.m. Pyongyang time", dct());
        assert_eq!(
            t.last().map(|t| t.text.as_str()),
            Some("Tuesday at 2 a.m. Pyongyang time")
        );
        let found = tag(
            "It starts at 10:30 European Central Standard Time. He landed at 9 a.m. Eastern \
             Standard Time on Monday.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("10:30 European Central Standard Time", "2024-06-19T10:30"),
                ("9 a.m. Eastern Standard Time", "2024-06-17T09:00"),
                ("Monday", "2024-06-17"),
            ]
        );
        assert_eq!(
            found[0]
                .zone
                .as_ref()
                .map(|z| (z.text.as_str(), z.place.is_none())),
            Some(("European Central Standard Time", true))
        );
        // In brackets the marker stays outside the span, recorded as the zone.
        let t = tag("He landed at 9 a.m. (local time).", dct());
        assert_eq!(t[0].text, "9 a.m.");
        assert_eq!(
            t[0].zone.as_ref().map(|z| z.text.as_str()),
            Some("(local time)")
        );
    }

    #[test]
    fn arrangements_national_days_and_parts_of_a_day_counted_on() {
        // A passive infinitive after a present "be" looks ahead, as "is to resume" does.
        check(
            "The referendum is to be held on November 20.",
            "November 20",
            "DATE",
            "2024-11-20",
        );
        check(
            "Mr Key spoke on Waitangi Day.",
            "Waitangi Day",
            "DATE",
            "2024-02-06",
        );
        check(
            "They marched on St Patrick's Day.",
            "St Patrick's Day",
            "DATE",
            "2024-03-17",
        );
        let found = tag(
            "I visited on Saturday night. I went back the next Tuesday night.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("Saturday night", "2024-06-15TNI"),
                ("the next Tuesday night", "2024-06-18TNI"),
            ]
        );
        // A part of a period named, and an hour with its part of the day.
        let found = tag(
            "It will change early in 2016. They met late in March. He will leave at 4 in the \
             morning.",
            dct(),
        );
        assert_eq!(
            tags_of(&found),
            vec![
                ("early in 2016", "2016", Some("START")),
                ("late in March", "2024-03", Some("END")),
                ("4 in the morning", "2024-06-19T04:00", None),
            ]
        );
        assert!(tag("Two in the afternoon groups met.", dct()).is_empty());
        // A name ending like a past form is not a past verb.
        let tuesday = NaiveDate::from_ymd_opt(2024, 6, 18);
        let found = tag(
            "On Wednesday, Mohamed and his father are to travel to New York.",
            tuesday,
        );
        assert_eq!(text_values(&found), vec![("Wednesday", "2024-06-19")]);
        let found = tag(
            "This past week marked the opening. He left just over two years ago.",
            dct(),
        );
        assert_eq!(
            tags_of(&found),
            vec![
                ("This past week", "2024-W24", None),
                ("over two years ago", "2022", Some("MORE_THAN")),
            ]
        );
        // A half is a year's only with the year said.
        let found = tag(
            "Sweden scored in the second half. Sales fell in the first half of 1989 and rose \
             in the second half of the year.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("the first half of 1989", "1989-H1"),
                ("the second half", "2023-H2"),
                ("the year", "2024"),
            ]
        );
        // Before "the" and a duration, "around" is the preposition.
        check(
            "It follows around the 12 year cycle.",
            "12 year",
            "DURATION",
            "P12Y",
        );
    }

    #[test]
    fn one_day_of_an_event() {
        let found = tag("Today is the eighth day of the operation.", dct());
        assert_eq!(
            text_values(&found),
            vec![("Today", "2024-06-19"), ("the eighth day", "2024-06-19")]
        );
        let found = tag(
            "It's the second day of an offensive. They crossed on the 99th day. On the final \
             day of competition she won.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("the second day", "2024-06-19"),
                ("the 99th day", "2024-06-XX"),
                ("the final day", "2024-06-XX"),
            ]
        );
        // The month is the one the text is in.
        let found = tag(
            "The trial opened on 3 March 2019. On the second day, he spoke.",
            dct(),
        );
        assert_eq!(found.last().map(|t| t.value.as_str()), Some("2019-03-XX"));
        // Without "the" an ordinal day is a count of days, not one day.
        assert!(tag("He ran a second day.", dct()).is_empty());
    }

    #[test]
    fn hours_with_oclock() {
        let found = tag(
            "It happened around five o'clock. They met at 10 o'clock in the evening, \
             left at seven o’clock and heard the bells ring twelve o'clock.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("around five o'clock", "2024-06-19T17:00"),
                ("10 o'clock in the evening", "2024-06-19T22:00"),
                ("seven o’clock", "2024-06-19T07:00"),
                ("twelve o'clock", "2024-06-19T12:00"),
            ]
        );
        check(
            "at three o'clock in the morning",
            "three o'clock in the morning",
            "TIME",
            "2024-06-19T03:00",
        );
        check(
            "at 3 o'clock p.m.",
            "3 o'clock p.m.",
            "TIME",
            "2024-06-19T15:00",
        );
        assert!(tag("The clock struck.", dct()).is_empty());
    }

    #[test]
    fn a_clock_time_belongs_to_the_day_of_the_story() {
        // The day named a paragraph earlier, within a week of the creation date.
        let found = tag(
            "A man was arrested at the Capitol on Monday, after police saw him standing \
             in a statue-like pose for a long time and carrying two suitcases through the \
             crowd.\n\nWhen confronted by officers of the Capitol Police, who had been called \
             to the scene at 12:45 p.m. EST, he said nothing.",
            dct(),
        );
        assert_eq!(
            found.last().map(|t| t.value.as_str()),
            Some("2024-06-17T12:45")
        );
        // A day from history the text only recalls does not date the times after it.
        let found = tag(
            "The plane, the first designed since the September 11 attacks in the US, is the \
             fifth variation of the twin-aisle model, and uses less fuel than any of the \
             four that came before it, as the company has told its customers many times. \
             The company rolled out the new plane in Seattle at 2200 GMT.",
            dct(),
        );
        assert_eq!(
            found.last().map(|t| t.value.as_str()),
            Some("2024-06-19T22:00Z")
        );
        // A year recalled in between does not break the story's day.
        let found = tag(
            "It struck at 20:04:54 on June 18, 2024, north of the city. It was the strongest \
             since 1989, when a larger quake killed dozens. At least ten aftershocks had been \
             reported by 8:35 p.m.",
            dct(),
        );
        assert_eq!(
            found.last().map(|t| t.value.as_str()),
            Some("2024-06-18T20:35")
        );
        // The day named later in the same phrase.
        let found = tag(
            "Oil rose on Tuesday. Crude was trading at $51.39 at 0710 GMT in Asian trade on \
             Wednesday.",
            dct(),
        );
        assert_eq!(found[1].value, "2024-06-19T07:10Z");
        // The day after a bracketed zone and "on", or a day with its part.
        let found = tag(
            "It struck at 20:04:54 (PDT) on October 30, 2007. He will name the team at \
             1830 GMT on Tuesday evening.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            vec![
                ("20:04:54", "2007-10-30T20:04:54"),
                ("October 30, 2007", "2007-10-30"),
                ("1830 GMT", "2024-06-25T18:30Z"),
                ("Tuesday evening", "2024-06-25TEV"),
            ]
        );
    }

    #[test]
    fn utc_offsets_after_a_zone_name() {
        let offset = |text: &str| {
            let t = tag(text, dct());
            (
                t[0].text.clone(),
                t[0].value.clone(),
                t[0].zone.as_ref().and_then(|z| z.utc_offset_minutes),
            )
        };
        let expect = |text: &str, value: &str, minutes: i32| {
            (text.to_string(), value.to_string(), Some(minutes))
        };
        assert_eq!(
            offset("The quake struck at 6:40 p.m. GMT+8 on Wednesday."),
            expect("6:40 p.m. GMT+8", "2024-06-19T18:40", 480),
            "an offset zone is not UTC, so no Z"
        );
        assert_eq!(
            offset("at 6:40 p.m. (GMT +8)"),
            expect("6:40 p.m.", "2024-06-19T18:40", 480),
            "a bracketed zone is recorded beside the time"
        );
        assert_eq!(
            offset("at 9:30 UTC-05:30 today"),
            expect("9:30 UTC-05:30 today", "2024-06-19T09:30", -330),
        );
        assert_eq!(
            offset("at 0300 GMT - 15 people died"),
            expect("0300 GMT", "2024-06-19T03:00Z", 0),
            "a spaced dash is punctuation, not an offset"
        );
        assert_eq!(
            offset("at 0300 GMT+20"),
            expect("0300 GMT", "2024-06-19T03:00Z", 0),
            "no zone is twenty hours from UTC"
        );
    }

    #[test]
    fn seconds_make_a_time_of_day_only_with_a_meridiem_a_zone_or_at() {
        check(
            "He won, finishing in 3:07:35.",
            "3:07:35",
            "DURATION",
            "PT3H7M35S",
        );
        check(
            "The doors opened at 10:30:15 a.m.",
            "10:30:15 a.m.",
            "TIME",
            "2024-06-19T10:30:15",
        );
        check(
            "The quake struck at 14:32:05 GMT.",
            "14:32:05 GMT",
            "TIME",
            "2024-06-19T14:32:05Z",
        );
        check(
            "The bell rang at 9:15:00.",
            "9:15:00",
            "TIME",
            "2024-06-19T09:15:00",
        );
    }

    #[test]
    fn a_day_after_an_aside_still_dates_the_time() {
        // The day stays its own expression; both times take its date.
        let t = tag(
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            dct(),
        );
        let got = text_values(&t);
        assert_eq!(
            got,
            [
                ("10:35 a.m.", "2024-06-14T10:35"),
                ("0735 GMT", "2024-06-14T07:35Z"),
                ("Friday", "2024-06-14"),
            ]
        );
    }

    #[test]
    fn a_day_after_a_clock_time_is_the_time_s_day() {
        check(
            "due at 9 a.m. Tuesday.",
            "9 a.m. Tuesday",
            "TIME",
            "2024-06-18T09:00",
        );
        check(
            "It ends at 5 p.m. EST, June 21, 2024.",
            "5 p.m. EST, June 21, 2024",
            "TIME",
            "2024-06-21T17:00",
        );
        check(
            "at 16:00 UTC today",
            "16:00 UTC today",
            "TIME",
            "2024-06-19T16:00Z",
        );
        let t = tag("at 16:00 UTC today", dct());
        assert_eq!(
            t[0].zone.as_ref().and_then(|z| z.utc_offset_minutes),
            Some(0),
            "the zone inside the span is still recorded"
        );
    }

    #[test]
    fn a_day_named_after_on_is_the_time_s_day() {
        let found = tag(
            "Shares were up 5% by noon on Monday. The deal was sealed at 0227 GMT on Friday.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("noon", "2024-06-17T12:00"),
                ("Monday", "2024-06-17"),
                ("0227 GMT", "2024-06-14T02:27Z"),
                ("Friday", "2024-06-14")
            ]
        );
    }

    #[test]
    fn the_week_beginning_a_day_is_that_week() {
        check(
            "An announcement is coming in the week beginning 4 July.",
            "the week beginning 4 July",
            "DATE",
            "2024-W27",
        );
        check(
            "Sales in the week to 16 June rose.",
            "the week to 16 June",
            "DATE",
            "2024-W24",
        );
    }

    #[test]
    fn idioms_with_quarters_seconds_and_named_days() {
        assert!(tag(
            "It stirred indignation in many quarters. They ride this second wave. He went to \
             National Holocaust Memorial Day.",
            dct()
        )
        .is_empty());
        assert_eq!(
            text_values(&tag(
                "Labour has had two-and-a-half years. Shares fell this quarter. On Memorial \
                 Day they rested. When Christmas falls, they rest.",
                dct()
            )),
            [
                ("two-and-a-half years", "P2Y6M"),
                ("this quarter", "2024-Q2"),
                ("Memorial Day", "2024-05-27"),
                ("Christmas", "2023-12-25")
            ]
        );
    }

    #[test]
    fn following_without_the_is_a_preposition() {
        check(
            "Banks face hard times following December's tsunami.",
            "December",
            "DATE",
            "2023-12",
        );
        let found = tag("They met in May. The following June they split.", dct());
        assert_eq!(
            text_values(&found),
            [("May", "2024-05"), ("The following June", "2024-06")]
        );
        let found = tag(
            "They met in May 2019. The following March they split.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [("May 2019", "2019-05"), ("The following March", "2020-03")]
        );
    }

    #[test]
    fn ordinals_idioms_and_programmes_that_look_like_times() {
        assert!(tag(
            "Fans hoping for a second \"Nipple-gate\" were let down. He came at the last \
             minute. She said on ITV1's This Morning that she liked it. It won for Saturday \
             Night Takeaway. He retired in his late 40s. Profits fell with the fall in sales.",
            dct()
        )
        .is_empty());
        // Still times and decades.
        assert_eq!(
            text_values(&tag(
                "It happened on Saturday night in the late 80s, in the fall of 2004.",
                dct()
            )),
            [
                ("Saturday night", "2024-06-15TNI"),
                ("the late 80s", "198"),
                ("the fall of 2004", "2004-FA")
            ]
        );
    }

    #[test]
    fn a_year_ago_in_a_quarterly_report_is_the_year_ago_quarter() {
        let text = "Third-quarter profit rose to $9 million from $7 million a year ago. \
                    Sales were flat from a year earlier.";
        let t = tag(text, NaiveDate::from_ymd_opt(1989, 10, 25));
        let values: Vec<&str> = t.iter().map(|t| t.value.as_str()).collect();
        assert_eq!(values, ["1989-Q3", "1988-Q3", "1988-Q3"]);
        let text = "Third-quarter net rose 5% from the year-earlier quarter. \
                    In the latest period sales fell.";
        let t = tag(text, NaiveDate::from_ymd_opt(1989, 10, 25));
        let found = text_values(&t);
        assert_eq!(
            found,
            [
                ("Third-quarter", "1989-Q3"),
                ("the year-earlier quarter", "1988-Q3"),
                ("the latest period", "1989-Q3")
            ]
        );
        // "a year-earlier loss": the article belongs to the loss, not to a year-long span.
        let t = tag(
            "It lost $5.1 million in the third quarter, compared with a year-earlier net loss.",
            NaiveDate::from_ymd_opt(1989, 10, 25),
        );
        assert_eq!(
            (t[1].text.as_str(), t[1].value.as_str()),
            ("year-earlier", "1988-Q3")
        );
        // The corresponding period is the report's quarter, a year before, whatever date
        // came last.
        let t = tag(
            "Profit rose in the quarter ended Sept. 30. It compares with $1.8 million for the \
             corresponding period last year and the same period a year earlier.",
            NaiveDate::from_ymd_opt(1989, 11, 1),
        );
        let found = text_values(&t);
        assert_eq!(
            found[found.len() - 2..],
            [
                ("the corresponding period last year", "1988-Q3"),
                ("the same period a year earlier", "1988-Q3")
            ]
        );
        check(
            "Profit was $5 million in the quarter a year ago.",
            "the quarter a year ago",
            "DATE",
            "2023-Q1",
        );
        // A quarter not over yet is not the one the report is about.
        let t = tag(
            "Profit fell in the third quarter. Analysts expect the slump to continue into the \
             fourth quarter. Profit was $9 million a year ago.",
            NaiveDate::from_ymd_opt(1989, 10, 25),
        );
        assert_eq!(
            (t[2].text.as_str(), t[2].value.as_str()),
            ("a year ago", "1988-Q3")
        );
        // "the year-ago third quarter" names its quarter, and does not become the report's.
        let t = tag(
            "Profit rose from the year-ago third quarter. Sales fell from the year-earlier fourth quarter.",
            NaiveDate::from_ymd_opt(1989, 10, 25),
        );
        let found = text_values(&t);
        assert_eq!(
            found,
            [
                ("the year-ago third quarter", "1988-Q3"),
                ("the year-earlier fourth quarter", "1988-Q4")
            ]
        );
        // Without a quarter in view, "a year ago" is the previous year.
        check(
            "Prices were lower a year ago.",
            "a year ago",
            "DATE",
            "2023",
        );
    }

    #[test]
    fn references_and_the_weekend() {
        // Wednesday 19 June 2024: the weekend just past is that of week 24.
        check(
            "Talks over the weekend failed.",
            "the weekend",
            "DATE",
            "2024-W24-WE",
        );
        check(
            "They will meet over the weekend.",
            "the weekend",
            "DATE",
            "2024-W25-WE",
        );
        check(
            "At present there is no deal.",
            "present",
            "DATE",
            "PRESENT_REF",
        );
        check("In the past, they agreed.", "the past", "DATE", "PAST_REF");
        check("Prices rose recently.", "recently", "DATE", "PAST_REF");
        check(
            "More recently, prices fell.",
            "More recently",
            "DATE",
            "PAST_REF",
        );
        check("It has more now.", "now", "DATE", "PRESENT_REF");
        assert!(
            tags("This is a present for you.").is_empty(),
            "'present' is a time only after 'at'"
        );
    }

    /// (text, value) of every expression in `text` written on `date`.
    fn values_on(text: &str, date: &str) -> Vec<(String, String)> {
        tag(text, date.parse().ok())
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect()
    }

    #[test]
    fn the_tense_of_the_clause_picks_the_week() {
        // 1991-12-03 is a Tuesday: without a cue the next day is the coming one, a past tense
        // makes it last week's, before or after the weekday.
        let on = "1991-12-03";
        assert_eq!(values_on("He leaves Wednesday.", on)[0].1, "1991-12-04");
        assert_eq!(
            values_on("Sununu was told Wednesday.", on)[0].1,
            "1991-11-27"
        );
        assert_eq!(
            values_on("Boeing on Wednesday delivered the jet.", on)[0].1,
            "1991-11-27"
        );
        // A participle is not a past tense; an infinitive of intent looks ahead.
        assert_eq!(values_on("He will be named Friday.", on)[0].1, "1991-12-06");
        assert_eq!(
            values_on("Trading is to resume Monday.", on)[0].1,
            "1991-12-09"
        );
        assert_eq!(
            values_on("They did not plan to leave on Monday.", on)[0].1,
            "1991-12-09"
        );
        // An abbreviation's full stop does not end the clause.
        assert_eq!(
            values_on("Smith will succeed Daniel P. Davison Monday.", on)[0].1,
            "1991-12-09"
        );
        // A full month name before a full stop ends the sentence: the next one's tense does
        // not count.
        assert_eq!(
            values_on(
                "He signed it in September. The operator planned to grow.",
                "2004-11-15"
            )[0]
            .1,
            "2004-09"
        );
        // Newspapers named after a day are not dates.
        assert_eq!(
            values_on("The Sunday Times said on Monday it would.", on).len(),
            1
        );
        // Hyphenated adjectives are not cues.
        assert_eq!(
            values_on(
                "Lower-than-expected results came after the market closed Friday.",
                on
            )[0]
            .1,
            "1991-11-29"
        );
    }

    #[test]
    fn the_tense_of_the_clause_picks_the_year_of_a_month() {
        let on = "1989-10-27";
        // January is three months ahead: the coming one, unless the clause looks back.
        assert_eq!(values_on("The deal closes in January.", on)[0].1, "1990-01");
        assert_eq!(
            values_on("The plans announced in January failed.", on)[0].1,
            "1989-01"
        );
        assert_eq!(
            values_on("The dividend will be paid Dec. 14.", on)[0].1,
            "1989-12-14"
        );
        // Next month stays next month even in a past clause.
        assert_eq!(
            values_on("The offer was extended to Nov. 16.", on)[0].1,
            "1989-11-16"
        );
        assert_eq!(values_on("It is effective Feb. 1.", on)[0].1, "1990-02-01");
        assert_eq!(
            values_on("The date is a still unspecified day in January.", on)[0].1,
            "1990-01"
        );
        // A date opening its sentence takes the tense of the clause after the comma…
        assert_eq!(
            values_on(
                "Talks dragged on. In January, American Medical brought in a new chief.",
                on
            )[0]
            .1,
            "1989-01"
        );
        // …but only when it looks back; and not in the middle of a sentence.
        assert_eq!(
            values_on("Talks dragged on. In January, the firm plans to sell.", on)[0].1,
            "1990-01"
        );
        assert_eq!(
            values_on("It will close in January, the firm said.", on)[0].1,
            "1990-01"
        );
        // A deadline looks ahead, unless its clause is in the past.
        assert_eq!(
            values_on("The loan is to be paid down by February.", on)[0].1,
            "1990-02"
        );
        assert_eq!(
            values_on("She must decide by Tuesday.", "2024-06-19")[0].1,
            "2024-06-25"
        );
        assert_eq!(
            values_on("They had filed their reports by Tuesday.", "2024-06-19")[0].1,
            "2024-06-18"
        );
    }

    #[test]
    fn months_and_periods_with_their_year_said_around_them() {
        assert_eq!(
            values_on("Franchises end after October of next year.", "2009-05-15"),
            vec![("October of next year".to_string(), "2010-10".to_string())]
        );
        assert_eq!(
            values_on("Sales in the final quarter of 2009 rose.", "2010-01-28")[0],
            (
                "the final quarter of 2009".to_string(),
                "2009-Q4".to_string()
            )
        );
        assert_eq!(
            values_on(
                "Earnings for the last half of 1989 will fall.",
                "1989-10-26"
            ),
            vec![("the last half of 1989".to_string(), "1989-H2".to_string())]
        );
        assert_eq!(
            values_on("He was shot last Oct. 23 at home.", "1999-04-19")[0],
            ("last Oct. 23".to_string(), "1998-10-23".to_string())
        );
        assert_eq!(
            values_on("The Aug. 7 bombings killed 200.", "1998-08-20")[0],
            ("Aug. 7".to_string(), "1998-08-07".to_string())
        );
        assert_eq!(
            values_on("A decade ago it was different.", "1999-03-12")[0].1,
            "1989"
        );
        // Two-digit years and decades, and seasons after a preposition.
        let t = values_on(
            "The lowest level since '82. The cars of the 70s and 80s, not people in their 70s. \
             It grew through the summer and since spring.",
            "2008-10-27",
        );
        let got: Vec<&str> = t.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(got, ["1982", "197", "198", "2008-SU", "2008-SP"]);
        // A weekday ending one line is not part of the dateline below it.
        let t = values_on(
            "Markets closed until Friday\nSeptember 18, 2008\nText",
            "2008-09-18",
        );
        assert_eq!(t[0].0, "Friday");
        assert_eq!(
            t[1],
            ("September 18, 2008".to_string(), "2008-09-18".to_string())
        );
    }

    #[test]
    fn counted_periods_phrases_and_named_years() {
        let on = "1998-03-01";
        let all = values_on(
            "Sales in fiscal 1989 rose. The post-1959 politics. It lasts two more weeks after \
             six straight days and eight trading days. A few years ago it was cheap. In the \
             near term, and in the nineties, and by the year two thousand, and by year-end.",
            on,
        );
        let expect = [
            ("fiscal 1989", "1989"),
            ("1959", "1959"),
            ("two more weeks", "P2W"),
            ("six straight days", "P6D"),
            ("eight trading days", "P8D"),
            ("A few years ago", "PAST_REF"),
            ("the near term", "FUTURE_REF"),
            ("the nineties", "199"),
            ("the year two thousand", "2000"),
            ("year-end", "1998"),
        ];
        let got: Vec<(&str, &str)> = all.iter().map(|(t, v)| (t.as_str(), v.as_str())).collect();
        assert_eq!(got, expect);
        // Anaphoric "that day", but not the adjective "day-to-day".
        let t = values_on("He came on June 3, 2001. Later that day he left.", on);
        assert_eq!(
            t[1],
            ("Later that day".to_string(), "2001-06-03".to_string())
        );
        assert_eq!(
            values_on("He said that day-to-day work matters.", on),
            vec![]
        );
    }

    #[test]
    fn weeks_of_months_and_periods_a_year_back() {
        let on = "2009-04-01";
        assert_eq!(
            values_on("Sales rebounded in the last week of March.", on),
            vec![("the last week of March".to_string(), "2009-W13".to_string())]
        );
        assert_eq!(
            values_on(
                "Sales fell 35% in January, compared to the same month a year ago.",
                on
            )[1],
            (
                "the same month a year ago".to_string(),
                "2008-01".to_string()
            )
        );
        // (text, creation date, value of the first expression)
        let first_values = [
            ("A hearing is set for the week of March 6, 2000.", on, "2000-W10"),
            // "until" puts the day ahead, whatever the verb before it.
            ("Markets stayed closed until Friday.", "2008-09-18", "2008-09-19"),
            // "The next decade" is the coming ten years, as "the past decade" the last ten.
            ("Coal use will surge over the next decade.", "2013-03-21", "P10Y"),
            ("Over the following decade BP received $19bn.", "2013-03-22", "P10Y"),
            ("Over the past decade prices doubled.", "2013-03-22", "P10Y"),
            // "to run through June" is an "until": the programme still runs, so June is
            // ahead, even after a past "said"; a plain past "through" stays in the past.
            (
                "Microsoft said it has picked three companies for the programme to run through June.",
                "2013-03-18",
                "2013-06",
            ),
            ("The strike lasted through June.", "2013-03-18", "2012-06"),
            // The next quarter is the coming one; a later one last year's.
            ("Plants close during the fourth quarter.", "2006-08-19", "2006-Q4"),
            ("Profit fell in the fourth quarter.", "2006-05-19", "2005-Q4"),
        ];
        for (text, date, want) in first_values {
            assert_eq!(values_on(text, date)[0].1, want, "{text}");
        }
    }

    #[test]
    fn a_month_without_a_year_leans_to_the_past() {
        // The test article is of Wednesday 19 June 2024.
        check("Sales fell in March.", "March", "DATE", "2024-03");
        check("Talks began in November.", "November", "DATE", "2023-11");
        check("Sales fell in October.", "October", "DATE", "2023-10");
        check(
            "The vote is scheduled for February.",
            "February",
            "DATE",
            "2025-02",
        );
        check("Its term ended in February.", "February", "DATE", "2024-02");
        check(
            "Elections will be held in November.",
            "November",
            "DATE",
            "2024-11",
        );
        check("It ended on Oct. 23.", "Oct. 23", "DATE", "2023-10-23");
    }

    #[test]
    fn things_that_are_not_dates() {
        assert!(tags("2000 troops were sent").is_empty());
        assert!(tags("2000 viruses were found").is_empty());
        assert!(tags("the 2000 troops were sent").is_empty());
        // After a determiner a plural is what the year qualifies.
        check("before the 2014 protests", "2014", "DATE", "2014");
        check("its 2004 results were good", "2004", "DATE", "2004");
        // A singular noun in -sis or -us after the year: the year qualifies it.
        for (text, year) in [
            ("pointing to a 2009 analysis by the budget office", "2009"),
            ("after the 2008 crisis", "2008"),
            ("the 2010 census counted them", "2010"),
        ] {
            check(text, year, "DATE", year);
        }
        // A season or holiday inside a name or title.
        assert!(tags("A free kick from the left by Winter was met by Byrne.").is_empty());
        assert!(tags("The single Do They Know It's Christmas sold well.").is_empty());
        check(
            "It's Christmas, and shops are busy.",
            "Christmas",
            "DATE",
            "2023-12-25",
        );
        // A century that goes on in capitals is a name; in prose it is a date.
        assert!(tags("president of distribution at 20th Century Fox").is_empty());
        assert!(tags("The Simpsons (Twentieth Century Fox, BBC Two)").is_empty());
        check(
            "paintings of the 19th Century",
            "the 19th Century",
            "DATE",
            "18",
        );
        check(
            "in the 19th Century. The river",
            "the 19th Century",
            "DATE",
            "18",
        );
        // Idioms of outcome, not references to the future.
        assert!(tags("They will lose in the long run.").is_empty());
        assert!(tags("It helps in the short run.").is_empty());
        assert!(tags("You may go now, Theresa May said.")
            .iter()
            .all(|t| t.2 == "PRESENT_REF"));
        assert!(tags("They will march on the capital.").is_empty());
        assert!(tags("It cost $2000.").is_empty());
        assert!(tags("a 71-year-old man").is_empty());
        assert!(tags("a 33-year old visitor and a 19 year old student").is_empty());
        assert!(tags("He said he may come.").is_empty());
        assert!(tags("In May 2019 he came.")
            .iter()
            .any(|t| t.2 == "2019-05"));
        assert!(tags("The Sun reported").is_empty());
    }

    #[test]
    fn durations_and_sets() {
        // TimeML leaves "about" outside the span; the mod says it.
        check("about a month", "a month", "DURATION", "P1M");
        assert_eq!(one("about a month").3.as_deref(), Some("APPROX"));
        check("a two-day visit", "two-day", "DURATION", "P2D");
        check("for years", "years", "DURATION", "PXY");
        check("in recent years", "recent years", "DURATION", "PXY");
        check("three hours", "three hours", "DURATION", "PT3H");
        check("twenty-four years", "twenty-four years", "DURATION", "P24Y");
        check("every year", "every year", "SET", "P1Y");
        check("published daily", "daily", "SET", "P1D");
        check(
            "more than 70 years",
            "more than 70 years",
            "DURATION",
            "P70Y",
        );
        // A date counted back by such a duration keeps the modifier inside, as TimeBank
        // spans "more than four decades ago".
        assert_eq!(
            tags("He came less than a week ago."),
            vec![(
                "less than a week ago".to_string(),
                "DATE",
                "2024-W24".to_string(),
                Some("LESS_THAN".to_string())
            )]
        );
        check(
            "It began more than four decades ago.",
            "more than four decades ago",
            "DATE",
            "1984",
        );
    }

    #[test]
    fn a_unit_after_an_amount_is_a_rate() {
        let rates = [
            "It made a profit of about $33 million a year.",
            "Investment is growing at more than 25% a year.",
            "Prices rose 5 per cent a year.",
            "They sell over fifty thousand CDs a year.",
            "He trains 10 hours a day.",
            "She earns £57 a week.",
            "It relies on an average of $950m a year from donors.",
        ];
        for text in rates {
            let found = tag(text, dct());
            let kinds: Vec<_> = found
                .iter()
                .map(|t| (t.kind.as_str(), t.value.as_str()))
                .collect();
            assert_eq!(kinds.last().map(|k| k.0), Some("SET"), "{text}: {kinds:?}");
        }
        // Not rates: a point back in time, a comparison and a plain duration.
        check("Profits rose 5% a year ago.", "a year ago", "DATE", "2023");
        check(
            "It cost $5 a year earlier.",
            "a year earlier",
            "DATE",
            "2023",
        );
        check("The firm spent a year on it.", "a year", "DURATION", "P1Y");
    }

    #[test]
    fn typographic_apostrophes_read_like_typed_ones() {
        // Web pages write "’"; "New Year’s Eve" is the last day of the year, not New Year.
        check(
            "We met on New Year’s Eve.",
            "New Year’s Eve",
            "DATE",
            "2023-12-31",
        );
        check(
            "a New Years Eve party",
            "New Years Eve",
            "DATE",
            "2023-12-31",
        );
        check("since ’82", "’82", "DATE", "1982");
        check("by the year’s end", "year’s end", "DATE", "2024");
        assert_eq!(one("by the year’s end").3.as_deref(), Some("END"));
    }

    #[test]
    fn the_end_of_a_noun_after_a_month_is_the_noun_s() {
        // The "the" and the "end" belong to "window"; the month is still a date.
        check(
            "He needs games by the end of the January transfer window.",
            "January",
            "DATE",
            "2024-01",
        );
        check(
            "by the end of January",
            "the end of January",
            "DATE",
            "2024-01",
        );
        assert_eq!(one("by the end of January").3.as_deref(), Some("END"));
        check(
            "by the end of the year",
            "the end of the year",
            "DATE",
            "2024",
        );
    }

    #[test]
    fn a_fortnight_is_two_weeks() {
        check(
            "three wins over the past fortnight",
            "the past fortnight",
            "DURATION",
            "P2W",
        );
        check(
            "She will announce it in the next fortnight.",
            "the next fortnight",
            "DURATION",
            "P2W",
        );
        check(
            "They play again in a fortnight.",
            "a fortnight",
            "DURATION",
            "P2W",
        );
        // "earlier" goes with the date after it.
        let found = tag(
            "I was there for over a fortnight earlier this month.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("over a fortnight", "P2W"),
                ("earlier this month", "2024-06")
            ]
        );
    }

    #[test]
    fn a_first_period_counts_from_a_start_the_text_gives() {
        // Not the article's own week: the film's, the minister's.
        check(
            "The film made $5m in its first weekend.",
            "first weekend",
            "DATE",
            "XXXX-WXX-WE",
        );
        check(
            "The ruling came on his first day as home secretary.",
            "first day",
            "DATE",
            "XXXX-XX-XX",
        );
        assert!(tags("In its twenty-first year, the festival grows.").is_empty());
        // A decade names no one week for "the same week" to stay in.
        let found = tag(
            "He started it back in the 1980s. Others take place during the same week.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [("the 1980s", "198"), ("the same week", "XXXX-WXX")]
        );
    }

    #[test]
    fn without_a_creation_date_values_stay_partial() {
        let t = tag("They met in September and again on Tuesday.", None);
        assert_eq!(t[0].value, "XXXX-09");
        assert_eq!(t[1].value, "XXXX-WXX-2");
        assert!(matches!(t[1].anchor, Anchor::Unresolved));
        assert_eq!(t[0].kind, TimexType::Date);
    }

    #[test]
    fn spans_follow_timeml_conventions() {
        // "over the …" and "about …": the preposition stays outside.
        check(
            "sales rose over the past two years",
            "the past two years",
            "DURATION",
            "P2Y",
        );
        check(
            "talks lasted about two weeks",
            "two weeks",
            "DURATION",
            "P2W",
        );
        // "over" as "more than" before a duration stays inside.
        check("it took over a week", "over a week", "DURATION", "P1W");
        // "earlier"/"later" before a deictic day belong to it.
        let (t, _, v, m) = one("The police said earlier today that");
        assert_eq!((t.as_str(), v.as_str()), ("earlier today", "2024-06-19"));
        assert_eq!(m.as_deref(), Some("START"));
        check(
            "Later yesterday, he left.",
            "Later yesterday",
            "DATE",
            "2024-06-18",
        );
    }

    #[test]
    fn an_ordinal_quarter_without_the_is_that_quarter() {
        // Not the current quarter: "first" is the ordinal here.
        check(
            "first quarter profit fell",
            "first quarter",
            "DATE",
            "2024-Q1",
        );
        check(
            "in the first quarter",
            "the first quarter",
            "DATE",
            "2024-Q1",
        );
    }

    #[test]
    fn the_year_the_week_and_the_trading_day() {
        check("Sales for the year rose", "the year", "DATE", "2024");
        check(
            "forecast a gain for the full year.",
            "the full year",
            "DATE",
            "2024",
        );
        // The whole of the year just named, not the article's year.
        let whole = tags(
            "It lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.",
        );
        assert_eq!(
            (whole[1].0.as_str(), whole[1].2.as_str()),
            ("the entire year", "2005")
        );
        // A bare "the year" stays the article's period; so does a year named long before.
        let far = tags(
            "Sales fell in 2019. Since then the company has cut costs, closed plants and sold units, and it forecasts a gain for the full year.",
        );
        let last = far.last().expect("the full year is tagged");
        assert_eq!(
            (last.0.as_str(), last.2.as_str()),
            ("the full year", "2024")
        );
        let ended = tags("in the year ended June 30");
        assert_eq!(
            (ended[0].0.as_str(), ended[0].1, ended[0].2.as_str()),
            ("the year", "DURATION", "P1Y")
        );
        // "the year to October": the twelve months that end then.
        let to = tags("Output grew 15.7% in the year to October.");
        assert_eq!(
            (to[0].0.as_str(), to[0].1, to[0].2.as_str()),
            ("the year", "DURATION", "P1Y")
        );
        let to = tags("Profits for the year to 31 December rose 20%.");
        assert_eq!((to[0].1, to[0].2.as_str()), ("DURATION", "P1Y"));
        check(
            "the week's most active session",
            "the week",
            "DATE",
            "2024-W25",
        );
        check(
            "The index ended the day at 8,017.",
            "the day",
            "DATE",
            "2024-06-19",
        );
        // The trading day the report named, even with a year-level date in between.
        let named = tags(
            "Stocks closed lower on Monday. Shares are up 14% from a year ago, and the index ended the day at 8,017.",
        );
        let the_day = named.last().expect("the day is tagged");
        assert_eq!(
            (the_day.0.as_str(), the_day.2.as_str()),
            ("the day", "2024-06-17")
        );
        assert!(tags("the year-ago quarter")
            .iter()
            .all(|t| t.0 != "the year"));
        assert!(tags("on the day before the vote").is_empty());
        // Next to a date given right there: that date, a day off.
        check(
            "The day before last Tuesday's hearing, he left.",
            "The day before last Tuesday",
            "DATE",
            "2024-06-17",
        );
        check(
            "They met on the day after June 3, 2024.",
            "the day after June 3, 2024",
            "DATE",
            "2024-06-04",
        );
        // Said after the period: the one before the period just talked about.
        let t = tag(
            "Costs were cut last year, $19.8 billion more than the year previous.",
            dct(),
        );
        assert_eq!(
            (t[1].text.as_str(), t[1].value.as_str()),
            ("the year previous", "2022")
        );
        check(
            "He had left on the day before.",
            "the day before",
            "DATE",
            "2024-06-18",
        );
        // "a 20 year low": a count written in digits works as an adjective too.
        check(
            "The Nikkei hit a 20 year low.",
            "20 year",
            "DURATION",
            "P20Y",
        );
        // "the previous Friday" counts back from the day being talked about.
        let t = tag(
            "Shares fell on Friday, June 14. They were up from the previous Friday.",
            dct(),
        );
        assert_eq!(
            (t[1].text.as_str(), t[1].value.as_str()),
            ("the previous Friday", "2024-06-07")
        );
        assert!(tags("He was there the day it happened.").is_empty());
    }

    #[test]
    fn fiscal_periods() {
        check("profit in fiscal 1989 rose", "fiscal 1989", "DATE", "1989");
        check(
            "in the fiscal first quarter",
            "the fiscal first quarter",
            "DATE",
            "2024-Q1",
        );
        check("for the fiscal year", "the fiscal year", "DATE", "2024");
    }

    #[test]
    fn fractions_decades_and_halves() {
        check(
            "sentenced to 2 1/2 years",
            "2 1/2 years",
            "DURATION",
            "P2Y6M",
        );
        check("a 5 1/2 hours flight", "5 1/2 hours", "DURATION", "PT5H30M");
        check(
            "after two and a half years",
            "two and a half years",
            "DURATION",
            "P2Y6M",
        );
        check(
            "a year and a half",
            "a year and a half",
            "DURATION",
            "P1Y6M",
        );
        check("for two decades", "two decades", "DURATION", "P20Y");
        check("in the past decade", "the past decade", "DURATION", "P10Y");
    }

    #[test]
    fn a_quarter_with_its_year_before_or_after() {
        check(
            "profit in this year's third quarter",
            "this year's third quarter",
            "DATE",
            "2024-Q3",
        );
        check(
            "next year's first half",
            "next year's first half",
            "DATE",
            "2025-H1",
        );
        check(
            "compared with the 1988 third quarter",
            "the 1988 third quarter",
            "DATE",
            "1988-Q3",
        );
        check(
            "in the first quarter of last year",
            "the first quarter of last year",
            "DATE",
            "2023-Q1",
        );
        check(
            "in the third quarter of this year",
            "the third quarter of this year",
            "DATE",
            "2024-Q3",
        );
        check("up from the 1988 period", "the 1988 period", "DATE", "1988");
        // A year alone stays a year.
        check("in the 1988 election", "1988", "DATE", "1988");
    }

    #[test]
    fn moving_holidays_and_the_past_lean() {
        let jan = NaiveDate::from_ymd_opt(2000, 1, 7);
        let t = tag("He was found on Thanksgiving Day at sea.", jan);
        assert_eq!(
            (t[0].text.as_str(), t[0].value.as_str()),
            ("Thanksgiving Day", "1999-11-25")
        );
        let t = tag("since last Thanksgiving", jan);
        assert_eq!(
            (t[0].text.as_str(), t[0].value.as_str()),
            ("last Thanksgiving", "1999-11-25")
        );
        check("before Easter", "Easter", "DATE", "2024-03-31");
        check("on Good Friday", "Good Friday", "DATE", "2024-03-29");
        check("on Labor Day", "Labor Day", "DATE", "2024-09-02");
        check(
            "by Thanksgiving 2024",
            "Thanksgiving 2024",
            "DATE",
            "2024-11-28",
        );
        check("next Christmas", "next Christmas", "DATE", "2024-12-25");
        // A fixed holiday leans to the past too: Christmas in a January article.
        let t = tag("sales over Christmas", jan);
        assert_eq!(t[0].value, "1999-12-25");
        // Days counted from Easter or from Thanksgiving.
        check("on Ash Wednesday", "Ash Wednesday", "DATE", "2024-02-14");
        check("by Pentecost 2024", "Pentecost 2024", "DATE", "2024-05-19");
        check(
            "shoppers queued on Black Friday 2023",
            "Black Friday 2023",
            "DATE",
            "2023-11-24",
        );
        check(
            "deals on Cyber Monday 2023",
            "Cyber Monday 2023",
            "DATE",
            "2023-11-27",
        );
    }

    #[test]
    fn this_past_season_is_the_most_recent_one() {
        let on = "1989-10-30";
        assert_eq!(
            values_on("Sales rose this past spring.", on),
            vec![("this past spring".to_string(), "1989-SP".to_string())]
        );
        // "last spring" is the year before's; a winter is over only in March.
        assert_eq!(values_on("They fell last spring.", on)[0].1, "1988-SP");
        assert_eq!(values_on("It grew this past winter.", on)[0].1, "1988-WI");
        assert_eq!(
            values_on("He came this past Sunday.", on),
            vec![("this past Sunday".to_string(), "1989-10-29".to_string())]
        );
    }

    #[test]
    fn or_so_makes_it_approximate() {
        let t = tag(
            "It took two weeks or so. Then, a week or so ago, he left.",
            dct(),
        );
        let got: Vec<(&str, &str, Option<&str>)> = t
            .iter()
            .map(|x| (x.text.as_str(), x.value.as_str(), x.modifier.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("two weeks or so", "P2W", Some("APPROX")),
                ("a week or so ago", "2024-W24", Some("APPROX")),
            ]
        );
    }

    #[test]
    fn parts_of_the_day_the_text_is_talking_about() {
        let t = tag(
            "He was arrested on June 3. He appeared in court the next morning. That night he left.",
            dct(),
        );
        let got = text_values(&t);
        assert_eq!(
            got,
            [
                ("June 3", "2024-06-03"),
                ("the next morning", "2024-06-04TMO"),
                ("That night", "2024-06-04TNI"),
            ]
        );
        // US Election Day: the Tuesday after the first Monday of November.
        check(
            "on Election Day 2024",
            "Election Day 2024",
            "DATE",
            "2024-11-05",
        );
    }

    #[test]
    fn named_days_are_not_days_of_this_week() {
        // One particular day with a name, not last Monday or this Tuesday.
        assert!(tags("the anniversary of Black Monday").is_empty());
        assert!(tags("She won most states on Super Tuesday.").is_empty());
        assert!(tags("Bloody Sunday was remembered.").is_empty());
        // Sentence-initial capitals are no names: "Late Monday" is still a day.
        check(
            "Talks ended. Late Monday the deal was signed.",
            "Late Monday",
            "DATE",
            "2024-06-17",
        );
    }

    #[test]
    fn the_september_11_attacks_are_of_2001() {
        check(
            "since the September 11 attacks",
            "September 11",
            "DATE",
            "2001-09-11",
        );
        check(
            "after the 11 September terrorist attacks",
            "the 11 September",
            "DATE",
            "2001-09-11",
        );
        // Any other September 11 is this article's.
        check(
            "They met on September 11.",
            "September 11",
            "DATE",
            "2023-09-11",
        );
    }

    #[test]
    fn current_alone_is_present_ref() {
        check(
            "because of current market conditions",
            "current",
            "DATE",
            "PRESENT_REF",
        );
        check("under the current system", "current", "DATE", "PRESENT_REF");
        check(
            "in the current quarter",
            "the current quarter",
            "DATE",
            "2024-Q2",
        );
        check(
            "the current fiscal year",
            "the current fiscal year",
            "DATE",
            "2024",
        );
    }

    #[test]
    fn transcript_forms() {
        check(
            "back in nineteen ninety-six",
            "nineteen ninety-six",
            "DATE",
            "1996",
        );
        check(
            "in January nineteen ninety-seven",
            "January nineteen ninety-seven",
            "DATE",
            "1997-01",
        );
        check("for the two day rally", "two day", "DURATION", "P2D");
        check("a five year plan", "five year", "DURATION", "P5Y");
        // Not years or periods.
        assert!(tags("nineteen people died").is_empty());
        let v: Vec<String> = tags("two day trips and three day visits")
            .into_iter()
            .map(|t| t.2)
            .collect();
        assert_eq!(v, ["P2D", "P3D"]);
        // A digit count is a quantity of things, not a period ("the 3 day passes" is rare).
        assert!(tags("won 3 day passes").is_empty());
    }

    #[test]
    fn fractions_and_ordinals_are_not_periods() {
        assert!(tags("about a quarter of its dealers").is_empty());
        assert!(tags("three-quarters of the vote").is_empty());
        assert!(tags("A second A380 is also travelling").is_empty());
        assert!(tags("for a second time").is_empty());
        check(
            "profit fell for two quarters",
            "two quarters",
            "DURATION",
            "P2Q",
        );
        check("it lasted a second.", "a second", "DURATION", "PT1S");
    }

    #[test]
    fn recurring_parts_of_days_and_seasons() {
        check(
            "She checks for smog every morning.",
            "every morning",
            "SET",
            "XXXX-XX-XXTMO",
        );
        check("They fish each spring.", "each spring", "SET", "XXXX-SP");
        check(
            "He calls every Sunday night.",
            "every Sunday night",
            "SET",
            "XXXX-WXX-7TNI",
        );
        check(
            "He calls every Sunday.",
            "every Sunday",
            "SET",
            "XXXX-WXX-7",
        );
    }

    #[test]
    fn fiscal_years_named_like_calendar_ones() {
        check(
            "Sales rose last fiscal year.",
            "last fiscal year",
            "DATE",
            "2023",
        );
        check(
            "It must cut $600 million this fiscal year.",
            "this fiscal year",
            "DATE",
            "2024",
        );
        check(
            "It expects sales in the current fiscal year to rise.",
            "the current fiscal year",
            "DATE",
            "2024",
        );
        check(
            "Sales will rise next fiscal year.",
            "next fiscal year",
            "DATE",
            "2025",
        );
        check(
            "Profit fell in the previous fiscal quarter.",
            "the previous fiscal quarter",
            "DATE",
            "2024-Q1",
        );
    }

    #[test]
    fn over_is_more_than_only_where_the_words_before_say_so() {
        check(
            "The tour is likely to last over a week.",
            "over a week",
            "DURATION",
            "P1W",
        );
        check(
            "Prices rose for just over a year.",
            "over a year",
            "DURATION",
            "P1Y",
        );
        check(
            "Doom 3 was developed over four years.",
            "four years",
            "DURATION",
            "P4Y",
        );
        check(
            "The money can be used over three years.",
            "three years",
            "DURATION",
            "P3Y",
        );
    }

    #[test]
    fn earlier_or_later_than_is_a_comparison_not_a_date() {
        check(
            "The season started a month earlier than usual.",
            "a month",
            "DURATION",
            "P1M",
        );
        check(
            "The vote passed a year earlier.",
            "a year earlier",
            "DATE",
            "2023",
        );
    }

    #[test]
    fn bare_plural_durations_after_just_and_after() {
        check(
            "The army closed it just hours after it opened.",
            "hours",
            "DURATION",
            "PTXH",
        );
        check(
            "He quit after months of tension.",
            "months",
            "DURATION",
            "PXM",
        );
        check("She spent years developing it.", "years", "DURATION", "PXY");
        check(
            "Such a test can take weeks, if ever.",
            "weeks",
            "DURATION",
            "PXW",
        );
    }

    #[test]
    fn a_count_before_a_shared_unit_is_a_duration_of_its_own() {
        let found = tag(
            "The buyback could take between 12 and 18 months. It lasts two or three days.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("12", "P12M"),
                ("18 months", "P18M"),
                ("two", "P2D"),
                ("three days", "P3D")
            ]
        );
        // Not split off when the pair dates something or sits inside a period.
        let found = tag(
            "It happened two or three days ago, in the last four or five years.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [("three days ago", "2024-06-16"), ("five years", "P5Y")]
        );
        // Not a count: "2 and 3 June", "a year and two months".
        assert!(tag("He bought 20 or 30 shares.", dct()).is_empty());
    }

    #[test]
    fn titles_newspapers_and_race_times_are_not_times() {
        let found = tag(
            "Henry was named World Player of the Year. She told BBC Radio 4's Today programme \
             she would run. The party daily Granma and the Daily Mail agreed. She ran 9:05.73 \
             in the heats. It's Now or Never slipped. Prices rose daily in June.",
            dct(),
        );
        assert_eq!(text_values(&found), [("daily", "P1D"), ("June", "2024-06")]);
        // At the start of a sentence or a quotation they are times.
        let found = tag(
            "Today, he left. \"Now we wait,\" she said. Hewlett-Packard Co. Recently, it grew.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("Today", "2024-06-19"),
                ("Now", "PRESENT_REF"),
                ("Recently", "PAST_REF")
            ]
        );
    }

    #[test]
    fn the_first_month_of_a_range_shares_the_year_after_the_second() {
        let found = tag(
            "It was sold between March and October 2004, and from November to February 2001.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("March", "2004-03"),
                ("October 2004", "2004-10"),
                ("November", "2000-11"),
                ("February 2001", "2001-02")
            ]
        );
    }

    #[test]
    fn ages_and_the_verb_last_are_not_periods() {
        assert!(tag(
            "Mr Reupke, 52 years old, left. Pay for 16 to 17-year-olds and e-mails more than \
             three months old.",
            dct()
        )
        .is_empty());
        check(
            "The trial is expected to last five months.",
            "five months",
            "DURATION",
            "P5M",
        );
        check(
            "Prices fell over the last five months.",
            "the last five months",
            "DURATION",
            "P5M",
        );
        check("It rose to last year's level.", "last year", "DATE", "2023");
        assert!(tag("Shoppers did last minute shopping.", dct()).is_empty());
    }

    #[test]
    fn noon_in_a_name_is_not_a_time() {
        assert!(tag("A cross-kick forced Jamie Noon to fumble.", dct()).is_empty());
        assert!(tag(
            "The squad: Abbott, Noon, Paul. He told Entertainment Weekly.",
            dct()
        )
        .is_empty());
        check("They met at noon.", "noon", "TIME", "2024-06-19T12:00");
    }

    #[test]
    fn about_the_future_is_not_approximate() {
        let (text, _, value, modifier) = one("I am excited about the future.");
        assert_eq!(
            (text.as_str(), value.as_str(), modifier),
            ("the future", "FUTURE_REF", None)
        );
    }

    #[test]
    fn a_year_after_a_day_and_month_before_a_plural_noun() {
        check(
            "Since the 11 September 2001 attacks, fares fell.",
            "the 11 September 2001",
            "DATE",
            "2001-09-11",
        );
        check(
            "On June 19, 2000 troops left.",
            "June 19",
            "DATE",
            "2024-06-19",
        );
    }

    #[test]
    fn the_next_month_after_a_season_to_come_is_the_article_s() {
        let found = tag(
            "He is out of contract in the summer. They promised an answer within the next \
             month.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [("the summer", "2024-SU"), ("the next month", "2024-07")]
        );
    }

    #[test]
    fn a_two_digit_year_after_a_dash_is_the_end_of_a_range() {
        let found = tag(
            "The expedition of 1957-58 crossed it. The 1999-00 season and the 2007-13 budget.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("1957", "1957"),
                ("58", "1958"),
                ("1999", "1999"),
                ("00", "2000"),
                ("2007", "2007"),
                ("13", "2013")
            ]
        );
        let spans: Vec<_> = found.iter().map(|t| t.span.clone()).collect();
        assert_eq!(spans[1], 23..25);
        // A full date, a range too wide to be one, and a score are not.
        assert_eq!(
            text_values(&tag(
                "On 2009-10-05 and in 1950-99 it was 2004-05th.",
                dct()
            )),
            [
                ("2009-10-05", "2009-10-05"),
                ("1950", "1950"),
                ("2004", "2004")
            ]
        );
    }

    #[test]
    fn early_or_late_in_the_period_the_text_is_in() {
        let found = tag(
            "The index fell earlier in the day. It will rise later in the year. \
             He left earlier in the week.",
            dct(),
        );
        assert_eq!(
            text_values(&found),
            [
                ("earlier in the day", "2024-06-19"),
                ("later in the year", "2024"),
                ("earlier in the week", "2024-W25"),
            ]
        );
        let mods: Vec<_> = found.iter().map(|t| t.modifier.as_deref()).collect();
        assert_eq!(mods, [Some("START"), Some("END"), Some("START")]);
        // A clause after it does not make it "the day after" something.
        check(
            "The index rebounded late in the day after falling 250 points.",
            "late in the day",
            "DATE",
            "2024-06-19",
        );
    }

    #[test]
    fn the_day_after_the_article_s_is_past_when_the_sentence_says_so() {
        // Thursday is the day after this Wednesday article's. With no tense in its clause it
        // is that coming day; a past verb earlier in the sentence, past a parenthetical or
        // an opening "However,", makes it last Thursday.
        let cases = [
            ("The talks resume on Thursday.", "2024-06-20"),
            (
                "Shares closed up 64 pence, or 6%, at 1130p on Thursday.",
                "2024-06-13",
            ),
            (
                "However, on Thursday, the group said its belief had proved correct.",
                "2024-06-13",
            ),
            (
                "He has been named as an investor, while on Thursday, Italy refused to rule it out.",
                "2024-06-13",
            ),
            // Far from the date, a reported clause has its own tense; "but" opens one too.
            (
                "Officials announced that the father would be travelling to the United States \
                 with his wife and son Thursday.",
                "2024-06-20",
            ),
            (
                "There was so much build-up, but we fly out to Rome on Thursday.",
                "2024-06-20",
            ),
            // A "would" right before the date is a plan still ahead.
            (
                "The judge said the hearing would continue on Thursday.",
                "2024-06-20",
            ),
            ("He said he would have won on Thursday.", "2024-06-13"),
            // A past form before "in", "from", "by" describes a noun.
            (
                "He will attend the conference called in Jakarta, Indonesia on Thursday.",
                "2024-06-20",
            ),
        ];
        for (text, value) in cases {
            let found = tag(text, dct());
            assert_eq!(text_values(&found), [("Thursday", value)], "{text}");
        }
        // The present of a scheduled event looks ahead.
        for (text, value) in [
            (
                "The series ends on Sunday, with Bez the favourite.",
                "2024-06-23",
            ),
            (
                "The tournament, which begins on 17 January, is sold out.",
                "2025-01-17",
            ),
        ] {
            let found = tag(text, dct());
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].value, value, "{text}");
        }
        // A range's "and" is not a clause of its own.
        let found = tag("A lot can change between now and June, he said.", dct());
        assert_eq!(
            text_values(&found),
            [("now", "PRESENT_REF"), ("June", "2024-06")]
        );
    }

    #[test]
    fn seasons_and_bare_months_follow_the_clause() {
        // A season named alone is this year's unless the clause moves it; "the fall" is
        // autumn only where a time is meant.
        for (text, value) in [
            ("Things started to go badly wrong in the autumn.", "2023-FA"),
            (
                "Singapore's economy had contracted over the autumn.",
                "2023-FA",
            ),
            ("The festival is held in the autumn.", "2024-FA"),
            ("His deal expires in the autumn.", "2024-FA"),
            ("The plant will open in the spring.", "2025-SP"),
            ("Sales had risen by the fall.", "2023-FA"),
        ] {
            let found = tag(text, dct());
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].value, value, "{text}");
        }
        assert!(tags("Weaker exports were blamed for the fall.").is_empty());
        assert!(tags("The fall reflects weak exports.").is_empty());
        // A bare month after "in" in a past clause is the one gone, even next month; a
        // deadline stays ahead.
        check(
            "The record set in July had stood.",
            "July",
            "DATE",
            "2023-07",
        );
        check(
            "The offer was extended to July 16.",
            "July 16",
            "DATE",
            "2024-07-16",
        );
        check(
            "BT said it would begin trials in July.",
            "July",
            "DATE",
            "2024-07",
        );
    }

    #[test]
    fn tense_around_until_and_progressives() {
        // "until" looks ahead, unless a fronted "Until …," is followed by a past clause.
        check(
            "The office is closed until Friday.",
            "Friday",
            "DATE",
            "2024-06-21",
        );
        check(
            "Until Monday, they had not called him a suspect.",
            "Monday",
            "DATE",
            "2024-06-17",
        );
        // A plan in the past perfect is already overtaken.
        check(
            "The offer was extended. It had been due to expire Friday evening.",
            "Friday evening",
            "TIME",
            "2024-06-14TEV",
        );
        // "as soon as" and "as early as" look ahead like "by", unless the clause is past.
        check(
            "Flights resume as soon as Monday.",
            "Monday",
            "DATE",
            "2024-06-24",
        );
        check(
            "Police knew as early as Monday that he had fled.",
            "Monday",
            "DATE",
            "2024-06-17",
        );
        // A present progressive before the date is an arrangement still ahead, even when a
        // reporting verb in the past comes first.
        check(
            "The firm said it is calling for the redemption on Aug. 7 of its shares.",
            "Aug. 7",
            "DATE",
            "2024-08-07",
        );
        check(
            "The duo are taking over the show on Sunday.",
            "Sunday",
            "DATE",
            "2024-06-23",
        );
        // A passive after a future is still ahead, even far from the date.
        check(
            "Colonel Collins will be named commander of the Space Shuttle Columbia for a mission in March.",
            "March",
            "DATE",
            "2025-03",
        );
        // After the date, it is mostly the date's own clause: the month just gone.
        check(
            "Analysts say February is proving a hard month.",
            "February",
            "DATE",
            "2024-02",
        );
    }

    #[test]
    fn spans_are_byte_ranges_into_the_text() {
        let text = "«Tuesday» — on 18 June 2024 — late Tuesday";
        for t in tag(text, dct()) {
            assert_eq!(&text[t.span.clone()], t.text);
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics_and_spans_are_on_char_boundaries(s in "\\PC{0,200}") {
                let a = tag(&s, dct());
                for t in &a {
                    prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
                    prop_assert!(t.span.start < t.span.end && t.span.end <= s.len());
                }
                prop_assert_eq!(a, tag(&s, dct()));
            }

            #[test]
            fn date_like_noise_never_panics(s in "([0-9]{1,4}|June|May|Tuesday|last|the|next|ago|years|-|/|\\.|,| ){0,30}") {
                let _ = tag(&s, dct());
                let _ = tag(&s, None);
            }
        }
    }
}

//! English.

use super::{Unit, Vocabulary};

/// The English vocabulary.
pub static ENGLISH: Vocabulary = Vocabulary {
    months: &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ],
    weekdays: &[
        ("monday", 0), ("mon", 0), ("tuesday", 1), ("tues", 1), ("tue", 1), ("wednesday", 2),
        ("wed", 2), ("thursday", 3), ("thurs", 3), ("thu", 3), ("friday", 4), ("fri", 4),
        ("saturday", 5), ("sat", 5), ("sunday", 6), ("sun", 6),
    ],
    numbers: &[
        ("a", 1.0), ("an", 1.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0),
        ("five", 5.0), ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
        ("eleven", 11.0), ("twelve", 12.0), ("thirteen", 13.0), ("fourteen", 14.0),
        ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0),
        ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0),
        ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
        ("hundred", 100.0), ("half", 0.5), ("dozen", 12.0),
    ],
    ordinals: &[
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
        ("twelfth", 12), ("twentieth", 20), ("twenty-first", 21), ("nineteenth", 19),
        ("eighteenth", 18), ("seventeenth", 17),
    ],
    units: &[
        ("second", Unit::Second), ("seconds", Unit::Second), ("minute", Unit::Minute),
        ("minutes", Unit::Minute), ("hour", Unit::Hour), ("hours", Unit::Hour),
        ("day", Unit::Day), ("days", Unit::Day), ("week", Unit::Week), ("weeks", Unit::Week),
        ("weekend", Unit::Weekend), ("weekends", Unit::Weekend), ("month", Unit::Month),
        ("months", Unit::Month), ("quarter", Unit::Quarter), ("quarters", Unit::Quarter),
        ("year", Unit::Year), ("years", Unit::Year), ("decade", Unit::Decade),
        ("decades", Unit::Decade), ("century", Unit::Century), ("centuries", Unit::Century),
    ],
    day_parts: &[
        ("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"),
        ("overnight", "NI"), ("midday", "MI"), ("noon", "MI"),
    ],
    seasons: &[
        ("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI"),
    ],
    shifts: &[
        ("last", -1), ("past", -1), ("previous", -1), ("preceding", -1), ("next", 1),
        ("coming", 1), ("following", 1), ("this", 0), ("current", 0), ("same", 0),
    ],
    deictic_days: &[("today", 0), ("yesterday", -1), ("tomorrow", 1), ("tonight", 0)],
    references: &[
        ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("current", "PRESENT_REF"),
        ("presently", "PRESENT_REF"), ("nowadays", "PRESENT_REF"), ("recently", "PAST_REF"),
        ("recent", "PAST_REF"), ("lately", "PAST_REF"), ("previously", "PAST_REF"),
        ("formerly", "PAST_REF"), ("once", "PAST_REF"), ("soon", "FUTURE_REF"),
        ("future", "FUTURE_REF"), ("past", "PAST_REF"),
    ],
    modifiers: &[
        ("early", "START"), ("late", "END"), ("mid", "MID"), ("middle", "MID"),
        ("about", "APPROX"), ("around", "APPROX"), ("roughly", "APPROX"),
        ("approximately", "APPROX"), ("some", "APPROX"), ("nearly", "LESS_THAN"),
        ("almost", "LESS_THAN"), ("less than", "LESS_THAN"), ("more than", "MORE_THAN"),
        ("over", "MORE_THAN"), ("at least", "EQUAL_OR_MORE"), ("up to", "EQUAL_OR_LESS"),
        ("the end of", "END"), ("the start of", "START"), ("the beginning of", "START"),
    ],
    set_words: &[
        ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("annually", "P1Y"),
        ("yearly", "P1Y"), ("hourly", "PT1H"), ("nightly", "P1D"),
    ],
    holidays: &[
        ("christmas day", 12, 25), ("christmas eve", 12, 24), ("christmas", 12, 25),
        ("new year's day", 1, 1), ("new year's eve", 12, 31), ("independence day", 7, 4),
        ("halloween", 10, 31), ("valentine's day", 2, 14), ("boxing day", 12, 26),
        ("veterans day", 11, 11), ("armistice day", 11, 11), ("bastille day", 7, 14),
        ("may day", 5, 1), ("new year", 1, 1),
    ],
    zones: &[
        ("gmt", 0), ("utc", 0), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120),
        ("msk", 180), ("ist", 330), ("kst", 540), ("jst", 540), ("est", -300), ("edt", -240),
        ("cst", -360), ("cdt", -300), ("mst", -420), ("mdt", -360), ("pst", -480),
        ("pdt", -420), ("aest", 600), ("hkt", 480), ("sgt", 480), ("ict", 420),
    ],
    count_nouns_hint: &[
        "troops", "people", "soldiers", "workers", "jobs", "shares", "dollars", "cars", "units",
        "tonnes", "tons", "miles", "km", "kilometres", "kilometers", "votes", "points", "pages",
        "copies", "barrels", "homes", "students", "members", "residents", "employees", "cases",
        "deaths", "percent", "%", "feet", "metres", "meters", "calories", "words",
    ],
    ago_words: &["ago", "earlier", "before", "back"],
    later_words: &["later", "after", "hence"],
    future_cues: &[
        "will", "ll", "shall", "expected", "scheduled", "plans", "planned", "due", "upcoming",
        "going", "intends", "hopes",
    ],
};

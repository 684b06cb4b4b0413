//! Text + creation date → TIMEX3 tags. The first three bytes give the creation date
//! (or none), the rest is the text.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let dct = (data[0] & 1 == 1)
        .then(|| {
            let year = 1900 + i32::from(data[0] >> 1) + i32::from(data[1] & 0x3f);
            let ordinal = 1 + (u32::from(data[2]) * 366 / 256);
            NaiveDate::from_yo_opt(year, ordinal)
        })
        .flatten();
    let text = String::from_utf8_lossy(&data[3..]);
    for t in parallax::temporal::tag(&text, dct) {
        assert_eq!(text.get(t.span.clone()), Some(t.text.as_str()), "timex span");
        if let Some(z) = &t.zone {
            assert!(text.get(z.span.clone()).is_some(), "zone span");
        }
    }
});

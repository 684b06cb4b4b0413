//! Reference knowledge the analysis leans on: places with their countries and clocks, words
//! that introduce names (titles), organisations, and the usual spelling of well-known names.
//!
//! Kept as data so it can grow without touching the logic.

use chrono::{Datelike, NaiveDate};

/// A place in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Canonical name.
    pub name: &'static str,
    /// Country it lies in (itself for countries).
    pub country: &'static str,
    /// Standard-time UTC offset in minutes.
    pub utc_offset: i32,
    /// Whether the place moves its clocks forward an hour in the northern summer.
    pub summer_time: bool,
    /// A city (true) or a country or region (false).
    pub city: bool,
}

impl Place {
    /// The UTC offset in minutes on `date` (northern summer time from late March to late
    /// October, close enough for explaining a day's difference).
    pub fn offset_on(&self, date: NaiveDate) -> i32 {
        let summer = self.summer_time && (4..=10).contains(&date.month());
        self.utc_offset + if summer { 60 } else { 0 }
    }
}

macro_rules! country {
    ($name:expr, $off:expr, $dst:expr) => {
        Place {
            name: $name,
            country: $name,
            utc_offset: $off,
            summer_time: $dst,
            city: false,
        }
    };
}
macro_rules! city {
    ($name:expr, $country:expr, $off:expr, $dst:expr) => {
        Place {
            name: $name,
            country: $country,
            utc_offset: $off,
            summer_time: $dst,
            city: true,
        }
    };
}

/// Countries, capitals and major news cities.
pub static PLACES: &[Place] = &[
    country!("North Korea", 540, false),
    country!("South Korea", 540, false),
    country!("Russia", 180, false),
    country!("United States", -300, true),
    country!("Ukraine", 120, true),
    country!("China", 480, false),
    country!("Japan", 540, false),
    country!("Vietnam", 420, false),
    // Historical, for background ("the collapse of the USSR in 1991"): Moscow time.
    country!("Soviet Union", 180, false),
    country!("United Kingdom", 0, true),
    country!("France", 60, true),
    country!("Germany", 60, true),
    country!("Italy", 60, true),
    country!("Spain", 60, true),
    country!("Norway", 60, true),
    country!("Sweden", 60, true),
    country!("Finland", 120, true),
    country!("Poland", 60, true),
    country!("Hungary", 60, true),
    country!("Austria", 60, true),
    country!("Belarus", 180, false),
    country!("Iran", 210, false),
    country!("Israel", 120, true),
    country!("Turkey", 180, false),
    country!("India", 330, false),
    country!("Pakistan", 300, false),
    country!("Syria", 180, false),
    country!("Iraq", 180, false),
    country!("Qatar", 180, false),
    country!("Saudi Arabia", 180, false),
    country!("Egypt", 120, false),
    country!("Canada", -300, true),
    country!("Mexico", -360, false),
    country!("Brazil", -180, false),
    country!("Australia", 600, false),
    country!("Indonesia", 420, false),
    country!("Philippines", 480, false),
    country!("Taiwan", 480, false),
    country!("Mongolia", 480, false),
    country!("Kazakhstan", 300, false),
    country!("Georgia", 240, false),
    country!("Cuba", -300, true),
    country!("Venezuela", -240, false),
    country!("South Africa", 120, false),
    country!("Nigeria", 60, false),
    country!("Kenya", 180, false),
    country!("Netherlands", 60, true),
    country!("Belgium", 60, true),
    country!("Switzerland", 60, true),
    country!("Greece", 120, true),
    country!("Ireland", 0, true),
    country!("Denmark", 60, true),
    country!("Estonia", 120, true),
    country!("Latvia", 120, true),
    country!("Lithuania", 120, true),
    country!("Serbia", 60, true),
    country!("Laos", 420, false),
    country!("Cambodia", 420, false),
    country!("Thailand", 420, false),
    country!("Singapore", 480, false),
    country!("Malaysia", 480, false),
    city!("Pyongyang", "North Korea", 540, false),
    city!("Seoul", "South Korea", 540, false),
    city!("Moscow", "Russia", 180, false),
    city!("Vladivostok", "Russia", 600, false),
    city!("St Petersburg", "Russia", 180, false),
    city!("Washington", "United States", -300, true),
    city!("New York", "United States", -300, true),
    city!("Los Angeles", "United States", -480, true),
    city!("Kyiv", "Ukraine", 120, true),
    city!("Kiev", "Ukraine", 120, true),
    city!("Beijing", "China", 480, false),
    city!("Shanghai", "China", 480, false),
    city!("Hong Kong", "China", 480, false),
    city!("Tokyo", "Japan", 540, false),
    city!("Hanoi", "Vietnam", 420, false),
    city!("Ho Chi Minh City", "Vietnam", 420, false),
    city!("London", "United Kingdom", 0, true),
    city!("Paris", "France", 60, true),
    city!("Berlin", "Germany", 60, true),
    city!("Rome", "Italy", 60, true),
    city!("Madrid", "Spain", 60, true),
    city!("Oslo", "Norway", 60, true),
    city!("Stockholm", "Sweden", 60, true),
    city!("Helsinki", "Finland", 120, true),
    city!("Warsaw", "Poland", 60, true),
    city!("Budapest", "Hungary", 60, true),
    city!("Vienna", "Austria", 60, true),
    city!("Minsk", "Belarus", 180, false),
    city!("Tehran", "Iran", 210, false),
    city!("Jerusalem", "Israel", 120, true),
    city!("Tel Aviv", "Israel", 120, true),
    city!("Ankara", "Turkey", 180, false),
    city!("Istanbul", "Turkey", 180, false),
    city!("New Delhi", "India", 330, false),
    city!("Delhi", "India", 330, false),
    city!("Islamabad", "Pakistan", 300, false),
    city!("Damascus", "Syria", 180, false),
    city!("Baghdad", "Iraq", 180, false),
    city!("Doha", "Qatar", 180, false),
    city!("Riyadh", "Saudi Arabia", 180, false),
    city!("Cairo", "Egypt", 120, false),
    city!("Ottawa", "Canada", -300, true),
    city!("Toronto", "Canada", -300, true),
    city!("Mexico City", "Mexico", -360, false),
    city!("Brasilia", "Brazil", -180, false),
    city!("Sydney", "Australia", 600, false),
    city!("Canberra", "Australia", 600, false),
    city!("Jakarta", "Indonesia", 420, false),
    city!("Manila", "Philippines", 480, false),
    city!("Taipei", "Taiwan", 480, false),
    city!("Ulaanbaatar", "Mongolia", 480, false),
    city!("Astana", "Kazakhstan", 300, false),
    city!("Tbilisi", "Georgia", 240, false),
    city!("Havana", "Cuba", -300, true),
    city!("Caracas", "Venezuela", -240, false),
    city!("Brussels", "Belgium", 60, true),
    city!("Geneva", "Switzerland", 60, true),
    city!("Amsterdam", "Netherlands", 60, true),
    city!("The Hague", "Netherlands", 60, true),
    city!("Athens", "Greece", 120, true),
    city!("Dublin", "Ireland", 0, true),
    city!("Copenhagen", "Denmark", 60, true),
    city!("Bangkok", "Thailand", 420, false),
    city!("Vientiane", "Laos", 420, false),
    city!("Phnom Penh", "Cambodia", 420, false),
    city!("Kuala Lumpur", "Malaysia", 480, false),
    city!("Nairobi", "Kenya", 180, false),
    city!("Lagos", "Nigeria", 60, false),
    city!("Johannesburg", "South Africa", 120, false),
    city!("Belgrade", "Serbia", 60, true),
];

/// Other spellings and short forms of gazetteer places.
pub static PLACE_ALIASES: &[(&str, &str)] = &[
    ("DPRK", "North Korea"),
    ("Democratic People's Republic of Korea", "North Korea"),
    ("ROK", "South Korea"),
    ("Republic of Korea", "South Korea"),
    ("US", "United States"),
    ("U.S", "United States"),
    ("USA", "United States"),
    ("United States of America", "United States"),
    ("America", "United States"),
    ("UK", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("Russian Federation", "Russia"),
    ("Viet Nam", "Vietnam"),
    ("USSR", "Soviet Union"),
    ("U.S.S.R", "Soviet Union"),
    ("Saint Petersburg", "St Petersburg"),
    ("Washington DC", "Washington"),
    ("Washington D.C", "Washington"),
    ("Holland", "Netherlands"),
];

/// Adjectives naming a country ("Russian President …").
pub static DEMONYMS: &[(&str, &str)] = &[
    ("Russian", "Russia"),
    ("North Korean", "North Korea"),
    ("South Korean", "South Korea"),
    ("Korean", "North Korea"),
    ("American", "United States"),
    ("Ukrainian", "Ukraine"),
    ("Chinese", "China"),
    ("Japanese", "Japan"),
    ("Vietnamese", "Vietnam"),
    ("British", "United Kingdom"),
    ("French", "France"),
    ("German", "Germany"),
    ("Hungarian", "Hungary"),
    ("Norwegian", "Norway"),
    ("Iranian", "Iran"),
    ("Israeli", "Israel"),
    ("Turkish", "Turkey"),
    ("Indian", "India"),
    ("Soviet", "Russia"),
    ("Western", ""),
];

/// Words that introduce a person's name ("President", "Foreign Minister") — dropped from the
/// name itself.
pub static TITLES: &[&str] = &[
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "Leader",
    "Supreme",
    "Chairman",
    "Chairwoman",
    "Secretary",
    "General",
    "Gen",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gov",
    "Governor",
    "Senator",
    "Sen",
    "Rep",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Ambassador",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chancellor",
    "Premier",
    "Commander",
    "Colonel",
    "Lt",
    "Captain",
    "Admiral",
    "Marshal",
    "Pope",
    "Sir",
    "Lord",
    "Lady",
    "Professor",
    "Prof",
    "Judge",
    "Justice",
    "Mayor",
    "State",
    "National",
    "Security",
    "Adviser",
    "Advisor",
    "Aide",
    "Envoy",
    "Chief",
    "Head",
    "Director",
    "Regional",
    "Comrade",
    "Emperor",
    "Sheikh",
    "Crown",
    "Counterpart",
];

/// Words marking an organisation name ("… Institute", "Ministry of …").
pub static ORG_WORDS: &[&str] = &[
    "Institute",
    "Ministry",
    "Agency",
    "Council",
    "Committee",
    "Party",
    "Union",
    "Army",
    "Navy",
    "Government",
    "University",
    "Company",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Bank",
    "Association",
    "Organization",
    "Organisation",
    "Organizations",
    "Organisations",
    "Industries",
    "Holdings",
    "Securities",
    "Investments",
    "Partners",
    "Airlines",
    "Airways",
    "Motors",
    "Technologies",
    "Pharmaceuticals",
    "Foundation",
    "Commission",
    "Parliament",
    "Congress",
    "Senate",
    "Assembly",
    "Office",
    "Department",
    "Forces",
    "Guard",
    "News",
    "Times",
    "Post",
    "Press",
    "Network",
    "Group",
    "Club",
    "Church",
    "Centre",
    "Center",
    "Court",
    "Service",
    "Federation",
    "Nations",
    "Kremlin",
    "Pentagon",
    "Cosmodrome",
    "House",
    "Summit",
    "Treaty",
];

/// Organisations known by one word or an acronym.
pub static ORGS: &[&str] = &[
    "Kremlin",
    "Pentagon",
    "CNN",
    "AFP",
    "Reuters",
    "KCNA",
    "Yonhap",
    "TASS",
    "RIA",
    "BBC",
    "NATO",
    "UN",
    "EU",
    "G7",
    "G20",
    "IAEA",
    "WHO",
    "IMF",
    "ASEAN",
    "AP",
    "NK News",
    "Sputnik",
    "Xinhua",
    "White House",
    "Security Council",
    "Biden administration",
];

/// The usual spelling of well-known people in international news. Used as the reference
/// when only one source names someone, to catch typos ("Serget Lavrov").
pub static KNOWN_PEOPLE: &[&str] = &[
    "Vladimir Putin",
    "Sergei Lavrov",
    "Sergei Shoigu",
    "Andrei Belousov",
    "Denis Manturov",
    "Yuri Ushakov",
    "Dmitry Peskov",
    "Maria Zakharova",
    "Dmitry Medvedev",
    "Mikhail Mishustin",
    "Valentina Matviyenko",
    "Kim Jong Un",
    "Kim Jong Il",
    "Kim Il Sung",
    "Kim Yo Jong",
    "Kim Ju Ae",
    "Choe Son Hui",
    "Pak Thae Song",
    "Joe Biden",
    "Kamala Harris",
    "Donald Trump",
    "Antony Blinken",
    "Jake Sullivan",
    "John Kirby",
    "Lloyd Austin",
    "Xi Jinping",
    "Li Qiang",
    "Wang Yi",
    "Yoon Suk Yeol",
    "Moon Jae-in",
    "Lee Jae-myung",
    "Fumio Kishida",
    "Shigeru Ishiba",
    "Volodymyr Zelensky",
    "Dmytro Kuleba",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Rishi Sunak",
    "Keir Starmer",
    "Giorgia Meloni",
    "Narendra Modi",
    "Recep Tayyip Erdogan",
    "Benjamin Netanyahu",
    "Ursula von der Leyen",
    "Antonio Guterres",
    "Jens Stoltenberg",
    "Mark Rutte",
    "To Lam",
    "Nguyen Phu Trong",
    "Pham Minh Chinh",
    "Vo Van Thuong",
    "Alexander Lukashenko",
    "Ebrahim Raisi",
    "Aisen Nikolayev",
    "Mikhail Gorbachev",
    "Boris Yeltsin",
];

/// Looks a place up by its name or an alias.
pub fn place(name: &str) -> Option<&'static Place> {
    // Names and aliases, lower-cased, looked up by hash: this runs for every capitalised word.
    static INDEX: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static Place>> =
        std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = rustc_hash::FxHashMap::default();
        // Aliases first: an alias that is also a place's name means the aliased place.
        for (alias, canonical) in PLACE_ALIASES {
            if let Some(p) = PLACES
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(canonical))
            {
                index.entry(alias.to_ascii_lowercase()).or_insert(p);
            }
        }
        for p in PLACES {
            index.entry(p.name.to_ascii_lowercase()).or_insert(p);
        }
        index
    });
    let name = name.trim_start_matches("the ");
    index.get(&name.to_ascii_lowercase()).copied()
}

/// True when place `inner` lies in (or is) place `outer`.
pub fn within(inner: &str, outer: &str) -> bool {
    if inner == outer {
        return true;
    }
    match (place(inner), place(outer)) {
        (Some(i), Some(o)) => !o.city && i.country == o.name,
        _ => false,
    }
}

/// The country a demonym names ("Russian" → "Russia").
pub fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS
        .iter()
        .find(|(d, _)| *d == word)
        .map(|(_, c)| *c)
        .filter(|c| !c.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_nest_and_keep_their_clocks() {
        assert!(within("Pyongyang", "North Korea"));
        assert!(within("Hanoi", "Vietnam"));
        assert!(!within("North Korea", "Pyongyang"));
        assert!(!within("Vladivostok", "North Korea"));
        let d = NaiveDate::from_ymd_opt(2024, 6, 18).unwrap();
        assert_eq!(place("Washington").unwrap().offset_on(d), -240);
        assert_eq!(place("DPRK").unwrap().offset_on(d), 540);
        assert_eq!(demonym("Russian"), Some("Russia"));
        assert_eq!(demonym("Western"), None);
    }
}

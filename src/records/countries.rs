//! The countries of ISO 3166-1, embedded from `data/countries.json`.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct CountryFile {
    countries: Vec<Country>,
}

/// A country of ISO 3166-1.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Country {
    /// The alpha-2 code.
    pub code: String,
    /// The English short name (the UI shows the name in its own language).
    pub name: String,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    serde_json::from_str::<CountryFile>(include_str!("../../data/countries.json"))
        .map(|f| f.countries)
        .unwrap_or_default()
});

/// The countries of ISO 3166-1, by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// Whether `code` is an ISO 3166-1 alpha-2 code.
pub fn is_country(code: &str) -> bool {
    COUNTRIES.iter().any(|c| c.code == code)
}

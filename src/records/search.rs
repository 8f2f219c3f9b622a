//! Search and the incident list: full text (FTS5 inside the encrypted store) with filters,
//! sorting and paging.
//!
//! The SQL is assembled only from the fixed clauses below, chosen by which filters are set;
//! every value a person typed is bound as a parameter, and the text query is quoted word by
//! word ([`super::text::fts_query`]).

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::model::{PartialDate, Status, Urgency};
use super::{parse_json, ConsentState};
use crate::error::{Result, VaultError};

/// How to order results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first (with a text query; otherwise newest first).
    #[default]
    Relevance,
    /// Most recent incident first (by start date; undated last).
    DateDesc,
    /// Oldest incident first.
    DateAsc,
    /// Most recently saved first.
    UpdatedDesc,
    /// By number, newest first.
    NumberDesc,
}

/// What to search for. Empty lists mean "any".
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Query {
    /// Words to find (titles, narratives, actor names, places, tags, references).
    pub text: String,
    /// Any of these incident types.
    pub types: Vec<String>,
    /// Any of these countries (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
    /// Any of these statuses.
    pub statuses: Vec<Status>,
    /// Any of these urgencies.
    pub urgencies: Vec<Urgency>,
    /// Any of these consent states.
    pub consent: Vec<ConsentState>,
    /// With (true) or without (false) a UN cooperation link.
    pub has_un_link: Option<bool>,
    /// Incidents whose period reaches this day or later (YYYY-MM-DD, YYYY-MM or YYYY).
    pub from: Option<String>,
    /// Incidents whose period starts on this day or earlier.
    pub to: Option<String>,
    /// Order.
    pub sort: Sort,
    /// How many results to skip.
    pub offset: u32,
    /// How many to return (1 to 500; 0 means 50).
    pub limit: u32,
}

/// One incident in a list of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Summary {
    /// Identifier.
    pub id: String,
    /// Short number.
    pub number: i64,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// Urgency.
    pub urgency: Urgency,
    /// Country code.
    pub country: Option<String>,
    /// Start date.
    pub start: Option<PartialDate>,
    /// Ongoing.
    pub ongoing: bool,
    /// Incident type codes.
    pub types: Vec<String>,
    /// Whether a UN cooperation link is recorded.
    pub has_un_link: bool,
    /// Consent state.
    pub consent: ConsentState,
    /// Current revision.
    pub revision: u32,
    /// Last saved (RFC 3339).
    pub updated_at: String,
}

/// A page of results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Page {
    /// How many incidents match in all.
    pub total: u64,
    /// This page.
    pub items: Vec<Summary>,
}

struct Row {
    id: String,
    number: i64,
    title: String,
    status: String,
    urgency: String,
    country: Option<String>,
    revision: u32,
    has_un_link: bool,
    consent: String,
    types: String,
    updated_at: String,
    start: Option<String>,
    ongoing: bool,
    total: i64,
}

fn date_bound(s: &str, end: bool) -> Result<String> {
    let d = PartialDate {
        date: s.to_owned(),
        precision: super::model::DatePrecision::Approximate,
    };
    let key = if end {
        super::validate::period_end_key(&d)
    } else {
        super::validate::date_key(&d)
    };
    key.ok_or_else(|| {
        VaultError::InvalidInput(format!(
            "'{s}' is not a date. Write YYYY-MM-DD, YYYY-MM or YYYY."
        ))
    })
}

fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs a search. Without text, this is the incident list.
pub fn search(conn: &Connection, q: &Query) -> Result<Page> {
    let mut params: Vec<Value> = Vec::new();
    let mut clauses: Vec<String> = Vec::new();
    let fts = super::text::fts_query(&q.text);
    let from_fts = fts.is_some();
    // The full-text match runs once, as its own step: left to the planner inside a join, it
    // can be re-run for every row of the incident table.
    let hits = match fts {
        Some(expr) => {
            params.push(Value::Text(expr));
            "WITH hits AS MATERIALIZED (
                 SELECT rowid AS pk, rank FROM incident_fts WHERE incident_fts MATCH ?1)"
        }
        None => "",
    };
    let mut any_of = |column: &str, values: Vec<String>, params: &mut Vec<Value>| {
        if values.is_empty() {
            return;
        }
        let start = params.len() + 1;
        let n = values.len();
        params.extend(values.into_iter().map(Value::Text));
        clauses.push(format!("i.{column} IN ({})", placeholders(start, n)));
    };
    any_of("country", q.countries.clone(), &mut params);
    any_of(
        "status",
        q.statuses.iter().map(|s| s.code().to_owned()).collect(),
        &mut params,
    );
    any_of(
        "urgency",
        q.urgencies.iter().map(|s| s.code().to_owned()).collect(),
        &mut params,
    );
    any_of(
        "consent_state",
        q.consent.iter().map(|s| s.code().to_owned()).collect(),
        &mut params,
    );
    if !q.types.is_empty() {
        let start = params.len() + 1;
        let n = q.types.len();
        params.extend(q.types.iter().cloned().map(Value::Text));
        clauses.push(format!(
            "EXISTS (SELECT 1 FROM incident_types t WHERE t.incident_pk = i.pk AND t.code IN ({}))",
            placeholders(start, n)
        ));
    }
    if let Some(has) = q.has_un_link {
        params.push(Value::Integer(i64::from(has)));
        clauses.push(format!("i.has_un_link = ?{}", params.len()));
    }
    if let Some(from) = &q.from {
        params.push(Value::Text(date_bound(from, false)?));
        clauses.push(format!("i.end_key >= ?{}", params.len()));
    }
    if let Some(to) = &q.to {
        params.push(Value::Text(date_bound(to, true)?));
        // An incident with an end but no known start counts as starting at the dawn of time,
        // as the `from` filter already treats it.
        clauses.push(format!(
            "coalesce(i.start_key, '0000-01-01') <= ?{}",
            params.len()
        ));
    }
    let source = if from_fts {
        "hits JOIN incidents i ON i.pk = hits.pk"
    } else {
        "incidents i"
    };
    let filter = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    let order = match (q.sort, from_fts) {
        (Sort::Relevance, true) => "ORDER BY hits.rank, i.pk DESC",
        // NULL sorts lowest in SQLite: undated incidents come last when newest come first,
        // and this order can walk the (start_key, pk) index backwards instead of sorting.
        (Sort::Relevance | Sort::DateDesc, _) => "ORDER BY i.start_key DESC, i.pk DESC",
        (Sort::DateAsc, _) => "ORDER BY i.start_key IS NULL, i.start_key ASC, i.pk ASC",
        (Sort::UpdatedDesc, _) => "ORDER BY i.updated_at DESC, i.pk DESC",
        (Sort::NumberDesc, _) => "ORDER BY i.number DESC",
    };
    let limit = match q.limit {
        0 => 50,
        n => n.min(500),
    };

    // With a text query, the total comes from the same statement (a window count), so the
    // full-text match runs once; the plain list keeps a separate count so that its first page
    // can walk the date index and stop after `limit` rows.
    let total_column = if from_fts { "count(*) OVER ()" } else { "0" };
    params.push(Value::Integer(i64::from(limit)));
    let limit_param = params.len();
    params.push(Value::Integer(i64::from(q.offset)));
    let offset_param = params.len();
    let page_sql = format!(
        "{hits} SELECT i.id, i.number, i.title, i.status, i.urgency, i.country, i.revision,
                i.has_un_link, i.consent_state, i.types, i.updated_at, i.start, i.ongoing,
                {total_column}
         FROM {source} {filter} {order} LIMIT ?{limit_param} OFFSET ?{offset_param}"
    );
    let mut stmt = conn.prepare_cached(&page_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |r| {
        Ok(Row {
            id: r.get(0)?,
            number: r.get(1)?,
            title: r.get(2)?,
            status: r.get(3)?,
            urgency: r.get(4)?,
            country: r.get(5)?,
            revision: r.get(6)?,
            has_un_link: r.get(7)?,
            consent: r.get(8)?,
            types: r.get(9)?,
            updated_at: r.get(10)?,
            start: r.get(11)?,
            ongoing: r.get(12)?,
            total: r.get(13)?,
        })
    })?;
    let mut items = Vec::new();
    let mut total = None;
    for row in rows {
        let row = row?;
        total.get_or_insert(row.total);
        items.push(Summary {
            id: row.id,
            number: row.number,
            title: row.title,
            status: parse_json(&format!("\"{}\"", row.status))?,
            urgency: parse_json(&format!("\"{}\"", row.urgency))?,
            country: row.country,
            start: row.start.as_deref().map(parse_json).transpose()?,
            ongoing: row.ongoing,
            types: row
                .types
                .split(',')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            has_un_link: row.has_un_link,
            consent: super::consent_state_from_code(&row.consent),
            revision: row.revision,
            updated_at: row.updated_at,
        });
    }
    drop(stmt);
    let total = match total {
        Some(n) if from_fts => n,
        // The plain list, or a page past the end of the results: count separately.
        _ => {
            let count_sql = format!("{hits} SELECT count(*) FROM {source} {filter}");
            let filter_params = &params[..limit_param - 1];
            conn.prepare_cached(&count_sql)?
                .query_row(rusqlite::params_from_iter(filter_params.iter()), |r| {
                    r.get(0)
                })?
        }
    };
    Ok(Page {
        total: u64::try_from(total).unwrap_or(0),
        items,
    })
}

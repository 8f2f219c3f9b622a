//! `tadamun incident …`: the case records from the command line. Each command unlocks the
//! vault with the passphrase (terminal, or the first line of standard input with
//! `--passphrase-stdin`), does one thing, and locks it again.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use tadamun::records::{
    self, history, interchange, search, ConsentState, DatePrecision, Incident, PartialDate, Status,
    Urgency,
};
use tadamun::VaultError;

use crate::common::{confirm_typed, print_json, CliError, Ctx};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

/// The filters shared by `list` and `search`.
#[derive(Args)]
pub struct Filters {
    /// Incident type code (repeat for any of several).
    #[arg(long = "type", value_name = "CODE")]
    types: Vec<String>,
    /// Country, ISO 3166-1 alpha-2 (repeatable).
    #[arg(long = "country", value_name = "CC")]
    countries: Vec<String>,
    /// Status: draft, verified, submitted, closed (repeatable).
    #[arg(long = "status", value_parser = parse_status)]
    statuses: Vec<Status>,
    /// Urgency: routine, high, urgent (repeatable).
    #[arg(long = "urgency", value_parser = parse_urgency)]
    urgencies: Vec<Urgency>,
    /// Consent state: no_people, missing, internal_only, complete (repeatable).
    #[arg(long = "consent", value_parser = parse_consent)]
    consent: Vec<ConsentState>,
    /// Only incidents with (yes) or without (no) a UN cooperation link.
    #[arg(long = "un-link")]
    un_link: Option<YesNo>,
    /// Incidents still going on at or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Incidents that started at or before this date.
    #[arg(long)]
    to: Option<String>,
    /// Order: relevance, date_desc, date_asc, updated_desc, number_desc.
    #[arg(long, default_value = "relevance", value_parser = parse_sort)]
    sort: search::Sort,
    /// How many to show (1 to 500; use --offset for the next page).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=500))]
    limit: u32,
    /// How many to skip (for the next page).
    #[arg(long, default_value_t = 0)]
    offset: u32,
}

/// Fields that can be set from the command line (the rest through JSON).
#[derive(Args)]
pub struct Fields {
    /// Title.
    #[arg(long)]
    title: Option<String>,
    /// The chronological account.
    #[arg(long)]
    narrative: Option<String>,
    /// Start date: YYYY-MM-DD, YYYY-MM or YYYY (precision follows the form).
    #[arg(long)]
    start: Option<String>,
    /// Country, ISO 3166-1 alpha-2.
    #[arg(long)]
    country: Option<String>,
    /// Incident type code (repeatable; replaces the types when given).
    #[arg(long = "type", value_name = "CODE")]
    types: Vec<String>,
    /// Status: draft, verified, submitted, closed.
    #[arg(long, value_parser = parse_status)]
    status: Option<Status>,
    /// Urgency: routine, high, urgent.
    #[arg(long, value_parser = parse_urgency)]
    urgency: Option<Urgency>,
    /// A tag (repeatable; replaces the tags when given).
    #[arg(long = "tag")]
    tags: Vec<String>,
}

#[derive(Subcommand)]
pub enum IncidentCommand {
    /// Add incidents: from a JSON interchange file (`--from FILE`, or `-` for standard input
    /// after the passphrase line), or one from the field options.
    Add {
        /// A Tadamun interchange file (see docs/interchange.schema.json).
        #[arg(long = "from", value_name = "FILE", conflicts_with_all = ["title", "narrative", "start", "country", "types", "status", "urgency", "tags"])]
        from_file: Option<PathBuf>,
        #[command(flatten)]
        fields: Fields,
    },
    /// List incidents, newest first (the same filters as search).
    List {
        #[command(flatten)]
        filters: Filters,
    },
    /// Show one incident (by number, identifier, or the start of its identifier).
    Show {
        /// `12`, `#12`, or an identifier.
        id: String,
        /// Show this earlier revision instead of the current one.
        #[arg(long)]
        revision: Option<u32>,
    },
    /// Change an incident: from a JSON file holding it (`--from FILE|-`), or field options.
    Edit {
        /// `12`, `#12`, or an identifier.
        id: String,
        /// An interchange file holding this one incident, edited.
        #[arg(long = "from", value_name = "FILE", conflicts_with_all = ["title", "narrative", "start", "country", "types", "status", "urgency", "tags"])]
        from_file: Option<PathBuf>,
        #[command(flatten)]
        fields: Fields,
    },
    /// Delete an incident for good: its revisions and search entries too.
    Delete {
        /// `12`, `#12`, or an identifier.
        id: String,
        /// Do not ask for typed confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Full-text search with filters (accents, case and Arabic vowel marks ignored).
    Search {
        /// Words to find.
        #[arg(default_value = "")]
        text: String,
        #[command(flatten)]
        filters: Filters,
    },
    /// The revisions of an incident, or what changed between two of them.
    History {
        /// `12`, `#12`, or an identifier.
        id: String,
        /// Compare two revisions: OLDER NEWER.
        #[arg(long, num_args = 2, value_names = ["OLDER", "NEWER"])]
        compare: Option<Vec<u32>>,
    },
}

pub(crate) fn parse_enum<T: serde::de::DeserializeOwned>(
    s: &str,
    what: &str,
    choices: &str,
) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .map_err(|_| format!("'{s}' is not a {what}; choose one of: {choices}"))
}
fn parse_status(s: &str) -> Result<Status, String> {
    parse_enum(s, "status", "draft, verified, submitted, closed")
}
fn parse_urgency(s: &str) -> Result<Urgency, String> {
    parse_enum(s, "urgency", "routine, high, urgent")
}
fn parse_consent(s: &str) -> Result<ConsentState, String> {
    parse_enum(
        s,
        "consent state",
        "no_people, missing, internal_only, complete",
    )
}
fn parse_sort(s: &str) -> Result<search::Sort, String> {
    parse_enum(
        s,
        "sort order",
        "relevance, date_desc, date_asc, updated_desc, number_desc",
    )
}
/// Reads a JSON file, or standard input for `-` (after the passphrase line).
fn read_json_input(path: &Path) -> Result<Vec<u8>, CliError> {
    let limit = u64::try_from(interchange::MAX_BYTES).unwrap_or(u64::MAX) + 1;
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(VaultError::Io)?;
    } else {
        let file = std::fs::File::open(path).map_err(|e| {
            VaultError::InvalidInput(format!("Cannot read {}: {e}.", path.display()))
        })?;
        file.take(limit)
            .read_to_end(&mut bytes)
            .map_err(VaultError::Io)?;
    }
    Ok(bytes)
}

fn date_from_text(s: &str) -> PartialDate {
    let precision = match s.len() {
        4 => DatePrecision::Year,
        7 => DatePrecision::Month,
        _ => DatePrecision::Day,
    };
    PartialDate {
        date: s.to_owned(),
        precision,
    }
}

fn apply_fields(incident: &mut Incident, f: Fields) {
    if let Some(t) = f.title {
        incident.title = t;
    }
    if let Some(n) = f.narrative {
        incident.narrative = n;
    }
    if let Some(s) = f.start {
        incident.start = Some(date_from_text(&s));
    }
    if let Some(c) = f.country {
        incident.country = Some(c.to_uppercase());
    }
    if !f.types.is_empty() {
        incident.types = f.types;
    }
    if let Some(s) = f.status {
        incident.status = s;
    }
    if let Some(u) = f.urgency {
        incident.urgency = u;
    }
    if !f.tags.is_empty() {
        incident.tags = f.tags;
    }
}

fn query(text: String, f: Filters) -> search::Query {
    search::Query {
        text,
        types: f.types,
        countries: f.countries.into_iter().map(|c| c.to_uppercase()).collect(),
        statuses: f.statuses,
        urgencies: f.urgencies,
        consent: f.consent,
        has_un_link: f.un_link.map(|y| matches!(y, YesNo::Yes)),
        from: f.from,
        to: f.to,
        sort: f.sort,
        offset: f.offset,
        limit: f.limit,
    }
}

fn print_warnings(warnings: &[records::Warning]) {
    for w in warnings {
        eprintln!("  ! {}", w.message);
    }
}

fn date_text(d: Option<&PartialDate>) -> String {
    match d {
        None => "—".to_owned(),
        Some(d) if d.precision == DatePrecision::Approximate => format!("~{}", d.date),
        Some(d) => d.date.clone(),
    }
}

fn print_page(json: bool, page: &search::Page, offset: u32) {
    if json {
        print_json(&serde_json::json!({ "ok": true, "total": page.total, "items": page.items }));
        return;
    }
    if page.items.is_empty() {
        println!("No incidents match.");
        return;
    }
    for s in &page.items {
        println!(
            "#{:<5} {:<12} {:<2} {:<9} {:<7} {}{}",
            s.number,
            date_text(s.start.as_ref()),
            s.country.as_deref().unwrap_or("—"),
            s.status.code(),
            s.urgency.code(),
            s.title,
            if s.has_un_link { "" } else { "  [no UN link]" }
        );
    }
    let first = u64::from(offset) + 1;
    let last = u64::from(offset) + page.items.len() as u64;
    println!("Showing {first}–{last} of {}.", page.total);
}

fn print_incident(view: &records::IncidentView) {
    let i = &view.incident;
    let vocab = tadamun::vocab::vocabularies().ok();
    let label = |voc: &str, code: &str| -> String {
        vocab
            .and_then(|v| v.term(voc, code))
            .map_or_else(|| code.to_owned(), |t| t.labels.en.clone())
    };
    println!("#{}  {}", view.number, i.title);
    println!("Identifier: {}   revision {}", i.id, view.revision);
    println!(
        "Status: {}   urgency: {}",
        i.status.code(),
        i.urgency.code()
    );
    println!(
        "When: {}{}{}",
        date_text(i.start.as_ref()),
        i.end
            .as_ref()
            .map(|e| format!(" to {}", date_text(Some(e))))
            .unwrap_or_default(),
        if i.ongoing { " (ongoing)" } else { "" }
    );
    println!(
        "Where: {}{}",
        i.place
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_else(|| "—".to_owned()),
        i.country
            .as_ref()
            .map(|c| format!(", {c}"))
            .unwrap_or_default()
    );
    let types: Vec<String> = i.types.iter().map(|t| label("incident_type", t)).collect();
    println!(
        "Types: {}",
        if types.is_empty() {
            "—".to_owned()
        } else {
            types.join("; ")
        }
    );
    if !i.tags.is_empty() {
        println!("Tags: {}", i.tags.join(", "));
    }
    if !i.narrative.is_empty() {
        println!("\n{}\n", i.narrative);
    }
    let name = |id: &str| -> String {
        view.actors
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| id.to_owned(), |a| a.name.clone())
    };
    if !i.involvements.is_empty() {
        println!("People and organisations:");
        for inv in &i.involvements {
            let consent = records::validate::current_consent(i, &inv.actor_id)
                .map(|c| {
                    if c.revoked_at.is_some() {
                        "consent withdrawn".to_owned()
                    } else {
                        format!("consent level {}", c.level)
                    }
                })
                .unwrap_or_else(|| "no consent recorded".to_owned());
            println!(
                "  - {} — {} ({consent})",
                name(&inv.actor_id),
                label("role", &inv.role)
            );
        }
    }
    if !i.acts.is_empty() {
        println!("Acts:");
        for a in &i.acts {
            println!(
                "  - {} against {}{}",
                label("incident_type", &a.act_type),
                name(&a.victim_id),
                if a.case_number.is_empty() {
                    String::new()
                } else {
                    format!(" (case {})", a.case_number)
                }
            );
        }
    }
    if !i.un_links.is_empty() {
        println!("UN cooperation:");
        for l in &i.un_links {
            println!(
                "  - {}{} — {}",
                label("un_mechanism", &l.mechanism),
                if l.body.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", l.body)
                },
                label("cooperation_form", &l.form)
            );
        }
    }
    if !view.warnings.is_empty() {
        println!("Missing for a UN submission:");
        for w in &view.warnings {
            println!("  ! {}", w.message);
        }
    }
}

/// Runs an `incident` command.
pub fn run(ctx: &Ctx, cmd: IncidentCommand) -> Result<(), CliError> {
    let json = ctx.json;
    let session = ctx.unlock()?;
    let conn = session.connection()?;
    match cmd {
        IncidentCommand::Add {
            from_file: Some(path),
            ..
        } => {
            let bundle = interchange::parse(&read_json_input(&path)?)?;
            let imported = interchange::import(conn, bundle)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "imported": imported.incidents }));
            } else {
                for s in &imported.incidents {
                    println!("Added incident #{} ({})", s.number, s.id);
                    print_warnings(&s.warnings);
                }
            }
        }
        IncidentCommand::Add {
            from_file: None,
            fields,
        } => {
            let mut incident = Incident::new(records::new_id(), "");
            apply_fields(&mut incident, fields);
            let saved = records::save_incident(conn, incident, &[], None)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "saved": saved }));
            } else {
                println!("Added incident #{} ({})", saved.number, saved.id);
                print_warnings(&saved.warnings);
            }
        }
        IncidentCommand::List { filters } => {
            let offset = filters.offset;
            let mut q = query(String::new(), filters);
            if q.sort == search::Sort::Relevance {
                q.sort = search::Sort::DateDesc;
            }
            print_page(json, &search::search(conn, &q)?, offset);
        }
        IncidentCommand::Search { text, filters } => {
            let offset = filters.offset;
            print_page(json, &search::search(conn, &query(text, filters))?, offset);
        }
        IncidentCommand::Show { id, revision } => {
            let id = records::resolve_incident(conn, &id)?;
            if let Some(rev) = revision {
                let snap = history::get_revision(conn, &id, rev)?;
                if json {
                    print_json(
                        &serde_json::json!({ "ok": true, "revision": rev, "snapshot": snap }),
                    );
                } else {
                    let view = records::IncidentView {
                        incident: snap.incident,
                        actors: snap.actors,
                        number: 0,
                        revision: rev,
                        warnings: Vec::new(),
                        consent_state: ConsentState::NoPeople,
                    };
                    println!("(revision {rev})");
                    print_incident(&view);
                }
            } else if json {
                let bundle = interchange::export(conn, std::slice::from_ref(&id))?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&bundle)
                        .map_err(|e| VaultError::Database(e.to_string()))?
                );
            } else {
                print_incident(&records::get_incident(conn, &id)?);
            }
        }
        IncidentCommand::Edit {
            id,
            from_file,
            fields,
        } => {
            let id = records::resolve_incident(conn, &id)?;
            let view = records::get_incident(conn, &id)?;
            let (incident, actors) = match from_file {
                Some(path) => {
                    let bundle = interchange::parse(&read_json_input(&path)?)?;
                    let mut incidents = bundle.incidents.into_iter();
                    let (Some(incident), None) = (incidents.next(), incidents.next()) else {
                        return Err(VaultError::InvalidInput(
                            "To edit, the file must hold exactly one incident.".to_owned(),
                        )
                        .into());
                    };
                    if incident.id != id {
                        return Err(VaultError::InvalidInput(format!(
                            "The file holds incident {}, not {id}. Nothing was changed.",
                            incident.id
                        ))
                        .into());
                    }
                    (incident, bundle.actors)
                }
                None => {
                    let mut incident = view.incident.clone();
                    apply_fields(&mut incident, fields);
                    (incident, Vec::new())
                }
            };
            let saved = records::save_incident(conn, incident, &actors, Some(view.revision))?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "saved": saved }));
            } else {
                println!(
                    "Saved incident #{} (revision {})",
                    saved.number, saved.revision
                );
                print_warnings(&saved.warnings);
            }
        }
        IncidentCommand::Delete { id, yes } => {
            let id = records::resolve_incident(conn, &id)?;
            let view = records::get_incident(conn, &id)?;
            if !yes {
                confirm_typed(
                    "delete",
                    &[format!(
                        "This deletes incident #{} \"{}\" for good, with all its revisions.",
                        view.number, view.incident.title
                    )],
                    &format!("the number {}", view.number),
                    &view.number.to_string(),
                )?;
            }
            let deleted = records::delete_incident_and_files(&session, &id)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "deleted": deleted }));
            } else {
                println!(
                    "Deleted incident #{} with its {} revision(s){}.",
                    view.number,
                    deleted.revisions,
                    if deleted.actors > 0 {
                        format!(
                            " and {} actor(s) no other incident involves",
                            deleted.actors
                        )
                    } else {
                        String::new()
                    }
                );
            }
        }
        IncidentCommand::History { id, compare } => {
            let id = records::resolve_incident(conn, &id)?;
            if let Some(pair) = compare {
                let (older, newer) = match pair.as_slice() {
                    [a, b] => (*a, *b),
                    _ => return Err(CliError::Usage("--compare takes two revisions".to_owned())),
                };
                let changes = history::compare(conn, &id, older, newer)?;
                if json {
                    print_json(&serde_json::json!({ "ok": true, "changes": changes }));
                } else if changes.is_empty() {
                    println!("No differences.");
                } else {
                    for c in changes {
                        println!("{}", c.path);
                        if let Some(b) = c.before {
                            println!("  - {b}");
                        }
                        if let Some(a) = c.after {
                            println!("  + {a}");
                        }
                    }
                }
            } else {
                let revisions = history::list_revisions(conn, &id)?;
                if json {
                    print_json(&serde_json::json!({ "ok": true, "revisions": revisions }));
                } else {
                    for r in revisions {
                        println!("revision {:<4} {}  {}", r.revision, r.saved_at, r.title);
                    }
                }
            }
        }
    }
    session.lock();
    Ok(())
}

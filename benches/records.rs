//! Records at scale, Tadamun against its baseline in the same run: bulk insert, the incident
//! list and filtered full-text search on a seeded synthetic vault, first in the real encrypted
//! store, then with the same code on a plain SQLite database with the same schema; and unlock
//! at that size. `cargo bench --bench records -- [SIZE]` (default 10,000). Prints a Markdown
//! table and a JSON line (also written to target/bench-records-SIZE.json). See BENCHMARKS.md.
// A benchmark reports failure by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tadamun::keys::KdfPolicy;
use tadamun::records::search::{Query, Sort};
use tadamun::records::{self, interchange, DatePrecision, PartialDate, Status, Urgency};
use tadamun::secrecy::SecretString;

mod common;

const LATIN: &[&str] = &[
    "bateau",
    "capitaine",
    "détenu",
    "tribunal",
    "ministère",
    "sauvetage",
    "port",
    "inspection",
    "garde-côtes",
    "association",
    "financement",
    "compte",
    "banque",
    "menaces",
    "procès",
    "rescue",
    "vessel",
    "captain",
    "detained",
    "court",
    "charges",
    "funding",
    "frozen",
    "account",
    "travel",
    "ban",
    "council",
    "session",
    "testimony",
    "smear",
    "campaign",
    "volunteers",
    "expelled",
    "border",
    "water",
    "food",
    "lawyer",
    "office",
    "raid",
    "seized",
    "laptops",
    "police",
    "hearing",
    "appeal",
    "acquitted",
    "convicted",
    "fine",
    "aircraft",
    "crew",
    "harbour",
    "asilo",
    "migrantes",
    "defensora",
    "amenazas",
    "juicio",
    "organización",
];
const ARABIC: &[&str] = &[
    "المدافع",
    "السفر",
    "جنيف",
    "شهادته",
    "المجلس",
    "الشرطة",
    "المحكمة",
    "الجمعية",
    "التمويل",
    "الحساب",
    "المصرف",
    "تهديدات",
    "الاحتجاز",
    "المحامي",
    "سفينة",
    "الإنقاذ",
    "الميناء",
];
const TYPES: &[&str] = &[
    "travel_ban",
    "threats",
    "smear_campaign",
    "surveillance",
    "detention",
    "arbitrary_arrest",
    "investigation_prosecution",
    "facilitation_charge",
    "asset_freeze",
    "vessel_administrative_detention",
    "port_denied",
    "foreign_funding_restriction",
    "bank_derisking",
    "raid_seizure",
];
const COUNTRIES: &[&str] = &[
    "IT", "GR", "MT", "ES", "FR", "LY", "TN", "EG", "HU", "PL", "TR", "LB",
];

/// A vocabulary of 20,000 made-up words (syllables; some with accents) whose frequencies
/// follow Zipf's law like real text, so searches hit realistic numbers of incidents.
struct Vocabulary {
    words: Vec<String>,
    cumulative: Vec<f64>,
}

impl Vocabulary {
    fn new(rng: &mut StdRng) -> Self {
        const SYLLABLES: &[&str] = &[
            "ba", "ri", "mo", "té", "la", "sa", "ne", "ko", "dé", "ra", "ma", "lu", "vi", "ço",
            "ta", "ni", "po", "ré", "su", "ga", "fi", "do", "ñu", "ke", "zo", "hi", "me", "pa",
        ];
        let mut words: Vec<String> = LATIN
            .iter()
            .chain(ARABIC)
            .map(|w| (*w).to_owned())
            .collect();
        while words.len() < 20_000 {
            let n = rng.gen_range(2..5);
            let w: String = (0..n)
                .map(|_| SYLLABLES[rng.gen_range(0..SYLLABLES.len())])
                .collect();
            words.push(w);
        }
        let mut total = 0.0;
        let cumulative = (0..words.len())
            .map(|i| {
                total += 1.0 / (i as f64 + 1.0);
                total
            })
            .collect();
        Self { words, cumulative }
    }

    fn sample(&self, rng: &mut StdRng) -> &str {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.gen_range(0.0..total);
        let i = self.cumulative.partition_point(|c| *c < x);
        &self.words[i.min(self.words.len() - 1)]
    }

    fn text(&self, rng: &mut StdRng, n: usize) -> String {
        (0..n)
            .map(|_| self.sample(rng))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn bundle(rng: &mut StdRng, vocab: &Vocabulary, from: usize, n: usize) -> interchange::Bundle {
    let mut incidents = Vec::with_capacity(n);
    let mut actors = Vec::new();
    for i in from..from + n {
        let mut actor = None;
        let id = format!("inc-{i}");
        let mut inc = records::Incident {
            id: id.clone(),
            title: vocab.text(rng, 6),
            narrative: vocab.text(rng, 180),
            start: Some(PartialDate {
                date: format!(
                    "{}-{:02}-{:02}",
                    rng.gen_range(2015..2027),
                    rng.gen_range(1..13),
                    rng.gen_range(1..29)
                ),
                precision: DatePrecision::Day,
            }),
            ongoing: rng.gen_bool(0.1),
            country: Some(COUNTRIES[rng.gen_range(0..COUNTRIES.len())].to_owned()),
            status: [
                Status::Draft,
                Status::Verified,
                Status::Submitted,
                Status::Closed,
            ][rng.gen_range(0..4)],
            urgency: [Urgency::Routine, Urgency::High, Urgency::Urgent][rng.gen_range(0..3)],
            types: vec![TYPES[rng.gen_range(0..TYPES.len())].to_owned()],
            created_at: "2026-01-01T00:00:00Z".to_owned(),
            updated_at: "2026-01-01T00:00:00Z".to_owned(),
            ..records::Incident::new(String::new(), String::new())
        };
        if rng.gen_bool(0.5) {
            inc.un_links.push(records::UnLink {
                mechanism: "special_procedure".to_owned(),
                body: "SR HRDs".to_owned(),
                form: "communication".to_owned(),
                date: None,
                reference: String::new(),
            });
        }
        // Actors shared across incidents: one of 2,000 people per incident.
        let who = rng.gen_range(0..2000);
        let actor_id = format!("person-{who}");
        inc.involvements.push(records::Involvement {
            actor_id: actor_id.clone(),
            role: "victim".to_owned(),
            state_link: None,
            description: String::new(),
        });
        if !actors.iter().any(|a: &records::Actor| a.id == actor_id) {
            actor = Some(records::Actor {
                created_at: "2026-01-01T00:00:00Z".to_owned(),
                updated_at: "2026-01-01T00:00:00Z".to_owned(),
                ..records::Actor::new(
                    actor_id,
                    records::ActorKind::Person,
                    format!("Person {who} {}", vocab.words[who % vocab.words.len()]),
                )
            });
        }
        actors.extend(actor);
        incidents.push(inc);
    }
    interchange::Bundle {
        format: interchange::FORMAT.to_owned(),
        version: 1,
        actors,
        incidents,
    }
}

fn percentile(samples: &[Duration], p: f64) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// What one store measured.
struct Figures {
    insert: Duration,
    list: Vec<Duration>,
    search: Vec<Duration>,
    hits: u64,
}

/// Fills `conn` with `size` seeded incidents through the core's import, then times the list
/// and 200 searches. The same seed gives both stores the same data and queries.
fn measure(conn: &rusqlite::Connection, size: usize) -> Figures {
    let mut rng = StdRng::seed_from_u64(42);
    let vocab = Vocabulary::new(&mut rng);
    let started = Instant::now();
    let batch = 1000;
    let mut done = 0;
    while done < size {
        let n = batch.min(size - done);
        interchange::import(conn, bundle(&mut rng, &vocab, done, n)).unwrap();
        done += n;
    }
    let insert = started.elapsed();
    let mut list = Vec::new();
    let mut search = Vec::new();
    let mut hits = 0u64;
    for i in 0..200 {
        let t = Instant::now();
        let page = records::search::search(
            conn,
            &Query {
                sort: Sort::DateDesc,
                limit: 50,
                ..Default::default()
            },
        )
        .unwrap();
        list.push(t.elapsed());
        assert_eq!(page.items.len(), 50.min(size));
        // Two words of the kind people search for: neither the commonest nor hapaxes.
        let a = &vocab.words[100 + (i * 37) % 2000];
        let b = &vocab.words[50 + (i * 11) % 500];
        let t = Instant::now();
        let page = records::search::search(
            conn,
            &Query {
                text: format!("{a} {b}"),
                countries: vec![COUNTRIES[i % COUNTRIES.len()].to_owned()],
                sort: Sort::DateDesc,
                limit: 50,
                ..Default::default()
            },
        )
        .unwrap();
        search.push(t.elapsed());
        hits += page.total;
    }
    Figures {
        insert,
        list,
        search,
        hits: hits / 200,
    }
}

fn main() {
    let size: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    // TADAMUN_BENCH_VAULT=DIR keeps the encrypted vault (passphrase below) for the desktop
    // app's measurements (scripts/bench-app.sh).
    let dir = std::env::var_os("TADAMUN_BENCH_VAULT")
        .map_or_else(|| tmp.path().join("vault"), std::path::PathBuf::from);
    let passphrase = SecretString::from(common::PASSPHRASE.to_owned());
    let created =
        tadamun::vault::create(&dir, &passphrase, KdfPolicy::insecure_fast_for_tests()).unwrap();
    let tadamun = measure(created.session.connection().unwrap(), size);
    created.session.lock();

    let plain_path = tmp.path().join("baseline.sqlite");
    let plain_conn = tadamun::store::open_unencrypted_baseline(&plain_path).unwrap();
    let plain = measure(&plain_conn, size);
    drop(plain_conn);

    // Unlock at this size: everything after the key derivation (median of 5), and the
    // derivation itself at the calibrated work factor (on a separate, empty vault).
    let mut after_kdf = Vec::new();
    for _ in 0..5 {
        let s = tadamun::vault::unlock_with_passphrase(&dir, &passphrase).unwrap();
        after_kdf.push(s.unlock_timings().unwrap().after_kdf);
        s.lock();
    }
    let kdf_dir = tmp.path().join("calibrated");
    let policy = KdfPolicy::calibrated();
    tadamun::vault::create(&kdf_dir, &passphrase, policy)
        .unwrap()
        .session
        .lock();
    let s = tadamun::vault::unlock_with_passphrase(&kdf_dir, &passphrase).unwrap();
    let kdf = s.unlock_timings().unwrap().kdf;
    s.lock();

    let size_db = std::fs::metadata(dir.join("store.db"))
        .map(|m| m.len())
        .unwrap_or(0);
    let size_plain = std::fs::metadata(&plain_path).map(|m| m.len()).unwrap_or(0);
    let rows = [
        (
            "bulk insert (import, 1,000 per transaction), total s",
            tadamun.insert.as_secs_f64(),
            plain.insert.as_secs_f64(),
        ),
        (
            "incident list, first page by date, p50 ms",
            ms(percentile(&tadamun.list, 0.5)),
            ms(percentile(&plain.list, 0.5)),
        ),
        (
            "incident list, first page by date, p95 ms",
            ms(percentile(&tadamun.list, 0.95)),
            ms(percentile(&plain.list, 0.95)),
        ),
        (
            "two-word search + country filter, p50 ms",
            ms(percentile(&tadamun.search, 0.5)),
            ms(percentile(&plain.search, 0.5)),
        ),
        (
            "two-word search + country filter, p95 ms",
            ms(percentile(&tadamun.search, 0.95)),
            ms(percentile(&plain.search, 0.95)),
        ),
        (
            "database size, MiB",
            size_db as f64 / 1048576.0,
            size_plain as f64 / 1048576.0,
        ),
    ];
    println!("| figure at {size} incidents | Tadamun (SQLCipher) | baseline (plain SQLite, same schema) | ratio |");
    println!("|---|---|---|---|");
    let mut json_rows = Vec::new();
    for (name, t, b) in rows {
        let ratio = if b > 0.0 { t / b } else { 0.0 };
        println!("| {name} | {t:.2} | {b:.2} | {ratio:.2}× |");
        json_rows.push(
            serde_json::json!({ "figure": name, "tadamun": t, "baseline": b, "ratio": ratio }),
        );
    }
    println!(
        "| unlock: key derivation (scrypt 2^{}), ms | {:.0} | — | |",
        policy.log_n(),
        ms(kdf)
    );
    println!(
        "| unlock: everything after it, median of 5, ms | {:.1} | — | |",
        ms(percentile(&after_kdf, 0.5))
    );
    println!(
        "| insert throughput, incidents/s | {:.0} | {:.0} | |",
        size as f64 / tadamun.insert.as_secs_f64(),
        size as f64 / plain.insert.as_secs_f64()
    );
    println!("| mean search hits | {} | {} | |", tadamun.hits, plain.hits);
    let json = serde_json::json!({
        "size": size,
        "figures": json_rows,
        "unlock_kdf_ms": ms(kdf),
        "unlock_kdf_log_n": policy.log_n(),
        "unlock_after_kdf_ms": ms(percentile(&after_kdf, 0.5)),
    });
    println!("\n{json}");
    let _ = std::fs::create_dir_all("target");
    let _ = std::fs::write(
        format!("target/bench-records-{size}.json"),
        json.to_string(),
    );
}

//! Records at scale: bulk insert, the incident list and filtered full-text search on a
//! synthetic vault. `cargo bench --bench records -- [SIZE]` (default 10,000).
//! The generator is seeded, so every run measures the same vault.
// A benchmark reports failure by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use tadamun::keys::KdfPolicy;
use tadamun::records::search::{Query, Sort};
use tadamun::records::{self, interchange, DatePrecision, PartialDate, Status, Urgency};
use tadamun::secrecy::SecretString;

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
            end: None,
            ongoing: rng.gen_bool(0.1),
            place: None,
            country: Some(COUNTRIES[rng.gen_range(0..COUNTRIES.len())].to_owned()),
            status: [
                Status::Draft,
                Status::Verified,
                Status::Submitted,
                Status::Closed,
            ][rng.gen_range(0..4)],
            urgency: [Urgency::Routine, Urgency::High, Urgency::Urgent][rng.gen_range(0..3)],
            types: vec![TYPES[rng.gen_range(0..TYPES.len())].to_owned()],
            tags: Vec::new(),
            current_situation: String::new(),
            domestic_remedies: String::new(),
            internal_notes: String::new(),
            involvements: Vec::new(),
            acts: Vec::new(),
            un_links: Vec::new(),
            un_raised: None,
            un_raised_reference: String::new(),
            consent: Vec::new(),
            sources: Vec::new(),
            submissions: Vec::new(),
            confidential: Vec::new(),
            created_at: "2026-01-01T00:00:00Z".to_owned(),
            updated_at: "2026-01-01T00:00:00Z".to_owned(),
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
                id: actor_id,
                kind: records::ActorKind::Person,
                name: format!("Person {who} {}", vocab.sample(rng)),
                other_names: Vec::new(),
                gender: String::new(),
                age: None,
                birth_year: None,
                nationality: None,
                occupation: String::new(),
                work: String::new(),
                flag_state: None,
                registration: String::new(),
                contact: String::new(),
                confidential: Vec::new(),
                created_at: "2026-01-01T00:00:00Z".to_owned(),
                updated_at: "2026-01-01T00:00:00Z".to_owned(),
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

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn main() {
    let size: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = tadamun::vault::create(
        &dir,
        &SecretString::from("bench passphrase lantern gravel".to_owned()),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap();
    let session = created.session;
    let conn = session.connection().unwrap();
    let mut rng = StdRng::seed_from_u64(42);
    let vocab = Vocabulary::new(&mut rng);

    let started = Instant::now();
    let batch = 1000;
    let mut done = 0;
    while done < size {
        let n = batch.min(size - done);
        let b = bundle(&mut rng, &vocab, done, n);
        interchange::import(conn, b).unwrap();
        done += n;
    }
    let insert = started.elapsed();
    let optimise = std::env::var_os("TADAMUN_BENCH_OPTIMIZE").is_some();
    let started = Instant::now();
    if optimise {
        conn.execute(
            "INSERT INTO incident_fts (incident_fts) VALUES ('optimize')",
            [],
        )
        .unwrap();
    }
    let optimize_time = started.elapsed();

    let mut list = Vec::new();
    let mut searches = Vec::new();
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
        searches.push(t.elapsed());
        hits += page.total;
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| figure ({size} incidents) | value |");
    println!("|---|---|");
    println!(
        "| bulk insert (import, 1,000 per transaction) | {:.1} s ({:.0} incidents/s) |",
        insert.as_secs_f64(),
        size as f64 / insert.as_secs_f64()
    );
    println!(
        "| list, first page by date: p50 / p95 | {:.2} ms / {:.2} ms |",
        ms(percentile(&mut list, 0.5)),
        ms(percentile(&mut list, 0.95))
    );
    println!("| two-word search + country filter, first page by date: p50 / p95 | {:.2} ms / {:.2} ms (mean {} hits) |", ms(percentile(&mut searches, 0.5)), ms(percentile(&mut searches, 0.95)), hits / 200);
    if optimise {
        println!(
            "| search index optimize | {:.1} s |",
            optimize_time.as_secs_f64()
        );
    }
    let size_db = std::fs::metadata(dir.join("store.db"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("| store.db size | {:.1} MiB |", size_db as f64 / 1048576.0);
}

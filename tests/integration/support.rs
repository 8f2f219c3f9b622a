//! Shared helpers: a real vault in a temp folder, file snapshots, byte flips.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tadamun::keys::{KdfPolicy, RecoveryKey};
use tadamun::secrecy::{ExposeSecret, SecretString};
use tadamun::vault::{self, Session};

pub const PASSPHRASE: &str = "lantern orchard gravel mosaic";

pub fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

pub struct TestVault {
    pub _tmp: tempfile::TempDir,
    pub dir: PathBuf,
    pub recovery: String,
}

impl TestVault {
    pub fn recovery_key(&self) -> RecoveryKey {
        RecoveryKey::parse(&self.recovery).unwrap()
    }
}

/// Creates a vault (cheap scrypt) and returns it with its open session.
pub fn new_vault() -> (TestVault, Session) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    let created = vault::create(
        &dir,
        &secret(PASSPHRASE),
        KdfPolicy::insecure_fast_for_tests(),
    )
    .unwrap();
    let recovery = created
        .recovery_key
        .expose_secret_text()
        .expose_secret()
        .to_owned();
    (
        TestVault {
            _tmp: tmp,
            dir,
            recovery,
        },
        created.session,
    )
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

pub fn flip_byte(path: &Path, offset: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[offset] ^= 0x5a;
    std::fs::write(path, bytes).unwrap();
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Stores a recognisable piece of text in the vault, as records will be.
pub fn store_text(session: &Session, key: &str, text: &str) {
    session
        .connection()
        .unwrap()
        .execute(
            "INSERT INTO vault_settings (key, value) VALUES (?1, ?2)",
            (key, text),
        )
        .unwrap();
}

pub fn read_text(session: &Session, key: &str) -> Option<String> {
    session
        .connection()
        .unwrap()
        .query_row(
            "SELECT value FROM vault_settings WHERE key = ?1",
            [key],
            |r| r.get(0),
        )
        .ok()
}

use tadamun::records::{
    Actor, ActorKind, ConsentGiver, ConsentMethod, ConsentRecord, DatePrecision, Incident,
    Involvement, PartialDate,
};

/// An incident with only a title, an id, a narrative and a start date.
pub fn incident(title: &str, narrative: &str) -> Incident {
    let mut inc = Incident::new(tadamun::records::new_id(), title);
    inc.narrative = narrative.to_owned();
    inc.start = Some(PartialDate {
        date: "2025-03-14".to_owned(),
        precision: DatePrecision::Day,
    });
    inc.country = Some("IT".to_owned());
    inc.types = vec!["travel_ban".to_owned()];
    inc
}

/// A person actor.
pub fn person(name: &str) -> Actor {
    Actor::new(tadamun::records::new_id(), ActorKind::Person, name)
}

pub fn involve(incident: &mut Incident, actor: &Actor, role: &str) {
    incident.involvements.push(Involvement {
        actor_id: actor.id.clone(),
        role: role.to_owned(),
        state_link: None,
        description: String::new(),
    });
}

pub fn consent(actor: &Actor, level: u8) -> ConsentRecord {
    ConsentRecord {
        actor_id: actor.id.clone(),
        level,
        name_form: None,
        anonymous_description: String::new(),
        given_by: ConsentGiver::Person,
        risks_explained: true,
        date: "2025-04-01".to_owned(),
        method: ConsentMethod::Written,
        recorded_by: "case officer".to_owned(),
        purpose: "UN reprisals submission".to_owned(),
        revoked_at: None,
        unconfirmed_import: false,
    }
}

/// Runs a search with only text.
pub fn find(session: &Session, text: &str) -> Vec<String> {
    let q = tadamun::records::search::Query {
        text: text.to_owned(),
        limit: 500,
        ..Default::default()
    };
    tadamun::records::search::search(session.connection().unwrap(), &q)
        .unwrap()
        .items
        .into_iter()
        .map(|s| s.id)
        .collect()
}

pub fn count(session: &Session, sql: &str) -> i64 {
    session
        .connection()
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

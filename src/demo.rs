//! The demonstration vault: a dozen realistic, entirely fictional cases, so that a newcomer
//! sees the app working within a minute and screenshots show real screens.
//!
//! A demo vault is an ordinary encrypted vault with a passphrase everyone knows (it is printed
//! in the app and the README), marked by a `DEMO` file that the app shows on every screen.
//! Nothing real belongs in it.

use std::path::Path;

use crate::error::Result;
use crate::keys::KdfPolicy;
use crate::records::interchange;
use crate::secrecy::SecretString;
use crate::vault::{self, Created, DEMO_FILE};

/// The passphrase of every demo vault. Not a secret: the vault holds only fictional cases.
pub const DEMO_PASSPHRASE: &str = "demo vault with fictional cases only";

const DEMO_CASES: &str = include_str!("../data/demo/incidents.json");

const DEMO_NOTE: &str = "This is a DEMO vault: every case in it is fictional, and its passphrase \
is public (\"demo vault with fictional cases only\"). Do not record real cases here: erase it \
and create your own vault.\n";

/// Creates a demo vault in `dir` and fills it with the fictional cases. On failure nothing is
/// left behind.
pub fn create(dir: &Path, policy: KdfPolicy) -> Result<Created> {
    let created = vault::create(dir, &SecretString::from(DEMO_PASSPHRASE.to_owned()), policy)?;
    let result = (|| {
        crate::fsutil::atomic_write(&dir.join(DEMO_FILE), DEMO_NOTE.as_bytes())?;
        let conn = created.session.connection()?;
        let bundle = interchange::parse(DEMO_CASES.as_bytes())?;
        interchange::import(conn, bundle)?;
        crate::audit::append(conn, "demo_cases_loaded", &serde_json::json!({}))?;
        Ok(())
    })();
    match result {
        Ok(()) => Ok(created),
        Err(e) => {
            created.session.lock();
            let _ = vault::erase(dir);
            Err(e)
        }
    }
}

/// The demo cases as an interchange bundle (for tests and benchmarks).
pub fn cases() -> Result<interchange::Bundle> {
    interchange::parse(DEMO_CASES.as_bytes())
}

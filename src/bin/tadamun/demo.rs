//! `tadamun demo`: a vault of fictional cases, for trying the app and for training.

use tadamun::keys::KdfPolicy;
use tadamun::records;

use crate::common::{print_json, CliError, Ctx};

/// `tadamun demo`: creates a demo vault with fictional cases.
pub fn run(ctx: &Ctx) -> Result<(), CliError> {
    let (dir, json) = (&ctx.dir, ctx.json);
    if !json {
        eprintln!(
            "Creating a demo vault with fictional cases in {}…",
            dir.display()
        );
    }
    let created = tadamun::demo::create(dir, KdfPolicy::calibrated())?;
    let cases = records::count_incidents(created.session.connection()?)?;
    created.session.lock();
    if json {
        print_json(&serde_json::json!({
            "ok": true,
            "location": dir,
            "cases": cases,
            "passphrase": tadamun::demo::DEMO_PASSPHRASE,
        }));
    } else {
        println!(
            "Demo vault created in {} with {cases} fictional cases.",
            dir.display()
        );
        println!(
            "Its passphrase is public: {}",
            tadamun::demo::DEMO_PASSPHRASE
        );
        println!("Do not record real cases in it.");
    }
    Ok(())
}

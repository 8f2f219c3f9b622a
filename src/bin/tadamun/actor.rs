//! `tadamun actor …`: the people, organisations, vessels and State bodies in the records.

use clap::Subcommand;
use tadamun::records::{self, ActorKind};

use crate::common::{print_json, CliError, Ctx};

#[derive(Subcommand)]
pub enum ActorCommand {
    /// List actors by name, with the incidents they appear in.
    List {
        /// Only this kind: person, organisation, vessel, aircraft, state_body.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<ActorKind>,
    },
    /// Show one actor.
    Show {
        /// The actor's identifier.
        id: String,
    },
}

fn parse_kind(s: &str) -> Result<ActorKind, String> {
    crate::incident::parse_enum(
        s,
        "kind",
        "person, organisation, vessel, aircraft, state_body",
    )
}

/// Runs an `actor` command.
pub fn run(ctx: &Ctx, cmd: ActorCommand) -> Result<(), CliError> {
    let json = ctx.json;
    let session = ctx.unlock()?;
    let conn = session.connection()?;
    match cmd {
        ActorCommand::List { kind } => {
            let actors = records::list_actors(conn, kind)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "actors": actors }));
            } else if actors.is_empty() {
                println!("No actors recorded.");
            } else {
                for a in actors {
                    let numbers: Vec<String> = a
                        .incidents
                        .iter()
                        .map(|i| format!("#{}", i.number))
                        .collect();
                    println!(
                        "{:<13} {:<36} {}  [{}]",
                        a.actor.kind.code(),
                        a.actor.id,
                        a.actor.name,
                        numbers.join(" ")
                    );
                }
            }
        }
        ActorCommand::Show { id } => {
            let a = records::get_actor(conn, &id)?;
            if json {
                print_json(&serde_json::json!({ "ok": true, "actor": a }));
            } else {
                println!("{} ({})", a.actor.name, a.actor.kind.code());
                if !a.actor.other_names.is_empty() {
                    println!("Other names: {}", a.actor.other_names.join("; "));
                }
                for (label, value) in [
                    ("Occupation", &a.actor.occupation),
                    ("Work", &a.actor.work),
                    ("Registration", &a.actor.registration),
                ] {
                    if !value.is_empty() {
                        println!("{label}: {value}");
                    }
                }
                if let Some(n) = &a.actor.nationality {
                    println!("Nationality/country: {n}");
                }
                if !a.actor.contact.is_empty() {
                    println!("Contact (confidential): {}", a.actor.contact);
                }
                println!("Appears in:");
                for i in a.incidents {
                    println!("  #{} {} — {}", i.number, i.title, i.roles.join(", "));
                }
            }
        }
    }
    session.lock();
    Ok(())
}

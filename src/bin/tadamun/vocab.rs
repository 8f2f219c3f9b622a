//! `tadamun vocab list`: the controlled vocabularies (needs no vault).

use clap::Subcommand;
use tadamun::VaultError;

use crate::common::{print_json, CliError};

#[derive(Subcommand)]
pub enum VocabCommand {
    /// List the terms: code, source taxonomy (and HURIDOCS code), label.
    List {
        /// Only this vocabulary (incident_type, un_mechanism, role, …); all when omitted.
        #[arg(long)]
        vocabulary: Option<String>,
        /// Label language: en, fr, es, ar, ru or zh.
        #[arg(long, default_value = "en", value_parser = ["en", "fr", "es", "ar", "ru", "zh"])]
        language: String,
    },
}

/// Runs a `vocab` command.
pub fn run(json: bool, cmd: VocabCommand) -> Result<(), CliError> {
    match cmd {
        VocabCommand::List {
            vocabulary,
            language,
        } => list(json, vocabulary.as_deref(), &language),
    }
}

fn list(json: bool, only: Option<&str>, language: &str) -> Result<(), CliError> {
    let all = tadamun::vocab::vocabularies()?;
    let selected: Vec<(&String, &Vec<tadamun::vocab::Term>)> = all
        .vocabularies
        .iter()
        .filter(|(name, _)| only.is_none_or(|o| o == name.as_str()))
        .collect();
    if selected.is_empty() {
        let names: Vec<&str> = all.vocabularies.keys().map(String::as_str).collect();
        return Err(VaultError::InvalidInput(format!(
            "There is no vocabulary called {:?}. Choose one of: {}.",
            only.unwrap_or_default(),
            names.join(", ")
        ))
        .into());
    }
    if json {
        let out: serde_json::Map<String, serde_json::Value> = selected
            .iter()
            .map(|(name, terms)| {
                let terms: Vec<serde_json::Value> = terms
                    .iter()
                    .map(|t| {
                        serde_json::json!({
                            "code": t.code,
                            "group": t.group,
                            "source": t.source,
                            "source_code": t.source_code,
                            "label": t.labels.get(language),
                        })
                    })
                    .collect();
                ((*name).clone(), serde_json::Value::Array(terms))
            })
            .collect();
        print_json(
            &serde_json::json!({ "ok": true, "version": all.version, "language": language, "vocabularies": out }),
        );
    } else {
        for (name, terms) in selected {
            println!("{name}");
            for t in terms {
                let source = match &t.source_code {
                    Some(code) => format!("{}:{code}", t.source),
                    None => t.source.clone(),
                };
                println!("  {:<40} {:<22} {}", t.code, source, t.labels.get(language));
            }
        }
    }
    Ok(())
}

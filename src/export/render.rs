//! The writers. Each takes only what the sanitiser built ([`SanitisedReport`] or
//! [`CoverSheet`]) and returns bytes in memory; nothing here touches the disk.
//!
//! Documents carry no author, creator, producer, timestamps or revision history: the DOCX is
//! re-packed with fixed zip dates and empty document properties, and the PDF is written
//! fresh by typst with no creator and no date.

use std::io::{Cursor, Read, Write};

use serde::Serialize;

use super::layout::{cover_blocks, report_blocks};
use super::profile::Profile;
use super::sanitise::{Clean, CoverSheet, SanitisedReport};
use super::types::{Block, BlockKind};
use crate::{Result, VaultError};

/// What a document writer lays out: a report, or its cover sheet.
#[derive(Clone, Copy)]
pub(crate) enum Source<'a> {
    /// The report, for this profile.
    Report(&'a SanitisedReport, &'a Profile),
    /// The confidential cover sheet.
    Cover(&'a CoverSheet),
}

impl Source<'_> {
    fn blocks(self) -> Result<Vec<Block>> {
        match self {
            Source::Report(r, p) => report_blocks(r, p),
            Source::Cover(c) => cover_blocks(c),
        }
    }

    fn language(self) -> &'static str {
        let l = match self {
            Source::Report(r, _) => r.language.as_str(),
            Source::Cover(c) => c.language.as_str(),
        };
        super::profile::REPORT_LANGUAGES
            .into_iter()
            .find(|&known| known == l)
            .unwrap_or("en")
    }
}

fn failed(what: &str, e: impl std::fmt::Display) -> VaultError {
    VaultError::InvalidInput(format!(
        "Tadamun could not write the {what} ({e}). Nothing was written."
    ))
}

/// The JSON of a report or cover sheet (`docs/submission.md`).
pub(crate) fn json<T: Serialize>(value: &T) -> Result<Vec<u8>> {
    let mut out = serde_json::to_vec_pretty(value).map_err(|e| failed("JSON", e))?;
    out.push(b'\n');
    Ok(out)
}

/// A spreadsheet cell that cannot be run as a formula (CSV injection).
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn write_csv(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(header).map_err(|e| failed("CSV", e))?;
    for row in rows {
        w.write_record(row.iter().map(|c| cell(c)))
            .map_err(|e| failed("CSV", e))?;
    }
    let mut bytes = w.into_inner().map_err(|e| failed("CSV", e))?;
    // A byte-order mark so spreadsheet programs read the file as UTF-8 (Arabic, accents).
    bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
    Ok(bytes)
}

fn join<'a>(items: impl Iterator<Item = &'a str>, sep: &str) -> String {
    items
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

fn opt(c: Option<&super::sanitise::Clean>) -> String {
    c.map(|c| c.as_str().to_owned()).unwrap_or_default()
}

fn date(d: Option<&super::sanitise::DateOut>) -> String {
    d.map(|d| d.date.clone()).unwrap_or_default()
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}

/// The columns of the CSV export, each with the field of the UN submission it belongs to
/// (`""`: every report has it). A column whose field the profile does not carry is not
/// written.
pub(crate) const CSV_COLUMNS: &[(&str, &str)] = &[
    ("case", ""),
    ("title", ""),
    ("types", "act_types"),
    ("start", "dates_place_account"),
    ("end", "dates_place_account"),
    ("ongoing", "dates_place_account"),
    ("place", "dates_place_account"),
    ("country", "dates_place_account"),
    ("urgency", "urgency"),
    ("victims", "victims"),
    ("alleged_perpetrators", "perpetrators"),
    ("others", ""),
    ("account", "dates_place_account"),
    ("current_situation", "dates_place_account"),
    ("domestic_remedies", "domestic_remedies"),
    ("acts", "act_types"),
    ("un_cooperation", "un_link"),
    ("un_raised", "already_raised"),
    ("un_raised_reference", "already_raised"),
    ("consent", "consent"),
];

/// The columns of the Uwazi CSV export, like [`CSV_COLUMNS`].
pub(crate) const UWAZI_COLUMNS: &[(&str, &str)] = &[
    ("title", ""),
    ("case_number", ""),
    ("incident_date", "dates_place_account"),
    ("date_as_known", "dates_place_account"),
    ("country", "dates_place_account"),
    ("incident_types", "act_types"),
    ("urgency", "urgency"),
    ("victims", "victims"),
    ("alleged_perpetrators", "perpetrators"),
    ("un_mechanisms", "un_link"),
    ("un_cooperation", "un_link"),
    ("already_raised_by_un", "already_raised"),
    ("account", "dates_place_account"),
    ("current_situation", "dates_place_account"),
    ("domestic_remedies", "domestic_remedies"),
    ("legal_basis", "legal_basis"),
    ("consent", "consent"),
];

/// The names of the columns of `columns` that a report carrying `fields` has.
pub(crate) fn carried_columns<'a>(columns: &[(&'a str, &str)], fields: &[String]) -> Vec<&'a str> {
    columns
        .iter()
        .filter(|(_, field)| field.is_empty() || fields.iter().any(|f| f == field))
        .map(|(name, _)| *name)
        .collect()
}

/// Writes the columns the report carries, and only them.
fn write_columns(
    report: &SanitisedReport,
    columns: &[(&str, &str)],
    rows: &[Vec<String>],
) -> Result<Vec<u8>> {
    let keep: Vec<bool> = columns
        .iter()
        .map(|(_, field)| field.is_empty() || report.fields.iter().any(|f| f == field))
        .collect();
    let header = carried_columns(columns, &report.fields);
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(v, _)| v.clone())
                .collect()
        })
        .collect();
    write_csv(&header, &rows)
}

/// One row per case, with stable English column names (documented in `docs/submission.md`).
pub(crate) fn csv(report: &SanitisedReport) -> Result<Vec<u8>> {
    let header = CSV_COLUMNS;
    let rows: Vec<Vec<String>> = report
        .cases
        .iter()
        .map(|c| {
            let people = |f: &dyn Fn(&super::sanitise::PersonOut) -> bool| {
                join(
                    c.people.iter().filter(|p| f(p)).map(|p| p.label.as_str()),
                    "; ",
                )
            };
            let has = |p: &super::sanitise::PersonOut, r: &str| p.roles.iter().any(|x| x.code == r);
            vec![
                c.number.to_string(),
                c.title.as_str().to_owned(),
                join(c.types.iter().map(|t| t.label.as_str()), "; "),
                date(c.start.as_ref()),
                date(c.end.as_ref()),
                if c.ongoing { "yes" } else { "no" }.to_owned(),
                opt(c.place.as_ref()),
                c.country
                    .as_ref()
                    .map(|x| x.code.clone())
                    .unwrap_or_default(),
                c.urgency.clone().unwrap_or_default(),
                people(&|p| has(p, "victim")),
                people(&|p| has(p, "alleged_perpetrator")),
                people(&|p| !has(p, "victim") && !has(p, "alleged_perpetrator")),
                opt(c.narrative.as_ref()),
                opt(c.current_situation.as_ref()),
                opt(c.domestic_remedies.as_ref()),
                c.acts
                    .iter()
                    .map(|a| {
                        format!(
                            "{} — {} {}",
                            a.act_type.label,
                            a.victim.as_str(),
                            date(a.date.as_ref())
                        )
                        .trim()
                        .to_owned()
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                c.un_links
                    .iter()
                    .map(|l| {
                        join(
                            [
                                l.mechanism.label.as_str(),
                                l.body.as_ref().map_or("", |b| b.as_str()),
                                l.form.label.as_str(),
                                l.date.as_ref().map_or("", |d| d.date.as_str()),
                                l.reference.as_ref().map_or("", |r| r.as_str()),
                            ]
                            .into_iter(),
                            ", ",
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                yes_no(c.un_raised).to_owned(),
                opt(c.un_raised_reference.as_ref()),
                c.consent
                    .iter()
                    .map(|x| format!("{}: {}", x.person.as_str(), x.level))
                    .collect::<Vec<_>>()
                    .join("; "),
            ]
        })
        .collect();
    write_columns(report, header, &rows)
}

/// One row per case in the form Uwazi's CSV import reads: property names as column headers,
/// `title` first, several values separated by `|`, dates as `YYYY/MM/DD`. The Uwazi template
/// to create (property names and types) is in `docs/submission.md`.
pub(crate) fn uwazi_csv(report: &SanitisedReport) -> Result<Vec<u8>> {
    let header = UWAZI_COLUMNS;
    let uwazi_date = |d: Option<&super::sanitise::DateOut>| {
        d.map(|d| {
            let mut parts: Vec<&str> = d.date.split('-').collect();
            while parts.len() < 3 {
                parts.push("01");
            }
            parts.join("/")
        })
        .unwrap_or_default()
    };
    let rows: Vec<Vec<String>> = report
        .cases
        .iter()
        .map(|c| {
            let has = |p: &super::sanitise::PersonOut, r: &str| p.roles.iter().any(|x| x.code == r);
            vec![
                c.title.as_str().to_owned(),
                c.number.to_string(),
                uwazi_date(c.start.as_ref()),
                date(c.start.as_ref()),
                c.country
                    .as_ref()
                    .map(|x| x.name.clone())
                    .unwrap_or_default(),
                join(c.types.iter().map(|t| t.label.as_str()), "|"),
                c.urgency.clone().unwrap_or_default(),
                join(
                    c.people
                        .iter()
                        .filter(|p| has(p, "victim"))
                        .map(|p| p.label.as_str()),
                    "|",
                ),
                join(
                    c.people
                        .iter()
                        .filter(|p| has(p, "alleged_perpetrator"))
                        .map(|p| p.label.as_str()),
                    "|",
                ),
                join(c.un_links.iter().map(|l| l.mechanism.label.as_str()), "|"),
                c.un_links
                    .iter()
                    .map(|l| {
                        join(
                            [
                                l.body.as_ref().map_or("", |b| b.as_str()),
                                l.form.label.as_str(),
                                l.reference.as_ref().map_or("", |r| r.as_str()),
                            ]
                            .into_iter(),
                            ", ",
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                yes_no(c.un_raised).to_owned(),
                opt(c.narrative.as_ref()),
                opt(c.current_situation.as_ref()),
                opt(c.domestic_remedies.as_ref()),
                join(
                    c.acts
                        .iter()
                        .filter_map(|a| a.legal_basis.as_ref().map(Clean::as_str)),
                    "\n",
                ),
                c.consent
                    .iter()
                    .map(|x| format!("{}: {}", x.person.as_str(), x.level_label))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]
        })
        .collect();
    write_columns(report, header, &rows)
}

/// The zip timestamp every DOCX entry gets (the earliest a zip can hold), so the file says
/// nothing about when it was made.
fn fixed_zip_time() -> zip::DateTime {
    zip::DateTime::default()
}

/// Empty document properties: no creator, no last-modified-by, no dates, no revision.
const CORE_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"></cp:coreProperties>";

/// An editable DOCX of the report or cover sheet.
pub(crate) fn docx(source: Source<'_>) -> Result<Vec<u8>> {
    use docx_rs::{AlignmentType, Docx, PageMargin, Paragraph, Run, RunFonts};
    let blocks = source.blocks()?;
    let fonts = RunFonts::new()
        .ascii("Noto Sans")
        .hi_ansi("Noto Sans")
        .cs("Noto Sans Arabic");
    let mut doc = Docx::new()
        .default_fonts(fonts)
        .default_size(20)
        .page_margin(
            PageMargin::new()
                .top(1134)
                .bottom(1134)
                .left(1134)
                .right(1134),
        );
    for b in &blocks {
        let lines: Vec<&str> = b.text.split('\n').collect();
        let mut first = true;
        for line in lines {
            let mut p = Paragraph::new();
            p = match b.kind {
                BlockKind::Title => p.add_run(Run::new().add_text(line).bold().size(32)),
                BlockKind::Heading => p
                    .outline_lvl(0)
                    .keep_next(true)
                    .add_run(Run::new().add_text(line).bold().size(28)),
                BlockKind::Section => p
                    .outline_lvl(1)
                    .keep_next(true)
                    .add_run(Run::new().add_text(line).bold().size(24).color("1F3864")),
                BlockKind::Subheading => {
                    p.keep_next(true).add_run(Run::new().add_text(line).bold())
                }
                BlockKind::Field if first => p
                    .add_run(Run::new().add_text(format!("{}: ", b.label)).bold())
                    .add_run(Run::new().add_text(line)),
                BlockKind::Note => {
                    p.add_run(Run::new().add_text(line).italic().size(17).color("555555"))
                }
                _ => p.add_run(Run::new().add_text(line)),
            };
            if b.rtl {
                p.property = p.property.clone().bidi(true);
                p = p.align(AlignmentType::Right);
            }
            doc = doc.add_paragraph(p);
            first = false;
        }
    }
    let mut packed = Cursor::new(Vec::new());
    doc.build()
        .pack(&mut packed)
        .map_err(|e| failed("DOCX", e))?;
    repack_docx(&packed.into_inner())
}

/// Re-writes the DOCX zip: fixed dates on every entry, and `docProps/core.xml` replaced by
/// empty properties.
fn repack_docx(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| failed("DOCX", e))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(fixed_zip_time())
        .unix_permissions(0o644);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| failed("DOCX", e))?;
        let name = entry.name().to_owned();
        if entry.is_dir() {
            continue;
        }
        let mut data = Vec::new();
        entry
            .read_to_end(&mut data)
            .map_err(|e| failed("DOCX", e))?;
        if name == "docProps/core.xml" {
            data = CORE_XML.as_bytes().to_vec();
        }
        out.start_file(name, options)
            .map_err(|e| failed("DOCX", e))?;
        out.write_all(&data).map_err(|e| failed("DOCX", e))?;
    }
    let cursor = out.finish().map_err(|e| failed("DOCX", e))?;
    Ok(cursor.into_inner())
}

/// `source` in `format` (a cover sheet is written as JSON in the CSV formats).
pub(crate) fn render(source: Source<'_>, format: super::types::Format) -> Result<Vec<u8>> {
    use super::types::Format as F;
    match (format, source) {
        (F::Docx, s) => docx(s),
        (F::Pdf, s) => pdf(s),
        (F::Json, Source::Report(r, _)) => json(r),
        (F::Csv, Source::Report(r, _)) => csv(r),
        (F::UwaziCsv, Source::Report(r, _)) => uwazi_csv(r),
        (_, Source::Cover(c)) => json(c),
    }
}

/// A PDF of the report or cover sheet, typeset by typst.
pub(crate) fn pdf(source: Source<'_>) -> Result<Vec<u8>> {
    let blocks = source.blocks()?;
    super::pdf::typeset(&blocks, source.language()).map_err(|e| failed("PDF", e))
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formula_like_cells_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-5 days"), "'-5 days");
        assert_eq!(cell("Port Said"), "Port Said");
    }
}

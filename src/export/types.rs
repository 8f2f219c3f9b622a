//! What an export is asked for and what it tells the person before and after writing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The values a screen puts into its own words for a note, finding or reason, by name. Every
/// `message` and `detail` below is English (the CLI's); a screen in another language says the
/// same from `code` and these (`ui/src/lib/export/words.ts` says how each name is put into words).
pub type Params = BTreeMap<String, String>;

/// [`Params`] from pairs.
pub(crate) fn params<const N: usize>(pairs: [(&str, String); N]) -> Params {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

/// A file format an export can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// An editable Word document (for legal teams).
    Docx,
    /// A typeset PDF.
    Pdf,
    /// The versioned JSON of `docs/submission.md`.
    Json,
    /// One row per case.
    Csv,
    /// One row per case, in the columns of Uwazi's CSV import (HURIDOCS).
    UwaziCsv,
}

impl Format {
    /// Every format, in the order files are written.
    pub const ALL: [Format; 5] = [
        Format::Docx,
        Format::Pdf,
        Format::Json,
        Format::Csv,
        Format::UwaziCsv,
    ];

    /// The name used on the command line (`uwazi-csv`).
    pub fn cli_name(self) -> &'static str {
        match self {
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Json => "json",
            Self::Csv => "csv",
            Self::UwaziCsv => "uwazi-csv",
        }
    }

    /// Parses a command-line name.
    pub fn from_cli(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.cli_name() == name.trim().to_ascii_lowercase())
    }
}

/// Who is submitting, and how the recipient can reach them safely. Goes only on the
/// confidential cover sheet, never in the body of a report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Submitter {
    /// The submitter's name (a person or the organisation's contact person).
    #[serde(default)]
    pub name: String,
    /// Their organisation.
    #[serde(default)]
    pub organisation: String,
    /// A secure way to reach them (Signal number, ProtonMail address…).
    #[serde(default)]
    pub contact: String,
    /// Their relation to the victim(s): the victim, family, lawyer, organisation…
    #[serde(default)]
    pub relation: String,
}

impl Submitter {
    /// Whether nothing at all was filled in.
    pub fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.organisation,
            &self.contact,
            &self.relation,
        ]
        .iter()
        .all(|s| s.trim().is_empty())
    }
}

/// The period a contribution to the Secretary-General's annual report covers (roughly
/// 1 May – 30 April).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ReportingPeriod {
    /// First day (YYYY-MM-DD).
    pub from: String,
    /// Last day (YYYY-MM-DD).
    pub to: String,
}

/// What to export, to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// The recipient profile's id (`ohchr-reprisals`, `special-procedures`, `sg-report`,
    /// `legal-team`, `public-summary`).
    pub recipient: String,
    /// The incidents, in the order they should appear.
    pub incident_ids: Vec<String>,
    /// The formats to write.
    pub formats: Vec<Format>,
    /// The report's language: `en`, `fr` or `es` (as the profile allows).
    pub language: String,
    /// For Special Procedures: the mandate(s) addressed.
    #[serde(default)]
    pub mandates: Vec<String>,
    /// For the Secretary-General's report: the period covered.
    #[serde(default)]
    pub reporting_period: Option<ReportingPeriod>,
    /// The submitter, for the cover sheet.
    #[serde(default)]
    pub submitter: Option<Submitter>,
    /// Give a de-identified person the same pseudonym in every case of the report. Off by
    /// default: the reader could then link cases ("the only person arrested at X and Y").
    #[serde(default)]
    pub same_pseudonym_across_cases: bool,
}

/// One line of a report as the recipient will read it. The DOCX and PDF writers and the
/// preview all lay out the same list of blocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Block {
    /// What kind of line.
    pub kind: BlockKind,
    /// A field's label (empty for other kinds).
    pub label: String,
    /// The text.
    pub text: String,
    /// Whether the text reads right to left (Arabic, Hebrew…).
    pub rtl: bool,
}

/// The kinds of lines in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The document's title.
    Title,
    /// A case heading.
    Heading,
    /// A numbered section of the UN form.
    Section,
    /// A person, act or link within a section.
    Subheading,
    /// `label: text`.
    Field,
    /// Running text.
    Paragraph,
    /// An explanatory note in smaller type.
    Note,
}

/// What the sanitiser changed, for the person preparing the export. These notes stay on the
/// device: they may name the person whose name was withheld, so the preparer understands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Note {
    /// The case number in the report (1-based), when the note is about one case.
    pub case: Option<u32>,
    /// What happened.
    pub kind: NoteKind,
    /// The words as they appear in the report ("Person B", "[name withheld]").
    pub shown_as: String,
    /// The explanation ("Name withheld: consent level 1").
    pub detail: String,
    /// A stable code for the explanation (`pseudonymised`, `field_removed`…).
    pub code: String,
    /// The values of the explanation, for a screen that says it in its own words.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub params: Params,
}

/// What kind of change a note reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A person appears under a pseudonym.
    Pseudonymised,
    /// A person appears as initials or an anonymous description, as they chose.
    NamedAsChosen,
    /// A person does not appear at all.
    Removed,
    /// A name was replaced in free text.
    NameInText,
    /// A field was left out (confidential, internal, or not for this recipient).
    FieldRemoved,
    /// A place or date was made less precise.
    Coarsened,
    /// An attachment was left out or cleaned.
    Attachment,
}

/// Something to fix (blocker) or to know (warning) before exporting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// The case number in the report, when about one case.
    pub case: Option<u32>,
    /// The incident's number in the vault, when about one incident.
    pub incident_number: Option<i64>,
    /// A stable code (`no_un_link`, `no_consent`, `no_submitter`…).
    pub code: String,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// The values of the message, for a screen that says it in its own words.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub params: Params,
}

/// An incident that will not be in the export, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LeftOut {
    /// The incident's id.
    pub incident_id: String,
    /// Its number in the vault.
    pub number: i64,
    /// Its title (shown only on this device).
    pub title: String,
    /// Why it is left out.
    pub reason: String,
    /// A stable code for the reason (`victim_left_out`).
    pub reason_code: String,
    /// The values of the reason, for a screen that says it in its own words.
    #[cfg_attr(feature = "ts", ts(type = "Record<string, string>"))]
    pub params: Params,
}

/// A file the export will write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PlannedFile {
    /// Its name in the chosen folder.
    pub name: String,
    /// What it holds, in plain words.
    pub what: String,
    /// Whether it holds the confidential cover sheet.
    pub confidential: bool,
    /// What it contains: the fields (JSON), the columns (CSV) or the sections (DOCX, PDF)
    /// that this recipient's profile carries, in plain words.
    pub contents: Vec<String>,
    /// What kind of file, as a code a screen translates: `report_docx`, `report_pdf`,
    /// `report_json`, `report_csv`, `report_uwazi_csv`, `cover_docx`, `cover_pdf`, `cover_json`,
    /// `attachment`, `checksums`.
    pub kind: String,
    /// For an attachment: the case it belongs to.
    pub case: Option<u32>,
    /// The codes of what it contains: the submission's field keys (`victims`, `un_link`…) for
    /// a document, `submitter`, `contacts`, `sources` for a cover sheet; empty for a CSV file,
    /// whose `contents` are its column names as written in the file.
    pub content_codes: Vec<String>,
}

/// Everything the person sees before confirming an export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Preview {
    /// The recipient's name.
    pub recipient: String,
    /// The report, line by line, as the recipient will read it.
    pub document: Vec<Block>,
    /// The cover sheet, line by line (empty when the profile has none).
    pub cover_sheet: Vec<Block>,
    /// What was removed, pseudonymised or coarsened.
    pub notes: Vec<Note>,
    /// What must be fixed before anything can be written.
    pub blockers: Vec<Finding>,
    /// What the person should know.
    pub warnings: Vec<Finding>,
    /// Incidents that will not be in the export.
    pub left_out: Vec<LeftOut>,
    /// Cases in the report.
    pub cases: u32,
    /// The files that will be written.
    pub files: Vec<PlannedFile>,
}

/// A file an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WrittenFile {
    /// Its name in the folder.
    pub name: String,
    /// SHA-256 of its bytes as written.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportOutcome {
    /// The folder written to.
    pub dir: String,
    /// Every file written, the manifest last.
    pub files: Vec<WrittenFile>,
    /// Whether the files are age-encrypted to the recipient's key(s).
    pub encrypted: bool,
    /// Cases in the report.
    pub cases: u32,
}

/// How far an export has got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportProgress {
    /// What is being done, in plain words ("Writing the PDF").
    pub stage: String,
    /// Steps done.
    pub done: u32,
    /// Steps in all.
    pub total: u32,
}

/// A recipient profile as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileSummary {
    /// The id used on the command line.
    pub id: String,
    /// Its name (in English, the language of the app's screens).
    pub name: String,
    /// The address submissions go to, when there is one.
    pub address: String,
    /// What it receives, in plain words.
    pub about: String,
    /// The report languages it accepts.
    pub languages: Vec<String>,
    /// The lowest consent level at which a person appears at all (as a pseudonym).
    pub include_min_level: u8,
    /// The lowest consent level at which a person is named.
    pub name_min_level: u8,
    /// Whether a confidential cover sheet is written.
    pub cover_sheet: bool,
    /// Whether shareable attachments go with it.
    pub attachments: bool,
    /// Whether it asks for a reporting period.
    pub reporting_period: bool,
    /// Whether it asks for Special Procedures mandates.
    pub mandates: bool,
}

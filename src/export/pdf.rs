//! Typesets report lines into a PDF with the `typst` library, through a `World` of our own:
//! one template, one data file and the embedded Noto fonts (Latin, Cyrillic, Greek, Arabic
//! with shaping and right-to-left, and simplified Chinese cut to GB 2312 by
//! `scripts/subset-cjk-font.py`: 5.6 MiB of the binary for the two weights). No file system,
//! no packages, no network, no clock.

use serde::Serialize;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::types::Block;

const TEMPLATE: &str = include_str!("../../data/export/report.typ");
const FONTS: [&[u8]; 6] = [
    include_bytes!("../../data/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../data/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../data/fonts/NotoSansSC-Regular.otf"),
    include_bytes!("../../data/fonts/NotoSansSC-Bold.otf"),
];

#[derive(Serialize)]
struct Data<'a> {
    lang: &'a str,
    blocks: &'a [Block],
}

struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    data_id: FileId,
    data: Bytes,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("{e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        // No clock: a document cannot carry the day it was made.
        None
    }
}

/// The PDF of `blocks`, in `lang` (one of the six report languages).
pub(crate) fn typeset(blocks: &[Block], lang: &str) -> Result<Vec<u8>, String> {
    let fonts: Vec<Font> = FONTS
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    let data = serde_json::to_vec(&Data { lang, blocks }).map_err(|e| e.to_string())?;
    let world = ReportWorld {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: Source::new(file_id("/main.typ")?, TEMPLATE.to_owned()),
        data_id: file_id("/data.json")?,
        data: Bytes::new(data),
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    // typst memoises layout across compilations; a desktop app that stays open would keep
    // every report it ever typeset (record contents) in that cache. Drop it.
    typst::comemo::evict(0);
    let options = typst_pdf::PdfOptions {
        // A random identifier per file: a constant one would tie every leaked copy to
        // Tadamun, and a report to its cover sheet.
        ident: Smart::Custom(uuid::Uuid::new_v4().simple().to_string()),
        creator: Smart::Custom(None),
        timestamp: None,
        ..typst_pdf::PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    });
    typst::comemo::evict(0);
    pdf
}

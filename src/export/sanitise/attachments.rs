//! Which attachments of a case go with the report: only shareable images, for recipients
//! that take supporting documents, as metadata-free copies with neutral names.

use super::case::{Case, CaseText};
use super::{AttachmentOut, Sanitised};

/// Adds the attachments that may go to the report; returns what was left out (a code and its
/// English words), for the notes.
pub(super) fn select(
    case: &Case<'_>,
    text: &mut CaseText<'_>,
    out: &mut Sanitised,
) -> Vec<(&'static str, &'static str)> {
    let profile = case.profile;
    let mut left_out = Vec::new();
    for a in &case.input.attachments {
        let allowed = profile.attachments
            && case.carries("supporting_documents")
            && a.shareable
            && crate::evidence::strip::is_supported_image(&a.media_type);
        if !allowed {
            left_out.push(
                if !profile.attachments || !case.carries("supporting_documents") {
                    (
                        "attachment_not_for_recipient",
                        "an attachment (this recipient gets no attachments)",
                    )
                } else if !a.shareable {
                    (
                        "attachment_not_shareable",
                        "an attachment not marked shareable",
                    )
                } else {
                    (
                        "attachment_not_cleanable",
                        "an attachment that cannot be cleaned of metadata",
                    )
                },
            );
            continue;
        }
        let n = out.report.attachments.len() + 1;
        let ext = if a.media_type == "image/jpeg" {
            "jpg"
        } else {
            "png"
        };
        let description = text.clean(&a.description);
        out.report.attachments.push(AttachmentOut {
            file: format!("attachments/attachment-{n:02}.{ext}"),
            case: case.case_no,
            description,
            source: a.id.clone(),
            media_type: a.media_type.clone(),
        });
    }
    left_out
}

//! Property tests of the records against real vaults: the interchange round trip, search
//! finding every stored incident and never a deleted one, and the audit chain after random
//! sequences of edits.

use proptest::prelude::*;
use tadamun::records::{self, interchange, DatePrecision, PartialDate, Status, Urgency};

use crate::support::*;

fn text() -> impl Strategy<Value = String> {
    // Latin with accents, Arabic, digits, punctuation, new lines.
    proptest::string::string_regex("[a-zA-Zéèçñü0-9 ,.'\\n\u{0627}-\u{064A}]{0,80}").unwrap()
}

fn date() -> impl Strategy<Value = Option<PartialDate>> {
    prop_oneof![
        Just(None),
        (1990u32..2030, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Some(PartialDate {
            date: format!("{y}-{m:02}-{d:02}"),
            precision: DatePrecision::Day,
        })),
        (1990u32..2030, 1u32..13).prop_map(|(y, m)| Some(PartialDate {
            date: format!("{y}-{m:02}"),
            precision: DatePrecision::Month,
        })),
        (1990u32..2030).prop_map(|y| Some(PartialDate {
            date: format!("{y}"),
            precision: DatePrecision::Approximate,
        })),
    ]
}

prop_compose! {
    fn arb_incident()(
        title in "[A-Za-zé][A-Za-zé ]{0,39}",
        narrative in text(),
        start in date(),
        status in prop_oneof![Just(Status::Draft), Just(Status::Verified), Just(Status::Submitted), Just(Status::Closed)],
        urgency in prop_oneof![Just(Urgency::Routine), Just(Urgency::High), Just(Urgency::Urgent)],
        tags in proptest::collection::vec("[a-z]{1,10}", 0..3),
        notes in text(),
        names in proptest::collection::vec("[A-Z][a-zé]{1,12}( [A-Z][a-z]{1,12})?", 0..3),
        levels in proptest::collection::vec(0u8..3, 0..3),
        raised in proptest::option::of(any::<bool>()),
    ) -> (records::Incident, Vec<records::Actor>) {
        let mut inc = incident(&title, &narrative);
        inc.start = start;
        inc.status = status;
        inc.urgency = urgency;
        inc.tags = tags;
        inc.internal_notes = notes;
        inc.un_raised = raised;
        inc.created_at = "2025-01-02T03:04:05Z".to_owned();
        inc.updated_at = "2025-01-03T03:04:05Z".to_owned();
        let mut actors = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let mut a = person(name);
            a.created_at = "2025-01-02T03:04:05Z".to_owned();
            a.updated_at = "2025-01-02T03:04:05Z".to_owned();
            involve(&mut inc, &a, if i == 0 { "victim" } else { "witness" });
            if let Some(level) = levels.get(i) {
                inc.consent.push(consent(&a, *level));
            }
            actors.push(a);
        }
        (inc, actors)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn interchange_round_trip_is_lossless(cases in proptest::collection::vec(arb_incident(), 1..4)) {
        let (_v, s) = new_vault();
        let mut bundle = interchange::Bundle {
            format: interchange::FORMAT.to_owned(),
            version: interchange::VERSION,
            actors: Vec::new(),
            incidents: Vec::new(),
        };
        for (inc, actors) in cases {
            bundle.actors.extend(actors);
            bundle.incidents.push(inc);
        }
        bundle.actors.sort_by(|a, b| a.id.cmp(&b.id));
        let bytes = serde_json::to_vec(&bundle).unwrap();
        interchange::import(s.connection().unwrap(), interchange::parse(&bytes).unwrap()).unwrap();
        let exported = interchange::export(s.connection().unwrap(), &[]).unwrap();
        prop_assert_eq!(exported, bundle);
    }

    #[test]
    fn every_stored_incident_is_found_by_a_word_of_its_narrative_and_deleted_ones_never(
        words in proptest::collection::hash_set("[a-z]{6,10}", 2..12),
        delete_mask in proptest::collection::vec(any::<bool>(), 12),
        edits in 0usize..3,
    ) {
        let (_v, s) = new_vault();
        let conn = s.connection().unwrap();
        let mut stored = Vec::new();
        for w in &words {
            let inc = incident(&format!("case {w}"), &format!("Narrative mentioning {w} and the harbour."));
            records::save_incident(conn, inc.clone(), &[], None).unwrap();
            for e in 0..edits {
                let mut edited = records::get_incident(conn, &inc.id).unwrap().incident;
                edited.narrative.push_str(&format!(" edit{e}"));
                records::save_incident(conn, edited, &[], Some(u32::try_from(e).unwrap() + 1)).unwrap();
            }
            stored.push((w.clone(), inc.id));
        }
        // The word is not typed last, so it is matched whole, not as a prefix of another.
        for (w, id) in &stored {
            prop_assert_eq!(find(&s, &format!("{w} harbour")), vec![id.clone()]);
        }
        let mut deleted = Vec::new();
        for ((w, id), del) in stored.iter().zip(&delete_mask) {
            if *del {
                records::delete_incident(conn, id).unwrap();
                deleted.push(w.clone());
            }
        }
        for (w, id) in &stored {
            let hits = find(&s, &format!("{w} harbour"));
            if deleted.contains(w) {
                prop_assert!(hits.is_empty());
            } else {
                prop_assert_eq!(hits, vec![id.clone()]);
            }
        }
        let left = i64::try_from(stored.len() - deleted.len()).unwrap();
        prop_assert_eq!(count(&s, "SELECT count(*) FROM incidents"), left);
        prop_assert_eq!(count(&s, "SELECT count(DISTINCT incident_pk) FROM incident_revisions"), left);
        prop_assert_eq!(count(&s, "SELECT count(*) FROM incident_revisions"), left * i64::try_from(edits + 1).unwrap());
        prop_assert_eq!(find(&s, "harbour").len(), stored.len() - deleted.len());
    }

    #[test]
    fn the_audit_chain_verifies_after_any_sequence_of_edits(ops in proptest::collection::vec(0u8..4, 1..20)) {
        let (_v, mut s) = new_vault();
        let mut live: Vec<(String, u32)> = Vec::new();
        for op in ops {
            let conn = s.connection().unwrap();
            match (op, live.is_empty()) {
                (0, _) | (_, true) => {
                    let inc = incident("new", "text");
                    records::save_incident(conn, inc.clone(), &[], None).unwrap();
                    live.push((inc.id, 1));
                }
                (1, false) => {
                    let (id, rev) = live.last_mut().unwrap();
                    let mut inc = records::get_incident(conn, id).unwrap().incident;
                    inc.title.push('!');
                    *rev = records::save_incident(conn, inc, &[], Some(*rev)).unwrap().revision;
                }
                (2, false) => {
                    let (id, _) = live.remove(0);
                    records::delete_incident(conn, &id).unwrap();
                }
                _ => s.set_auto_lock_minutes(9).unwrap(),
            }
        }
        let report = s.verify().unwrap();
        prop_assert!(report.is_ok(), "{:?}", report);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// A damaged or hostile interchange file is refused with an error, or imported whole:
    /// never a panic, never half an import.
    #[test]
    fn a_mangled_interchange_file_is_refused_or_imported_whole(
        start in 0.0f64..1.0,
        len in 0usize..64,
        junk in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let original = include_str!("../../data/demo/incidents.json").as_bytes();
        let from = ((original.len() as f64) * start) as usize;
        let to = (from + len).min(original.len());
        let mut bytes = original[..from].to_vec();
        bytes.extend(&junk);
        bytes.extend(&original[to..]);

        let (_v, s) = new_vault();
        let conn = s.connection().unwrap();
        let audit_before = count(&s, "SELECT count(*) FROM audit_log");
        let outcome = interchange::parse(&bytes).and_then(|b| {
            let n = b.incidents.len();
            interchange::import(conn, b).map(|_| n)
        });
        match outcome {
            Ok(n) => prop_assert_eq!(count(&s, "SELECT count(*) FROM incidents"), i64::try_from(n).unwrap()),
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                prop_assert_eq!(count(&s, "SELECT count(*) FROM incidents"), 0);
                prop_assert_eq!(count(&s, "SELECT count(*) FROM actors"), 0);
                prop_assert_eq!(count(&s, "SELECT count(*) FROM audit_log"), audit_before);
            }
        }
        prop_assert!(s.verify().unwrap().is_ok());
    }
}

//! Every code the core gives the app (problems, warnings) has words in the app's English
//! catalogue, so no English sentence from the core reaches a screen in another language. The
//! codes are read from the core's own source, argument by argument, so a new one cannot be
//! forgotten. (The export preview's codes are checked in `export::sanitise`.)

const CATALOGUE: &str = include_str!("../../ui/src/lib/i18n/locales/en.ftl");

/// The arguments of every call of `callee` in `source`, as written (nested calls and string
/// literals kept whole).
fn call_args(source: &str, callee: &str) -> Vec<Vec<String>> {
    let mut calls = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find(callee) {
        let body = &rest[at + callee.len()..];
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let mut args = vec![String::new()];
        for c in body.chars() {
            if in_string {
                if let Some(last) = args.last_mut() {
                    last.push(c);
                }
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    in_string = false;
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    args.push(String::new());
                    continue;
                }
                _ => {}
            }
            if let Some(last) = args.last_mut() {
                last.push(c);
            }
        }
        calls.push(args.into_iter().map(|a| a.trim().to_owned()).collect());
        rest = &rest[at + callee.len()..];
    }
    calls
}

/// The text of a plain string literal argument (`"no_date"` → `no_date`).
fn literal(arg: &str) -> Option<&str> {
    arg.strip_prefix('"')?.strip_suffix('"')
}

fn has_message(id: &str) -> bool {
    CATALOGUE.contains(&format!("\n{id} ="))
}

#[test]
fn every_problem_code_of_the_core_has_words_in_the_app() {
    let sources = [
        include_str!("../../src/records/validate.rs"),
        include_str!("../../src/records/incidents.rs"),
    ];
    let mut codes = 0;
    for source in sources {
        for args in call_args(source, "Problem::new(") {
            let Some(code) = args.get(1).and_then(|a| literal(a)) else {
                continue;
            };
            assert!(
                has_message(&format!("problem-{code}")),
                "the app has no words for the problem {code}"
            );
            codes += 1;
        }
    }
    assert!(
        codes >= 25,
        "found only {codes} problems: is the scan broken?"
    );
}

#[test]
fn every_warning_code_of_the_core_has_words_in_the_app() {
    let source = include_str!("../../src/records/warnings.rs");
    let mut codes = 0;
    for args in call_args(source, "warn(") {
        let (Some(code), Some(actor)) = (args.first().and_then(|a| literal(a)), args.get(2)) else {
            continue;
        };
        assert!(
            has_message(&format!("warning-{code}")),
            "the app has no words for the warning {code}"
        );
        if actor != "None" {
            assert!(
                has_message(&format!("warning-{code}-person")),
                "the app has no words for the warning {code} about a person"
            );
        }
        codes += 1;
    }
    assert!(
        codes >= 10,
        "found only {codes} warnings: is the scan broken?"
    );
}

#[test]
fn the_argument_scanner_splits_what_it_should() {
    let calls = call_args(
        r#"x(); Problem::new(format!("{a}, b"), "too_long", f(1, 2)); Problem::new(p, "c", "d(,)")"#,
        "Problem::new(",
    );
    assert_eq!(
        calls,
        vec![
            vec![
                r#"format!("{a}, b")"#.to_owned(),
                r#""too_long""#.to_owned(),
                "f(1, 2)".to_owned()
            ],
            vec!["p".to_owned(), r#""c""#.to_owned(), r#""d(,)""#.to_owned()],
        ]
    );
}

/// Every code the export preview can carry has words in the app (`finding-…`, `note-…`,
/// `leftOut-…`), and every code written in the sanitiser's source is one of the listed ones.
#[test]
fn every_preview_code_of_the_core_has_words_in_the_app() {
    use tadamun::export::sanitise::{FINDING_CODES, NOTE_CODES};
    for code in FINDING_CODES {
        assert!(
            has_message(&format!("finding-{code}")),
            "no words for finding {code}"
        );
    }
    for code in NOTE_CODES {
        assert!(
            has_message(&format!("note-{code}")),
            "no words for note {code}"
        );
    }
    assert!(has_message("leftOut-victim_left_out"));
    let source = [
        include_str!("../../src/export/sanitise/mod.rs"),
        include_str!("../../src/export/sanitise/findings.rs"),
        include_str!("../../src/export/sanitise/people.rs"),
        include_str!("../../src/export/sanitise/case.rs"),
        include_str!("../../src/export/sanitise/attachments.rs"),
    ]
    .join("\n");
    let listed = |code: &str| {
        FINDING_CODES.contains(&code) || NOTE_CODES.contains(&code) || code == "victim_left_out"
    };
    let mut codes = Vec::new();
    // `finding(case_no, number, "code", …)` and `need(out, "field", missing, "code", …)`.
    for (callee, at) in [("finding(", 2), ("need(", 3)] {
        codes.extend(
            call_args(&source, callee)
                .iter()
                .filter_map(|args| args.get(at).and_then(|a| literal(a)).map(str::to_owned)),
        );
    }
    // `code: "code".to_owned(),` in a note, finding or left-out reason built in place.
    codes.extend(source.lines().filter_map(|l| {
        let code = l
            .trim()
            .strip_prefix("code: \"")?
            .strip_suffix("\".to_owned(),")?;
        Some(code.to_owned())
    }));
    for code in &codes {
        assert!(
            listed(code),
            "{code} is not listed in FINDING_CODES or NOTE_CODES"
        );
    }
    assert!(
        codes.len() >= 15,
        "found only {} codes: is the scan broken?",
        codes.len()
    );
}

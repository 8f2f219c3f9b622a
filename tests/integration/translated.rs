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

"""Accessibility scan of the screen the real app shows, with axe-core (the npm package the front
end installs; nothing is fetched). Every screenshot of the E2E journeys is also scanned: a
serious or critical violation fails the test, and every scan's findings (all impacts) are kept
under artifacts/a11y/<screen>.json for review.
"""

import json
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
AXE = ROOT / "ui/node_modules/axe-core/axe.min.js"
REPORTS = pathlib.Path(os.environ.get("TADAMUN_A11Y_REPORTS", ROOT / "artifacts/a11y"))
BLOCKING = {"serious", "critical"}

_source = None


def _axe_source() -> str:
    global _source
    if _source is None:
        _source = AXE.read_text(encoding="utf-8")
    return _source


def scan(driver, name: str) -> list:
    """Runs axe on the page as it is; writes the report; returns the serious and critical
    violations as readable lines (empty when there are none)."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(_axe_source())
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        window.axe
          .run(document, {
            resultTypes: ["violations"],
            // The WCAG 2.x A and AA rules, and axe's best practices.
            runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
          })
          .then((r) => done(JSON.stringify(r.violations)), (e) => done(JSON.stringify({ error: String(e) })));
        """
    )
    violations = json.loads(result)
    if isinstance(violations, dict):
        raise AssertionError(f"axe could not run on {name}: {violations['error']}")
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{name}.json").write_text(json.dumps(violations, indent=1, ensure_ascii=False), encoding="utf-8")
    lines = []
    for v in violations:
        if v.get("impact") in BLOCKING:
            targets = "; ".join(" ".join(n.get("target", [])) for n in v.get("nodes", [])[:5])
            lines.append(f"{v['impact']}: {v['id']} ({v['help']}) at {targets}")
    return lines

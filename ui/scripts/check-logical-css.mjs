// Right-to-left layouts mirror only if the styles use logical properties: this fails on any
// physical one (margin-left, padding-right, left:, text-align: right, float: left…) in the
// front end's CSS and Svelte style blocks. Use margin-inline-start, inset-inline-end,
// text-align: start and the like instead. A rule that must stay physical (none today) can be
// kept with a trailing comment `/* physical: why */` on its line.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), "../src");
const PHYSICAL = [
  /\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
  /(^|[;{\s])(left|right)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bclear\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return files(full);
    return /\.(css|svelte)$/.test(d.name) ? [full] : [];
  });
}

const problems = [];
for (const file of files(src)) {
  let text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".svelte")) {
    // Only the style block: markup and scripts may say "left" in other senses.
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(text);
    text = style === null ? "" : style[1];
  }
  text.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, "");
    if (/\/\* physical:/.test(line)) return;
    for (const rule of PHYSICAL) {
      if (rule.test(code)) problems.push(`${path.relative(src, file)}:${i + 1}: ${line.trim()}`);
    }
  });
}
if (problems.length > 0) {
  console.error(`Physical CSS properties (use logical ones, so right-to-left layouts mirror):\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("styles: logical properties only");

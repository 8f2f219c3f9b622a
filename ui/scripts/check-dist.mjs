// Runs after `npm run build`: fails if the built app breaks the CSP or the no-network rule.
// - index.html: no inline <script> or <style>, no style="" attributes;
// - every file: no http(s):// address except XML namespace names (identifiers, never fetched),
//   no fetch / XMLHttpRequest / WebSocket / EventSource, no web storage or cookies.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const NAMESPACES = new Set([
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
]);
const FORBIDDEN = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\blocalStorage\b/,
  /\bsessionStorage\b/,
  /\bindexedDB\b/,
  /\bdocument\.cookie\b/,
  /\bstyle="/,
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const problems = [];
const html = readFileSync(join(dist, "index.html"), "utf8");
for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
  if (!/\bsrc=/.test(match[1])) problems.push("index.html: inline <script>");
}
if (/<style\b/i.test(html)) problems.push("index.html: inline <style>");
if (/\sstyle\s*=/i.test(html)) problems.push("index.html: style attribute");

for (const path of files(dist)) {
  if (!/\.(html|js|css|svg|json)$/.test(path)) continue;
  const text = readFileSync(path, "utf8");
  const name = relative(dist, path);
  for (const url of text.match(/https?:\/\/[^\s"'`)<>]*/g) ?? []) {
    if (!NAMESPACES.has(url)) problems.push(`${name}: remote address ${url}`);
  }
  for (const pattern of FORBIDDEN) {
    if (pattern.test(text)) problems.push(`${name}: forbidden ${pattern}`);
  }
}

if (problems.length > 0) {
  console.error(`dist check failed:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`dist check passed: ${files(dist).length} files, no inline code, no remote addresses`);

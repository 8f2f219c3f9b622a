// Checks the translation catalogues (Fluent) of the app and of the reports:
//   node scripts/i18n-check.mjs            every language
//   node scripts/i18n-check.mjs ar fr      only these (English is always the reference)
// Fails on: a syntax error, a message missing from a language or not in English, a variable a
// translation uses that English does not have (or drops, apart from $count), plural variants
// that are not the language's own CLDR categories (Arabic needs all six), a message of the app
// that no source file uses, and text left in English outside the allow-list
// (src/lib/i18n/same-as-english.txt).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, Message, Term, Junk, SelectExpression, VariableReference, Placeable } from "@fluent/syntax";

const ui = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const catalogues = [
  { name: "app", dir: path.join(ui, "src/lib/i18n/locales"), checkUse: true },
  { name: "report", dir: path.join(ui, "../data/export/locales"), checkUse: false },
];
const only = process.argv.slice(2);
const problems = [];
const say = (where, text) => problems.push(`${where}: ${text}`);

/** Every variable name in a pattern, and the select expressions on $count. */
function walk(pattern, vars, selects) {
  if (pattern === null) return;
  for (const element of pattern.elements) {
    if (!(element instanceof Placeable)) continue;
    const expr = element.expression;
    if (expr instanceof VariableReference) vars.add(expr.id.name);
    if (expr instanceof SelectExpression) {
      if (expr.selector instanceof VariableReference) {
        vars.add(expr.selector.id.name);
        selects.push(expr);
      }
      for (const variant of expr.variants) walk(variant.value, vars, selects);
    }
  }
}

/** The plain text of a pattern (placeables dropped), to compare with English. */
function text(pattern) {
  if (pattern === null) return "";
  return pattern.elements
    .map((e) => {
      if (e instanceof Placeable && e.expression instanceof SelectExpression)
        return e.expression.variants.map((v) => text(v.value)).join(" | ");
      return "value" in e ? e.value : "";
    })
    .join("");
}

function load(file) {
  const resource = parse(fs.readFileSync(file, "utf8"), { withSpans: true });
  const messages = new Map();
  for (const entry of resource.body) {
    if (entry instanceof Junk) say(path.relative(ui, file), `syntax error near: ${entry.content.slice(0, 80).trim()}`);
    if (entry instanceof Message || entry instanceof Term) {
      const vars = new Set();
      const selects = [];
      walk(entry.value, vars, selects);
      if (messages.has(entry.id.name)) say(path.relative(ui, file), `${entry.id.name} is defined twice`);
      messages.set(entry.id.name, { vars, selects, text: text(entry.value) });
    }
  }
  return messages;
}

const allowed = new Set(
  fs
    .readFileSync(path.join(ui, "src/lib/i18n/same-as-english.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean),
);

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "locales" ? [] : sourceFiles(full);
    return /\.(svelte|ts)$/.test(d.name) && !/\.(test|generated)\.ts$/.test(d.name) ? [full] : [];
  });
}

for (const catalogue of catalogues) {
  const en = load(path.join(catalogue.dir, "en.ftl"));
  const languages = fs
    .readdirSync(catalogue.dir)
    .filter((f) => f.endsWith(".ftl") && f !== "en.ftl")
    .map((f) => f.slice(0, -4))
    .filter((l) => only.length === 0 || only.includes(l));
  for (const lang of languages) {
    const where = `${catalogue.name} ${lang}`;
    const messages = load(path.join(catalogue.dir, `${lang}.ftl`));
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const id of en.keys()) if (!messages.has(id)) say(where, `${id} is missing`);
    for (const [id, msg] of messages) {
      const source = en.get(id);
      if (source === undefined) {
        say(where, `${id} is not in English (a typo, or a message that was removed)`);
        continue;
      }
      for (const v of msg.vars) if (!source.vars.has(v)) say(where, `${id} uses $${v}, which English does not have`);
      for (const v of source.vars) if (!msg.vars.has(v) && v !== "count") say(where, `${id} leaves out $${v}`);
      if (source.selects.length > 0 && msg.selects.length === 0 && categories.length > 1)
        say(where, `${id} needs plural forms ({ $count -> ... })`);
      for (const select of msg.selects) {
        if (select.selector.id.name !== "count") continue;
        const keys = select.variants.map((v) => v.key.name ?? v.key.value);
        for (const k of keys)
          if (!categories.includes(k) && Number.isNaN(Number(k)))
            say(where, `${id} has a [${k}] form, which ${lang} does not use (it uses ${categories.join(", ")})`);
        for (const c of categories) if (!keys.includes(c)) say(where, `${id} lacks the [${c}] plural form`);
      }
      const words = msg.text.match(/[A-Za-z]{3,}/g) ?? [];
      if (msg.text === source.text && words.length > 0 && !allowed.has(`${lang} ${id}`) && !allowed.has(`* ${id}`))
        say(where, `${id} is still in English (translate it, or list "${lang} ${id}" in same-as-english.txt)`);
    }
  }
  if (catalogue.checkUse && only.length === 0) {
    const sources = sourceFiles(path.join(ui, "src")).map((f) => fs.readFileSync(f, "utf8"));
    const all = sources.join("\n");
    const prefixes = [...all.matchAll(/`([a-z][A-Za-z0-9_-]*-)\$\{/g)].map((m) => m[1]);
    for (const id of en.keys()) {
      const used = all.includes(`"${id}"`) || all.includes(`'${id}'`) || prefixes.some((p) => id.startsWith(p));
      if (!used) say("app en", `${id} is used by no source file (remove it, or use it)`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`\n${problems.length} problem(s) in the translation catalogues.`);
  process.exit(1);
}
console.log("translation catalogues: ok");

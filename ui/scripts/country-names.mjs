// Writes data/export/country-names.json: the name of every country of data/countries.json in the
// report languages other than English, from the Unicode CLDR as Node's own ICU carries it
// (Intl.DisplayNames; Unicode License v3). Reports name the country in their language with it.
// Run after adding a country:   node ui/scripts/country-names.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { countries } = JSON.parse(fs.readFileSync(path.join(root, "data/countries.json"), "utf8"));
const languages = ["ar", "es", "fr", "ru", "zh"];
const names = {};
for (const language of languages) {
  const display = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
  names[language] = {};
  for (const { code } of countries) {
    const name = display.of(code);
    if (name !== undefined && name !== code) names[language][code] = name;
  }
}
const out = {
  format: "tadamun-country-names",
  version: 1,
  source: `Unicode CLDR region names (Unicode License v3), as ICU ${process.versions.icu} (CLDR ${process.versions.cldr}) in Node.js gives them; English names are in data/countries.json`,
  names,
};
fs.writeFileSync(path.join(root, "data/export/country-names.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(languages.map((l) => `${l}: ${Object.keys(names[l]).length}`).join(", "));

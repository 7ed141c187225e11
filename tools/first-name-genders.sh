#!/usr/bin/env bash
# Rebuilds src/main/resources/org/dragoman/extract/first-name-genders.tsv from the npm package gender-detection 0.1.0
# (GPL-3.0, about 39,000 first names of many languages). A name in only one of its two lists gets that gender; a name
# in both is left out. Needs node and npm, which reach the npm registry.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/org/dragoman/extract/first-name-genders.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent gender-detection@0.1.0 > /dev/null
tar xzf gender-detection-0.1.0.tgz
node - "$out" <<'JS'
const fs = require('fs');
const male = require('./package/genders/male.js');
const female = require('./package/genders/female.js');
const rows = [];
for (const [list, gender, other] of [[male, 'M', female], [female, 'F', male]]) {
  for (const name of Object.keys(list)) {
    if (!(name in other) && /^\p{Ll}+$/u.test(name)) rows.push(name + '\t' + gender);
  }
}
rows.sort();
const head = [
  '# First names and their likely gender (M or F), from the npm package gender-detection 0.1.0 (GPL-3.0): names in',
  '# only one of its two lists. Read by GenderLexicon after CoreNLP\'s own name counts, which win where both know a',
  '# name. Rebuilt by tools/first-name-genders.sh; do not edit by hand.',
  'name\tgender'];
fs.writeFileSync(process.argv[2], head.concat(rows).join('\n') + '\n');
JS
wc -l "$out"

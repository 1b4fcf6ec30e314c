// VADER (Hutto & Gilbert 2014) on NewsMTSC, the outside lexicon baseline beside the tone stage
// (docs/EVALUATION.md, "Tone"). Not part of the product: run by hand where Node.js is installed.
//   npm install vader-sentiment@1.1.3      (the JavaScript port, Apache-2.0)
//   node modules/newswire-eval/scripts/vader-newsmtsc.js ../shared/data/newsmtsc
// Reads train.jsonl, dev_rw.jsonl, dev_mt.jsonl. VADER is not target-aware: each target gets the
// compound score of its whole sentence, or of its clause (the text between the punctuation marks
// around the mention, as ToneEvaluation cuts it). Classes by VADER's own band (|compound| < 0.05
// neutral) and by a band chosen on train (the same grid as ToneEvaluation's lexicon rows).
'use strict';
const fs = require('fs');
const path = require('path');
const vader = require('vader-sentiment');

const CLASSES = ['negative', 'neutral', 'positive'];
const MARKS = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')']);

function read(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const n = JSON.parse(line);
    const s = n.sentence_normalized;
    for (const t of n.targets) {
      const p = t.polarity;
      const label = p <= 3 ? 'negative' : p >= 5 ? 'positive' : 'neutral';
      const from = Math.min(t.from, s.length);
      const to = Math.min(t.to, s.length);
      let a = 0;
      for (let i = from - 1; i >= 0; i--) if (MARKS.has(s[i])) { a = i + 1; break; }
      let b = s.length;
      for (let i = Math.max(to, 0); i < s.length; i++) if (MARKS.has(s[i])) { b = i; break; }
      out.push({ label, sentence: s, clause: s.substring(a, b) });
    }
  }
  return out;
}

const cache = new Map();
function compound(text) {
  let v = cache.get(text);
  if (v === undefined) {
    v = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
    cache.set(text, v);
  }
  return v;
}

function byBand(score, t) { return score > t ? 'positive' : score < -t ? 'negative' : 'neutral'; }

function scores(set, key, t) {
  const m = CLASSES.map(() => CLASSES.map(() => 0));
  let right = 0;
  for (const e of set) {
    const guess = byBand(compound(e[key]), t);
    m[CLASSES.indexOf(e.label)][CLASSES.indexOf(guess)]++;
    if (guess === e.label) right++;
  }
  let f1 = 0;
  for (let c = 0; c < CLASSES.length; c++) {
    const tp = m[c][c];
    const gold = m[c].reduce((x, y) => x + y, 0);
    const guessed = m.reduce((x, row) => x + row[c], 0);
    const p = guessed ? tp / guessed : 0;
    const r = gold ? tp / gold : 0;
    f1 += p + r ? 2 * p * r / (p + r) : 0;
  }
  return { acc: right / set.length, f1m: f1 / CLASSES.length };
}

function bestBand(set, key) {
  let best = 0.05, bestF1 = -1;
  for (let i = 0; i <= 12; i++) {
    const t = i * 0.05;
    const s = scores(set, key, t);
    if (s.f1m > bestF1) { bestF1 = s.f1m; best = t; }
  }
  return best;
}

const dir = process.argv[2] || '../shared/data/newsmtsc';
if (!fs.existsSync(path.join(dir, 'train.jsonl'))) {
  console.log('skipped: NewsMTSC: no ' + path.join(dir, 'train.jsonl'));
  process.exit(0);
}
const train = read(path.join(dir, 'train.jsonl'));
const band = { sentence: bestBand(train, 'sentence'), clause: bestBand(train, 'clause') };
console.log(`== VADER (vader-sentiment JS port) on NewsMTSC; band chosen on train (${train.length} targets):`
    + ` sentence ${band.sentence.toFixed(2)}, clause ${band.clause.toFixed(2)}`);
for (const name of ['dev_rw.jsonl', 'dev_mt.jsonl']) {
  const f = path.join(dir, name);
  if (!fs.existsSync(f)) { console.log('skipped: no ' + f); continue; }
  const set = read(f);
  console.log(`-- ${name} (${set.length} targets)`);
  for (const key of ['sentence', 'clause']) {
    for (const [what, t] of [['VADER band 0.05', 0.05], ['band from train', band[key]]]) {
      const s = scores(set, key, t);
      console.log(`  VADER, ${key}, ${what}: acc ${s.acc.toFixed(3)}  F1m ${s.f1m.toFixed(3)}`);
    }
  }
}

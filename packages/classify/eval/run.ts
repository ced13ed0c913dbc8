/**
 * `pnpm eval:classify` — prints ABCD accuracy, per-category precision/recall and art-form
 * precision/recall/F1 for the tuning set (eval/labelled.json) and the held-out set
 * (eval/heldout.json). `--errors` lists the tuning set's mistakes, never the held-out set's:
 * looking at those would turn it into tuning data. `--tuning` leaves the held-out set out
 * altogether, for the rounds of tuning before it is scored.
 */
import { evaluate, loadHeldOutSet, loadLabelledSet, ART_FORM_THRESHOLD, type EvalResult } from './evaluate.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const out: string[] = [];

function report(title: string, r: EvalResult): void {
  out.push(`\n## ${title} (${r.n} records)\n`);
  out.push(`ABCD category accuracy: ${pct(r.abcdAccuracy)} (target ≥ 85%)`);
  out.push(`Art forms (micro, confidence ≥ ${ART_FORM_THRESHOLD}): precision ${pct(r.artForm.precision)}, recall ${pct(r.artForm.recall)}, F1 ${r.artForm.f1.toFixed(3)} (target ≥ 0.85)\n`);
  out.push('| ABCD category | support | predicted | precision | recall |', '|---|---:|---:|---:|---:|');
  for (const c of r.abcd) out.push(`| ${c.label} | ${c.support} | ${c.predicted} | ${pct(c.precision)} | ${pct(c.recall)} |`);
  out.push('', '| art form | support | predicted | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|');
  for (const c of r.artForms) if (c.support + c.predicted > 0) out.push(`| ${c.label} | ${c.support} | ${c.predicted} | ${pct(c.precision)} | ${pct(c.recall)} | ${c.f1.toFixed(2)} |`);
}

const tuning = loadLabelledSet().records;
const t = evaluate(tuning);
out.push('# @artsrx/classify evaluation (illustrative, invented records labelled by hand)');
report('Tuning set: eval/labelled.json', t);
if (!process.argv.includes('--tuning')) {
  report('Held-out set: eval/heldout.json (written blind, never used to tune rules)', evaluate(loadHeldOutSet().records));
}
if (process.argv.includes('--errors')) {
  out.push('\n## Tuning-set mistakes\n');
  for (const e of t.errors) out.push(`${e.id} ${e.field}: expected ${e.expected}, got ${e.got}`);
}
process.stdout.write(out.join('\n') + '\n');

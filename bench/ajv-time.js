// Splits ajv's work on a manifests folder into YAML parsing and schema compilation plus validation,
// inside one node process (no start-up cost), with the libraries ajv-cli itself uses.
//   NODE_PATH=target/bench-tools/node_modules node bench/ajv-time.js MANIFESTS_DIR SCHEMAS_DIR
// Prints: "parse_ms=... validate_ms=...".
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [manifests, schemas] = process.argv.slice(2);
const files = fs.readdirSync(manifests).filter((f) => /\.ya?ml$/.test(f)).sort();

let start = process.hrtime.bigint();
const documents = files.map((f) => yaml.load(fs.readFileSync(path.join(manifests, f), 'utf8')));
const parseNs = process.hrtime.bigint() - start;

start = process.hrtime.bigint();
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validators = {};
let invalid = 0;
for (const document of documents) {
  const kind = document && document.kind;
  if (!kind) continue;
  if (!validators[kind]) {
    const schema = JSON.parse(fs.readFileSync(path.join(schemas, kind + '.schema.json'), 'utf8'));
    validators[kind] = ajv.compile(schema);
  }
  if (!validators[kind](document)) invalid++;
}
const validateNs = process.hrtime.bigint() - start;
const ms = (ns) => (Number(ns) / 1e6).toFixed(1);
console.log(`parse_ms=${ms(parseNs)} validate_ms=${ms(validateNs)}`);

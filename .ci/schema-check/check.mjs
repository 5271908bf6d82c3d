// CI check of the published JSON Schemas with a non-Java validator (ajv 8, draft 2020-12, formats
// asserted): every sample and golden document of the repository must validate against the schema
// of its kind, and mutants of each must be rejected (an unknown field at the top and in the first
// nested object, an impossible date, an impossible month; of an NDJSON file's first 50 lines). Files are discovered, not listed, so new document kinds,
// samples and golden files are checked as soon as they exist:
//   schemas:   <module>/src/main/resources/**/schema/<kind>.schema.json
//   documents: *.json, *.ndjson, *.jsonl under a "samples" or "golden" folder of any module's src/,
//              except under an "invalid" folder (documents meant to fail)
// A JSON file there without a "kind" is not a wps document: it is listed, not validated.
// Usage: node check.mjs [repository root]   (exit 0 all good, 1 a finding, 2 a broken setup)
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", ".."));
const SKIP_DIRS = new Set([".git", "node_modules", "target", ".mvn", ".idea"]);
const UNKNOWN = "xMutantUnknownField";
// Mutants of the first lines of an NDJSON file only: more lines of one kind add time, not cover.
const MUTATED_LINES = 50;

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

const files = walk(root).map((f) => relative(root, f).split(sep).join("/"));
const schemaFiles = files.filter((f) => /\/src\/main\/resources\/(.+\/)?schema\/[a-z0-9-]+\.schema\.json$/.test(f));
const documentFiles = files.filter((f) => {
  const parts = f.split("/");
  return /\.(json|ndjson|jsonl)$/.test(f) && !f.endsWith(".schema.json")
    && parts.includes("src") && (parts.includes("samples") || parts.includes("golden"))
    && !parts.includes("invalid");
});

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: true });
addFormats(ajv);
const validators = new Map();
const setupErrors = [];
for (const file of schemaFiles) {
  let schema;
  try {
    schema = JSON.parse(readFileSync(join(root, file), "utf8"));
    const kind = schema?.properties?.kind?.const;
    if (typeof kind !== "string") throw new Error("no properties.kind.const");
    if (!/^https:\/\//.test(schema.$id ?? "")) throw new Error(`$id is not an https URI: ${schema.$id}`);
    if (validators.has(kind)) throw new Error(`second schema for kind '${kind}'`);
    validators.set(kind, { file, validate: ajv.compile(schema) });
  } catch (e) {
    setupErrors.push(`${file}: cannot load schema: ${e.message}`);
  }
}
if (schemaFiles.length === 0) setupErrors.push(`no schemas found under ${root}`);
if (documentFiles.length === 0) setupErrors.push(`no sample or golden documents found under ${root}`);
if (setupErrors.length > 0) {
  console.error(setupErrors.join("\n"));
  process.exit(2);
}

/** The JSON paths and values of every object nested in a document (arrays and objects), in order. */
function firstNested(value, path) {
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (child !== null && typeof child === "object") {
      if (!Array.isArray(child)) return { object: child, path: childPath };
      const deeper = firstNested(child, childPath);
      if (deeper) return deeper;
    }
  }
  return null;
}

// Text by design that may read as a date: the catalog's dataAsOf may be a day, a month, a year or
// other text (its schema says so), so an impossible day there is text, not a mutant to reject.
const TEXT_THAT_MAY_READ_AS_A_DATE = new Set(["dataAsOf"]);

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const MONTH = /^[0-9]{4}-[0-9]{2}$/;

/** The first string that matches a pattern (an ISO calendar date, a month), with its container and key. */
function firstMatch(value, path, pattern) {
  for (const [key, child] of Object.entries(value)) {
    const childPath = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (typeof child === "string" && pattern.test(child)
        && !(typeof key === "string" && TEXT_THAT_MAY_READ_AS_A_DATE.has(key) && !Array.isArray(value))) {
      return { container: value, key, path: childPath, value: child };
    }
    if (child !== null && typeof child === "object") {
      const deeper = firstMatch(child, childPath, pattern);
      if (deeper) return deeper;
    }
  }
  return null;
}

const findings = [];
const notDocuments = [];
let documents = 0;
let mutants = 0;
const kindsSeen = new Set();

function describe(errors) {
  return (errors ?? []).slice(0, 3).map((e) => `${e.keyword} at ${e.instancePath || "/"}: ${e.message}`).join("; ");
}

// An unknown field is refused by a closed object, or by a map's rule for its keys.
const UNKNOWN_FIELD = ["additionalProperties", "unevaluatedProperties", "propertyNames"];
const IMPOSSIBLE_DATE = ["format"];
const IMPOSSIBLE_MONTH = ["pattern"];

function mustReject(where, what, validate, mutant, keywords) {
  mutants++;
  if (validate(mutant)) {
    findings.push(`${where}: mutant accepted (${what})`);
  } else if (!validate.errors.some((e) => keywords.includes(e.keyword))) {
    findings.push(`${where}: mutant (${what}) rejected, but not for ${keywords.join("/")}: ${describe(validate.errors)}`);
  }
}

function check(where, text, mutate = true) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    findings.push(`${where}: not JSON: ${e.message}`);
    return;
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc) || typeof doc.kind !== "string") {
    notDocuments.push(where);
    return;
  }
  const entry = validators.get(doc.kind);
  if (!entry) {
    findings.push(`${where}: no schema for kind '${doc.kind}'`);
    return;
  }
  documents++;
  kindsSeen.add(doc.kind);
  const { validate } = entry;
  if (!validate(doc)) {
    findings.push(`${where}: invalid against ${entry.file}: ${describe(validate.errors)}`);
    return;
  }
  if (!mutate) return;
  mustReject(where, `unknown field ${UNKNOWN} at $`, validate, { ...doc, [UNKNOWN]: true }, UNKNOWN_FIELD);
  const nested = firstNested(doc, "$");
  if (nested) {
    nested.object[UNKNOWN] = true;
    mustReject(where, `unknown field ${UNKNOWN} at ${nested.path}`, validate, doc, UNKNOWN_FIELD);
    delete nested.object[UNKNOWN];
  }
  const date = firstMatch(doc, "$", DATE);
  if (date) {
    const impossible = `${date.value.slice(0, 4)}-02-30`;
    date.container[date.key] = impossible;
    mustReject(where, `impossible date ${impossible} at ${date.path}`, validate, doc, IMPOSSIBLE_DATE);
    date.container[date.key] = date.value;
  }
  // Months (yyyy-mm) have no JSON Schema format: their pattern must refuse a thirteenth month.
  const month = firstMatch(doc, "$", MONTH);
  if (month) {
    const impossible = `${month.value.slice(0, 4)}-13`;
    month.container[month.key] = impossible;
    mustReject(where, `impossible month ${impossible} at ${month.path}`, validate, doc, IMPOSSIBLE_MONTH);
    month.container[month.key] = month.value;
  }
}

for (const file of documentFiles) {
  const text = readFileSync(join(root, file), "utf8");
  if (file.endsWith(".json")) {
    check(file, text);
  } else {
    text.split("\n").forEach((line, i) => {
      if (line.trim() !== "") check(`${file}:${i + 1}`, line, i < MUTATED_LINES);
    });
  }
}

for (const where of notDocuments) console.log(`not a wps document (no "kind"), not validated: ${where}`);
const unused = [...validators.keys()].filter((k) => !kindsSeen.has(k));
if (unused.length > 0) console.log(`schemas without a sample or golden document: ${unused.join(", ")}`);
if (findings.length > 0) {
  console.error(findings.slice(0, 50).join("\n"));
  console.error(`ajv schema check: ${findings.length} finding(s)`);
  process.exit(1);
}
console.log(`ajv schema check: ${documents} documents in ${documentFiles.length} files valid against `
  + `${validators.size} schemas; ${mutants} mutants rejected`);

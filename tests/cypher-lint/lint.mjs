// Lints Cypher with Neo4j's own language support (@neo4j-cypher/language-support, the linter of Neo4j's
// VS Code extension and workspace): syntax, undefined variables, undeclared parameters, deprecations.
//
//   node lint.mjs [--strict] [FILE]
//
// FILE (or stdin when absent) is JSON: a list of { "name", "query", "parameters" }, where parameters maps each
// $parameter to a placeholder value (a list of names is taken as names with null values). A FILE ending in
// .cypher is linted as one script of many statements instead, named after the file.
//
// Prints one line per diagnostic and a summary line last. Exit code: 0 clean, 1 when any diagnostic fails the
// run, 2 when the input cannot be read. Errors always fail. Warnings about deprecated features fail too: they stop
// working in a later Cypher version. Other warnings (such as a cartesian product between disconnected patterns)
// are printed and fail only with --strict.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// LSP DiagnosticSeverity, as the package reports it.
const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
// LSP DiagnosticTag.Deprecated; semantic notifications about deprecations carry no tag, only their wording.
const deprecatedTag = 2;

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const file = args.find((a) => !a.startsWith('--'));

let statements;
try {
  const text = readFileSync(file ?? 0, 'utf8');
  statements = file?.endsWith('.cypher')
    ? [{ name: basename(file), query: text, parameters: {} }]
    : JSON.parse(text);
  if (!Array.isArray(statements)) throw new Error('expected a JSON list of { name, query, parameters }');
} catch (e) {
  console.error(`cypher-lint: cannot read ${file ?? 'stdin'}: ${e.message}`);
  process.exit(2);
}

const counts = { error: 0, warning: 0, deprecated: 0, other: 0 };
let failing = 0;
for (const [index, statement] of statements.entries()) {
  const name = statement.name ?? `#${index}`;
  const parameters = Array.isArray(statement.parameters)
    ? Object.fromEntries(statement.parameters.map((p) => [p, null]))
    : (statement.parameters ?? {});
  const { diagnostics } = lintCypherQuery(String(statement.query ?? ''), { parameters });
  for (const d of diagnostics) {
    const severity = severities[d.severity] ?? 'error';
    const deprecated = d.tags?.includes(deprecatedTag) || /deprecated/i.test(d.message);
    const fails = severity === 'error' || deprecated || strict;
    if (severity === 'error') counts.error++;
    else if (severity === 'warning') counts.warning++;
    else counts.other++;
    if (deprecated) counts.deprecated++;
    if (fails) failing++;
    const where = `${d.range.start.line + 1}:${d.range.start.character + 1} (offset ${d.offsets.start})`;
    const label = deprecated && severity !== 'error' ? `${severity} (deprecation)` : severity;
    console.log(`${name}:${where}: ${label}: ${d.message.replace(/\s+/g, ' ')}`);
  }
}
console.log(
  `cypher-lint: ${statements.length} statement(s), ${counts.error} error(s), ${counts.warning} warning(s) ` +
    `(${counts.deprecated} deprecation(s)), ${counts.other} other; ${failing} failing${strict ? ' (--strict)' : ''}`,
);
process.exit(failing > 0 ? 1 : 0);

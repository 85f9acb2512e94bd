// The introspection queries that clients send, and a check of the schema an endpoint answers them with.
//
//   node introspection.mjs request standard|graphiql
//     Prints the JSON body of the request:
//       standard  what IDEs, codegen and Postman send: graphql-js's getIntrospectionQuery with every option on
//       graphiql  what the playground's GraphiQL sends for its schema fetch (its options and operation name)
//
//   node introspection.mjs compare SNAPSHOT.graphql ANSWER.json
//     Builds a schema from the introspection answer (buildClientSchema) and one from the approved SDL snapshot
//     (buildSchema), prints both with graphql-js's printSchema after sorting them by name, and compares the two
//     texts, so that only a difference in types, fields, arguments, defaults, descriptions or deprecations
//     counts, not the form of GraphQL.NET's printer. Exits 0 when they are equal and prints a JSON summary as
//     the last line; exits 1 with a line diff otherwise.
import { readFile } from 'node:fs/promises';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { schemaFetchOptions } from '../../src/Graph.Api/Playground/schema-fetch.mjs';

// GraphiQL's own operation name for its schema fetch (@graphiql/react, useIntrospectionQuery).
const graphiqlOperationName = 'IntrospectionQuery';

const requests = {
  standard: () => ({
    query: getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    }),
  }),
  graphiql: () => ({ query: getIntrospectionQuery(schemaFetchOptions), operationName: graphiqlOperationName }),
};

function fail(message) {
  console.error(message);
  process.exit(1);
}

const sorted = (schema) => printSchema(lexicographicSortSchema(schema)).split('\n');

// A line diff (longest common subsequence), printed with two lines of context around each change.
function diff(expected, actual) {
  const table = Array.from({ length: expected.length + 1 }, () => new Uint16Array(actual.length + 1));
  for (let i = expected.length - 1; i >= 0; i--) {
    for (let j = actual.length - 1; j >= 0; j--) {
      table[i][j] = expected[i] === actual[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    if (i < expected.length && j < actual.length && expected[i] === actual[j]) lines.push(`  ${expected[i++]}`), j++;
    else if (j < actual.length && (i === expected.length || table[i][j + 1] >= table[i + 1][j])) lines.push(`+ ${actual[j++]}`);
    else lines.push(`- ${expected[i++]}`);
  }
  const near = (k) => lines.slice(Math.max(0, k - 2), k + 3).some((l) => !l.startsWith('  '));
  return lines.filter((_, k) => near(k)).join('\n');
}

async function compare(snapshotPath, answerPath) {
  if (!snapshotPath || !answerPath) fail('usage: node introspection.mjs compare SNAPSHOT.graphql ANSWER.json');
  const answer = JSON.parse(await readFile(answerPath, 'utf8'));
  if (answer.errors?.length) fail(`The introspection answer has errors: ${JSON.stringify(answer.errors)}`);
  if (!answer.data?.__schema) fail(`The introspection answer has no data.__schema: ${JSON.stringify(answer).slice(0, 500)}`);

  const served = sorted(buildClientSchema(answer.data));
  const approved = sorted(buildSchema(await readFile(snapshotPath, 'utf8')));
  if (served.join('\n') !== approved.join('\n')) {
    fail(`The schema served by introspection (+) differs from the approved snapshot (-):\n${diff(approved, served)}`);
  }
  const types = answer.data.__schema.types.filter((t) => !t.name.startsWith('__')).length;
  console.log(JSON.stringify({ equal: true, types, lines: served.length }));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'request') {
  const build = requests[rest[0]];
  if (!build) fail(`usage: node introspection.mjs request ${Object.keys(requests).join('|')}`);
  console.log(JSON.stringify(build()));
} else if (command === 'compare') {
  await compare(...rest);
} else {
  fail('usage: node introspection.mjs request standard|graphiql | compare SNAPSHOT.graphql ANSWER.json');
}

// GraphQL-over-HTTP conformance audit of a running GraphQL endpoint, using graphql-http's auditServer.
//
//   node audit.mjs http://127.0.0.1:PORT/graphql
//
// Prints one line per audit: `ok|notice|warn|error <id> <name>`, followed by ` — <reason>` when not ok.
// The LAST line on stdout is a JSON summary: {"ok":N,"notice":N,"warn":N,"error":N}.
// Exits 0 only if every audit came back ok, else 1 (also on a usage error or when the
// server cannot be reached at all, which auditServer treats as fatal).
import { auditServer } from 'graphql-http';

const REQUEST_TIMEOUT_MS = Number(process.env.AUDIT_REQUEST_TIMEOUT_MS ?? 10000);

const summary = { ok: 0, notice: 0, warn: 0, error: 0 };
const oneLine = (s) => String(s).replace(/\s+/g, ' ').trim();

function finish() {
  console.log(JSON.stringify(summary));
  const allOk = summary.notice === 0 && summary.warn === 0 && summary.error === 0 && summary.ok > 0;
  process.exit(allOk ? 0 : 1);
}

const url = process.argv[2];
if (!url || !/^https?:\/\//.test(url)) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  summary.error = 1;
  finish();
}

// Every request the audit makes gets a timeout, so a server that hangs fails the audit instead of the run.
const fetchWithTimeout = (input, init = {}) =>
  fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

let results;
try {
  results = await auditServer({ url, fetchFn: fetchWithTimeout });
} catch (err) {
  // auditServer throws only on fatal errors (e.g. connection refused, timeout).
  console.log(`error fatal audit could not run against ${url} — ${oneLine(err?.cause?.message ?? err?.message ?? err)}`);
  summary.error = 1;
  finish();
}

for (const r of results) {
  summary[r.status] = (summary[r.status] ?? 0) + 1;
  const line = `${r.status} ${r.id} ${r.name}`;
  console.log(r.status === 'ok' ? line : `${line} — ${oneLine(r.reason)}`);
}
finish();

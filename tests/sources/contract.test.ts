/**
 * The served schema (introspected over HTTP, as a client sees it) against the design's contract
 * in FAULTLINE_CONTRACT_DIR (`npm run test:sources -- --contract <dir>`):
 * - api.graphql strictly: every type, field, argument and enum value, with compatible types
 *   and the same argument defaults;
 * - api-next.graphql section by section, as its sections land: what a section serves must match
 *   the contract (a failure otherwise); what it does not serve yet is reported, not failed.
 */
import fs from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/db';
import { GRAPHQL_URL, testServer } from '../helpers/graphql';
import { contractChanges, sectionReports, type SectionReport } from './contract';
import { sourcePath } from './paths';

const API = fs.readFileSync(sourcePath('contract', 'api.graphql'), 'utf8');
const API_NEXT = fs.readFileSync(sourcePath('contract', 'api-next.graphql'), 'utf8');

const { db } = freshDatabase({ seed: false });
const api = testServer(db);
afterAll(() => api.stop());

let served: ReturnType<typeof buildClientSchema>;
beforeAll(async () => {
  const res = await api.http(
    new Request(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    }),
  );
  expect(res.status).toBe(200);
  served = buildClientSchema(((await res.json()) as { data: IntrospectionQuery }).data);
});

function describeReport(r: SectionReport): string {
  const status =
    r.absent.length === 0 && r.incomplete.length === 0
      ? 'served in full'
      : r.absent.length === r.declared.length
        ? 'not served yet'
        : `partly served: ${r.declared.length - r.absent.length} of ${r.declared.length} members`;
  const lines = [`api-next "${r.name}": ${status}`];
  if (r.absent.length > 0 && r.absent.length < r.declared.length)
    lines.push(`  not yet: ${r.absent.join(', ')}`);
  for (const c of r.incomplete) lines.push(`  missing: ${c.description}`);
  for (const c of r.incompatible) lines.push(`  INCOMPATIBLE: ${c.description}`);
  return lines.join('\n');
}

describe('the API contract', () => {
  it('api.graphql: the served schema holds all of it, with compatible types', () => {
    const contract = buildSchema(API);
    expect(contractChanges(contract, served).map((c) => `${c.kind}: ${c.description}`)).toEqual([]);
    expect(served.getQueryType()?.name).toBe('Query');
    expect(served.getMutationType()?.name).toBe('Mutation');
  });

  it('api-next.graphql: every served section matches the contract; the rest is reported', () => {
    const reports = sectionReports(API, API_NEXT, served);
    expect(reports.map((r) => r.name).length).toBeGreaterThan(0);
    console.log(reports.map(describeReport).join('\n'));
    const incompatible = reports.flatMap((r) => r.incompatible.map((c) => `${r.name}: ${c.description}`));
    expect(incompatible).toEqual([]);
  });
});

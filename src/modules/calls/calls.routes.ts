import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/http/app-error';
import { CallListQuery, CallRecord, CallReport, CallsResult, PeriodQuery, RecordCallsBody } from './calls.contracts';
import { callReport, importCallsCsv, listCalls, recordCalls } from './calls.service';

const tags = ['calls'];
const write = { access: 'tickets:write' } as const;

/** /calls: phone call records, their CSV import and the service-level report (docs/phone-calls.md). */
export async function callsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  // This plugin's routes take CSV as text (at most 10 MiB); other plugins are not affected.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  r.post('/calls', { config: write, schema: { tags, summary: 'Record calls (up to 1,000; idempotent by externalId)', body: RecordCallsBody, response: { 200: CallsResult } } }, async (request) =>
    recordCalls(deps, auditContext(request), request.body.calls),
  );
  r.post(
    '/calls/import',
    { config: write, schema: { tags, summary: "Import a call centre's CSV (text/csv)", body: Type.Unsafe<string>({ type: 'string', description: 'The CSV file (text/csv), at most 10 MiB' }), response: { 200: CallsResult } } },
    async (request) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (typeof request.body !== 'string' || (type !== 'text/csv' && type !== 'application/csv')) throw new AppError('unsupported_media_type', 'Send the CSV file itself as the body, with content-type text/csv');
      return importCallsCsv(deps, auditContext(request), request.body);
    },
  );
  r.get('/calls', { config: { access: 'tickets:read' }, schema: { tags, summary: 'Call records, newest first', querystring: CallListQuery, response: { 200: Type.Object({ items: Type.Array(CallRecord) }) } } }, async (request) => ({
    items: await listCalls(deps, request.query),
  }));
  r.get('/calls/report', { config: { access: 'tickets:read_all' }, schema: { tags, summary: 'Answer rate and waits against the 90 % / 60 s targets', querystring: PeriodQuery, response: { 200: CallReport } } }, async (request) =>
    callReport(deps, request.query),
  );
}

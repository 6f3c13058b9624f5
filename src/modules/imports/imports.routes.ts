import path from 'node:path';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { auditContext } from '../../platform/audit/audit.service';
import { NoBody } from '../../platform/auth/auth.contracts';
import { AppError } from '../../platform/http/app-error';
import { createValidatorCompiler } from '../../platform/http/validation';
import { IdParams, Import, ImportListQuery, ImportPage, ImportWithPreview, StartBody, UploadBody, UploadQuery } from './imports.contracts';
import { cancelImport, createImport, errorReport, getImport, listImports, startImport } from './imports.service';
import { acceptCsvUploads, CSV_MEDIA_TYPES, isStoredUpload, MAX_UPLOAD_BYTES } from './upload';

const tags = ['imports'];
const access = { access: 'customers:import' } as const;

/** POST /imports in its own scope: the only route that takes a CSV body, streamed to disk. */
async function uploadRoute(app: FastifyInstance): Promise<void> {
  acceptCsvUploads(app, path.join(app.deps.config.uploadDir, 'incoming'), app.deps.config.http.bodyLimitBytes);
  const validate = createValidatorCompiler();
  // The body is a file on disk by the time validation runs; the CSV reader judges its content.
  const compiler: FastifySchemaCompiler<unknown> = (route) => (route.httpPart === 'body' ? () => true : validate(route));
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    '/imports',
    {
      config: access,
      bodyLimit: MAX_UPLOAD_BYTES,
      validatorCompiler: compiler,
      schema: {
        tags,
        summary: 'Upload a CSV file to import (raw body, text/csv)',
        consumes: CSV_MEDIA_TYPES,
        querystring: UploadQuery,
        body: UploadBody,
        response: { 201: ImportWithPreview },
      },
    },
    async (request, reply) => {
      const upload = request.body;
      if (!isStoredUpload(upload)) throw new AppError('unsupported_media_type', 'Send the CSV file as the body, with content-type text/csv');
      const { kind, fileName } = request.query;
      const created = await createImport(app.deps, auditContext(request), { kind, fileName: fileName ?? `${kind}.csv`, upload });
      return reply.status(201).send(created);
    },
  );
}

/** /imports: upload CSV files, map their columns, run (or dry-run) and follow the import. */
export async function importsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(uploadRoute);

  r.get('/imports', { config: access, schema: { tags, summary: 'List imports, newest first', querystring: ImportListQuery, response: { 200: ImportPage } } }, async (request) =>
    listImports(app.deps, request.query),
  );

  r.get('/imports/:id', { config: access, schema: { tags, summary: 'An import: progress, columns and first rows', params: IdParams, response: { 200: ImportWithPreview } } }, async (request) =>
    getImport(app.deps, request.params.id),
  );

  r.post(
    '/imports/:id/start',
    { config: access, schema: { tags, summary: 'Map the columns and run the import (or a dry run)', params: IdParams, body: StartBody, response: { 202: Import } } },
    async (request, reply) => reply.status(202).send(await startImport(app.deps, auditContext(request), request.params.id, request.body)),
  );

  r.post(
    '/imports/:id/cancel',
    { config: access, schema: { tags, summary: 'Stop an import that has not finished', params: IdParams, body: NoBody, response: { 200: Import } } },
    async (request) => cancelImport(app.deps, auditContext(request), request.params.id),
  );

  r.get(
    '/imports/:id/errors.csv',
    { config: access, schema: { tags, summary: 'The error report: line, field, reason (CSV)', params: IdParams } },
    async (request, reply) => {
      const report = await errorReport(app.deps, request.params.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .send(report.body);
    },
  );
}

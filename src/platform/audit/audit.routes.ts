import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Page } from '../http/pagination';
import { DateTime, Id, Nullable, pageQueryFields } from '../http/schemas';
import { listAudit } from './audit-query.service';

const AuditEntry = Type.Object({
  id: Id,
  at: DateTime,
  actorType: Type.String(),
  actorId: Nullable(Type.String()),
  actorLabel: Type.String(),
  action: Type.String(),
  targetType: Nullable(Type.String()),
  targetId: Nullable(Type.String()),
  ip: Type.String(),
  requestId: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
});

const AuditQuery = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 100 })),
  actorId: Type.Optional(Type.String({ maxLength: 100 })),
  targetType: Type.Optional(Type.String({ maxLength: 100 })),
  targetId: Type.Optional(Type.String({ maxLength: 100 })),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  ...pageQueryFields,
});

/** The audit log, newest first (docs/api.md "audit"). */
export async function auditRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/audit',
    { config: { access: 'audit:read' }, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Page(AuditEntry) } } },
    async (request) => {
      const { limit = 50, cursor, from, to, ...filter } = request.query;
      const range = { from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
      return listAudit(app.deps.database.db, { ...filter, ...range }, limit, cursor);
    },
  );
}

// The audit log page under /{lang}/verwaltung/protokoll, searchable by text, person, kind and days.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { pageContext } from '../../plugins/context.js';
import { formToken } from '../../platform/staff-area.js';
import { searchAudit } from './audit.service.js';
import { AuditPage } from './audit.views.js';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const isoDay = z.iso.date().optional().catch(undefined);
const query = z.object({
  q: optionalText(200),
  typ: optionalText(50),
  person: optionalText(320),
  von: isoDay,
  bis: isoDay,
  seite: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});

export async function auditRoutes(app: FastifyInstance) {
  app.get('/', async (request, reply) => {
    const q = query.parse(request.query);
    const filters = { q: q.q, entityType: q.typ, actor: q.person, from: q.von, to: q.bis };
    const result = await searchAudit(app.db, request.actor!, filters, q.seite);
    return reply.html(
      <AuditPage
        ctx={pageContext(request, app.config.publicUrl)}
        nav={request.backOfficeNav}
        csrf={formToken(app, request, reply)}
        filters={filters}
        result={result}
      />,
    );
  });
}

// Back-office routes of the browser import under /{lang}/verwaltung/import: upload → dry-run report →
// confirmation. Files arrive as multipart form data; the CSRF field travels with them.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext } from '../../../plugins/context.js';
import { formToken } from '../../../platform/staff-area.js';
import { assertMayImport, checkUpload, confirmUpload, MAX_UPLOAD_BYTES } from './import-upload.service.js';
import { ImportReportPage, ImportUploadPage } from './import.views.js';

const uploadBody = z.object({
  file: z.object({ name: z.string().max(300), content: z.instanceof(Buffer) }).optional(),
});

export async function importRoutes(app: FastifyInstance) {
  // Fields (with the CSRF token) land in request.body before the staff area's check runs.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 },
    // Keeps the file name beside the content (key-value bodies would drop it).
    onFile: async (part) => {
      (part as unknown as { value: unknown }).value = { name: part.filename || 'upload.csv', content: await part.toBuffer() };
    },
  });
  const page = (request: FastifyRequest, reply: FastifyReply) => ({
    ctx: pageContext(request, app.config.publicUrl),
    nav: request.backOfficeNav,
    csrf: formToken(app, request, reply),
  });

  app.get('/', async (request, reply) => {
    assertMayImport(request.actor!);
    return reply.html(<ImportUploadPage {...page(request, reply)} />);
  });

  app.post('/', async (request, reply) => {
    assertMayImport(request.actor!);
    const ctx = pageContext(request, app.config.publicUrl);
    const body = uploadBody.safeParse(request.body);
    const file = body.success ? body.data.file : undefined;
    if (!file || file.content.length === 0)
      return reply.html(<ImportUploadPage {...page(request, reply)} error={ctx.t('importPage.noFile')} />, 400);
    const fileName = file.name;
    const { id, report } = await checkUpload(app.db, request.actor!, fileName, file.content);
    return reply.html(
      <ImportReportPage {...page(request, reply)} fileName={fileName} report={report} pendingId={id} />,
      report.problems.length ? 422 : 200,
    );
  });

  app.post('/:id/bestaetigen', async (request, reply) => {
    const { id } = z.object({ id: z.string().max(100) }).parse(request.params);
    const { fileName, report } = await confirmUpload(app.db, request.actor!, id);
    return reply.html(
      <ImportReportPage {...page(request, reply)} fileName={fileName} report={report} pendingId={null} />,
      report.problems.length ? 422 : 200,
    );
  });
}

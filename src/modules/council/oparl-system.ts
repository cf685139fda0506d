// The entry of an OParl server: its System object names the list of bodies (Körperschaften); a
// municipality's settings choose one, and a sync walks that body's lists. Used by the settings form
// (to offer the system's bodies) and by every sync (to find the body's lists).
import type { MessageKey } from '../../i18n/index.js';
import { AppError } from '../../lib/errors.js';
import { answerFault, type OparlClient } from './oparl-client.js';
import { DEFAULT_MAX_PAGES, walkList } from './oparl-list-walker.js';
import { repairObject } from './oparl-repair.js';
import { bodySchema, type OparlBody, systemSchema } from './oparl.schemas.js';
import type { ReportFault } from './sync-faults.js';

/**
 * Why the system or body could not be used; the message says it to staff. An AppError (HTTP 502, code
 * `oparl_system_problem`): the council's server, not the request, is at fault.
 */
export class SystemProblem extends AppError {
  constructor(
    messageKey: MessageKey,
    public readonly detail: string | null = null,
  ) {
    super(502, 'oparl_system_problem', messageKey, {}, detail === null ? undefined : { detail });
    this.name = 'SystemProblem';
  }
}

/** An address Lotse refuses to read has its own message; null for what the server did. */
const problemOf = (kind: string): MessageKey | null =>
  kind === 'private_address' ? 'council.problem.privateAddress' : kind === 'foreign_origin' ? 'council.problem.foreignOrigin' : null;

export interface BodyLists {
  url: string;
  name: string | null;
  paper: string | null;
  meeting: string | null;
  organization: string | null;
}

const toLists = (body: OparlBody): BodyLists => ({
  url: body.id,
  name: body.name ?? body.shortName ?? null,
  paper: body.paper ?? null,
  meeting: body.meeting ?? null,
  organization: body.organization ?? null,
});

/**
 * The system's bodies (a list of a page or two; a council system holds one to a few dozen). The settings
 * form reads them inside its request, so it asks for `maxPages` pages only.
 */
export async function readBodies(
  client: OparlClient,
  systemUrl: string,
  report: ReportFault,
  maxPages = DEFAULT_MAX_PAGES,
): Promise<BodyLists[]> {
  const answer = await client.get(systemUrl);
  if (answer.kind !== 'ok') {
    const fault = answerFault(answer);
    report(fault.kind, systemUrl, fault.detail);
    throw new SystemProblem(problemOf(answer.kind) ?? 'council.problem.unreachable', fault.detail);
  }
  const system = systemSchema.safeParse(repairObject(answer.body, 'System', report, systemUrl));
  if (!system.success || !system.data.body) throw new SystemProblem('council.problem.notOparl');
  const bodies: BodyLists[] = [];
  await walkList(
    client,
    system.data.body,
    report,
    async (page) => {
      for (const raw of page.objects) {
        const body = bodySchema.safeParse(repairObject(raw, 'Body', report, page.url));
        if (body.success && !body.data.deleted) bodies.push(toLists(body.data));
      }
    },
    { maxPages },
  );
  return bodies;
}

/** The body a sync walks: the chosen one (from the list, else fetched by its URL), or the system's only one. */
export async function resolveBody(client: OparlClient, systemUrl: string, bodyUrl: string | null, report: ReportFault): Promise<BodyLists> {
  const bodies = await readBodies(client, systemUrl, report);
  if (!bodyUrl) {
    if (bodies.length === 1) return bodies[0]!;
    throw new SystemProblem(bodies.length ? 'council.problem.chooseBody' : 'council.problem.noBody');
  }
  const listed = bodies.find((b) => b.url === bodyUrl);
  if (listed) return listed;
  const answer = await client.get(bodyUrl);
  if (answer.kind !== 'ok') {
    const fault = answerFault(answer);
    report(fault.kind, bodyUrl, fault.detail);
    throw new SystemProblem(problemOf(answer.kind) ?? 'council.problem.bodyUnreachable', fault.detail);
  }
  const body = bodySchema.safeParse(repairObject(answer.body, 'Body', report, bodyUrl));
  if (!body.success) throw new SystemProblem('council.problem.notOparl');
  return toLists(body.data);
}

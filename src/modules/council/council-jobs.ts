// The background jobs of council information. Every night at the configured Berlin time, `oparl_nightly`
// queues one `oparl_sync` per municipality with an OParl system; each runs (and fails, or resumes) on its
// own. The crontab is in UTC, so it fires at the two UTC hours that can be that Berlin time (summer or
// winter) and the job itself checks which one it is, as the notification digest does. Every quarter of an
// hour, `oparl_meetings_started` empties the cached pages whose next deliberation has begun.
import { z } from 'zod';
import type { OparlSettings } from '../../config.js';
import type { Db } from '../../db/database.js';
import { enqueue } from '../../jobs/queue.js';
import { berlinParts } from '../../lib/berlin-time.js';
import { AppError } from '../../lib/errors.js';
import { clientSettingsSchema } from './council.schemas.js';
import { configuredMunicipalities } from './council.service.js';
import type { SyncJobPayload } from './council-runs.service.js';
import { syncMunicipality } from './sync.service.js';

const nightlyPayload = z.looseObject({
  _cron: z.looseObject({ ts: z.string() }).optional(),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  client: clientSettingsSchema,
});

const syncPayload = z.object({ municipality: z.string().min(1).max(100), client: clientSettingsSchema });

/** The crontab line of the nightly sync, with the settings it passes on in its payload. */
export function nightlyCrontab(settings: OparlSettings): string[] {
  const [hour = 2, minute = 30] = settings.syncTime.split(':').map(Number);
  // Berlin is UTC+1 in winter and UTC+2 in summer.
  const hours = [(hour + 22) % 24, (hour + 23) % 24].sort((a, b) => a - b);
  const payload = {
    time: settings.syncTime,
    client: {
      concurrency: settings.concurrency,
      requestsPerSecond: settings.requestsPerSecond,
      timeoutSeconds: settings.timeoutSeconds,
      retries: settings.retries,
      maxPages: settings.maxPages,
      allowPrivateAddresses: settings.allowPrivateAddresses,
    },
  };
  return [`${minute} ${hours.join(',')} * * * oparl_nightly ${JSON.stringify(payload)}`];
}

/**
 * Every quarter of an hour: a meeting that began leaves the "next deliberation" of its Vorhaben's
 * cached pages (meetings-started.service.ts).
 */
export const meetingsStartedCrontab = '*/15 * * * * oparl_meetings_started';

export async function queueNightlySyncs(db: Db, payload: unknown): Promise<number> {
  const { _cron, time, client } = nightlyPayload.parse(payload ?? {});
  if (_cron && berlinParts(new Date(_cron.ts)).time !== time) return 0;
  const slugs = await configuredMunicipalities(db);
  for (const municipality of slugs) {
    const job: SyncJobPayload = { municipality, client };
    await enqueue(db, 'oparl_sync', job, { maxAttempts: 1, jobKey: `oparl_sync:${municipality}` });
  }
  return slugs.length;
}

export async function runSyncJob(db: Db, payload: unknown): Promise<void> {
  const { municipality, client } = syncPayload.parse(payload);
  let summary;
  try {
    summary = await syncMunicipality(db, municipality, { client });
  } catch (err) {
    // Another process is syncing it, or its settings were removed meanwhile: nothing to do now.
    if (err instanceof AppError && (err.code === 'oparl_sync_running' || err.code === 'oparl_not_configured')) return;
    throw err;
  }
  // A failed run is recorded with its reason; the job itself is done (the next night tries again).
  if (summary.status === 'failed') console.error(`oparl_sync ${municipality}: ${summary.error ?? 'failed'}`);
}

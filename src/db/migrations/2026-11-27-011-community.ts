// Residents' own accounts (signed in by an e-mailed link, password optional), their ideas in a process's
// ideas phase with one support per account, threaded comments on Vorhaben and ideas with reports and a
// moderation trail, and follows with the notification items a job mails immediately or as a daily digest.
// Deleting an account deletes the resident row: contributions stay, their author becomes null.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('residents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('notify_mode', 'text', (c) =>
      c
        .notNull()
        .defaultTo('daily')
        .check(sql`notify_mode in ('immediate', 'daily', 'off')`),
    )
    .addColumn('unsubscribe_token', 'text', (c) => c.notNull().unique())
    .addColumn('blocked_at', 'timestamptz')
    .addColumn('blocked_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Addresses of blocked accounts that were deleted, as hashes: signing up again brings the block back.
  await db.schema
    .createTable('blocked_addresses')
    .addColumn('email_hash', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('resident_sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('resident_id', 'integer', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index resident_sessions_resident_idx on resident_sessions (resident_id)`.execute(db);

  await db.schema
    .createTable('resident_links')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('return_path', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('ideas')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('process_id', 'integer', (c) => c.notNull().references('participation_processes.id'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('location', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('new')
        .check(sql`status in ('new', 'in_review', 'accepted', 'rejected')`),
    )
    .addColumn('status_reason', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('linked_project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('hidden_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('ideas_accepted_linked', sql`status <> 'accepted' or linked_project_id is not null`)
    .addCheckConstraint('ideas_rejected_reason', sql`status <> 'rejected' or status_reason is not null`)
    .execute();
  await sql`create index ideas_process_idx on ideas (process_id, created_at)`.execute(db);
  await sql`create index ideas_resident_idx on ideas (resident_id)`.execute(db);

  await db.schema
    .createTable('idea_supports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('idea_id', 'integer', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index idea_supports_once on idea_supports (idea_id, resident_id)`.execute(db);
  await sql`create index idea_supports_resident_idx on idea_supports (resident_id)`.execute(db);

  await db.schema
    .createTable('comments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('idea_id', 'integer', (c) => c.references('ideas.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('comments.id'))
    .addColumn('depth', 'integer', (c) => c.notNull().check(sql`depth between 1 and 3`))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('edited_at', 'timestamptz')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_by', 'integer', (c) => c.references('users.id'))
    .addCheckConstraint('comments_one_target', sql`(project_id is null) <> (idea_id is null)`)
    .execute();
  await sql`create index comments_project_idx on comments (project_id, created_at) where project_id is not null`.execute(db);
  await sql`create index comments_idea_idx on comments (idea_id, created_at) where idea_id is not null`.execute(db);
  await sql`create index comments_resident_idx on comments (resident_id)`.execute(db);

  await db.schema
    .createTable('comment_reports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('comment_id', 'integer', (c) => c.notNull().references('comments.id'))
    .addColumn('resident_id', 'integer', (c) => c.references('residents.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('resolved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('resolution', 'text', (c) => c.check(sql`resolution in ('hidden', 'dismissed')`))
    .execute();
  await sql`create unique index comment_reports_once on comment_reports (comment_id, resident_id)`.execute(db);
  await sql`create index comment_reports_open_idx on comment_reports (created_at) where resolved_at is null`.execute(db);

  await db.schema
    .createTable('follows')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('resident_id', 'integer', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('municipality_id', 'integer', (c) => c.references('municipalities.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('follows_one_target', sql`num_nonnulls(project_id, topic_id, municipality_id) = 1`)
    .execute();
  await sql`create unique index follows_project_once on follows (resident_id, project_id) where project_id is not null`.execute(db);
  await sql`create unique index follows_topic_once on follows (resident_id, topic_id) where topic_id is not null`.execute(db);
  await sql`create unique index follows_municipality_once on follows (resident_id, municipality_id) where municipality_id is not null`.execute(
    db,
  );
  await sql`create index follows_project_idx on follows (project_id) where project_id is not null`.execute(db);

  await db.schema
    .createTable('notification_items')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('resident_id', 'integer', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await sql`create index notification_items_pending_idx on notification_items (resident_id, project_id) where sent_at is null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notification_items',
    'follows',
    'comment_reports',
    'comments',
    'idea_supports',
    'ideas',
    'resident_links',
    'resident_sessions',
    'blocked_addresses',
    'residents',
  ])
    await db.schema.dropTable(table).execute();
}

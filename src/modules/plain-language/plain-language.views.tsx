// The Leichte-Sprache area: an overview (what Lotse is, with the optional video in German Sign Language)
// and one page per task. Its text is German for every interface language, marked so (lang="de").
import { Layout } from '../../views/layout.js';
import { localePath, type PageContext } from '../../views/page-context.js';
import type { PlainBlock, PlainPage } from './plain-pages.js';

function Block({ ctx, block }: { ctx: PageContext; block: PlainBlock }) {
  switch (block.kind) {
    case 'p':
      return <p class="kern-body lotse-plain-text">{block.text}</p>;
    case 'list':
      return (
        <ul class="kern-list lotse-plain-text">
          {block.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      );
    case 'link':
      return (
        <p class="kern-body lotse-plain-text">
          <a class="kern-link" href={localePath(ctx.locale, block.path)}>
            {block.text}
          </a>
        </p>
      );
    case 'word':
      return (
        <div class="lotse-plain-word">
          <p class="kern-body lotse-plain-text">
            <strong>Das Wort {block.word} erklären wir so:</strong>
          </p>
          <p class="kern-body lotse-plain-text">{block.meaning}</p>
        </div>
      );
  }
}

function PlainFrame({ ctx, page, children }: { ctx: PageContext; page: PlainPage; children?: preact.ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={page.title}>
      <div lang="de" class="lotse-plain-area">
        <h1 class="kern-heading-large">{page.title}</h1>
        {page.blocks.map((block) => (
          <Block ctx={ctx} block={block} />
        ))}
        {children}
      </div>
    </Layout>
  );
}

export function PlainOverviewPage({
  ctx,
  page,
  tasks,
  signLanguageVideoUrl,
}: {
  ctx: PageContext;
  page: PlainPage;
  tasks: PlainPage[];
  signLanguageVideoUrl: string | null;
}) {
  return (
    <PlainFrame ctx={ctx} page={page}>
      <ul class="kern-list lotse-plain-tasks">
        {tasks.map((task) => (
          <li>
            <a class="kern-link lotse-plain-text" href={localePath(ctx.locale, `/leichte-sprache/${task.slug}`)}>
              {task.title}
            </a>
          </li>
        ))}
      </ul>
      {signLanguageVideoUrl && (
        <section class="lotse-section" aria-labelledby="gebaerdensprache">
          <h2 class="kern-heading-medium" id="gebaerdensprache">
            Video in Deutscher Gebärden-Sprache
          </h2>
          <p class="kern-body lotse-plain-text">
            <a class="kern-link" href={signLanguageVideoUrl}>
              Hier sehen Sie ein Video in Deutscher Gebärden-Sprache.
            </a>
          </p>
          <p class="kern-body lotse-plain-text">
            In dem Video erklärt eine Person in Gebärden-Sprache: Was ist Lotse? Im Video steht das Gleiche wie auf dieser Seite.
          </p>
        </section>
      )}
    </PlainFrame>
  );
}

export function PlainTaskPage({ ctx, page }: { ctx: PageContext; page: PlainPage }) {
  return (
    <PlainFrame ctx={ctx} page={page}>
      <p class="kern-body lotse-plain-text">
        <a class="kern-link" href={localePath(ctx.locale, '/leichte-sprache')}>
          Zurück zur Übersicht in Leichter Sprache
        </a>
      </p>
    </PlainFrame>
  );
}

// The frame of every page below a municipality's council settings: the back-office layout, a link back to
// the settings and the page's heading.
import type { ComponentChildren } from 'preact';
import { BackOfficeLayout, type BackOfficePage } from '../../platform/back-office/frame.js';
import { localePath } from '../../views/page-context.js';
import { councilPath } from './council-paths.js';

export function CouncilSubpage({
  ctx,
  nav,
  title,
  back,
  children,
}: Pick<BackOfficePage, 'ctx' | 'nav'> & {
  title: string;
  back: { slug: string; path?: string; label: string };
  children: ComponentChildren;
}) {
  return (
    <BackOfficeLayout ctx={ctx} title={title} nav={nav} current="council">
      <p>
        <a class="kern-link" href={localePath(ctx.locale, councilPath(back.slug, back.path))}>
          {back.label}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      {children}
    </BackOfficeLayout>
  );
}

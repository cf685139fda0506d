// A navigation that phones show behind a menu button: the button is rendered hidden and only
// disclosure-nav.js reveals it (and collapses the list on narrow screens), so without JavaScript the
// full list shows and no dead button is left; wide screens never see the button (disclosure-nav.css).
export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

export function DisclosureNav({
  id,
  label,
  buttonLabel,
  items,
  class: className,
  contained = false,
}: {
  /** The list's id, named by the button's aria-controls. */
  id: string;
  /** The landmark's name ("Hauptnavigation"). */
  label: string;
  /** The button's text ("Menü"). */
  buttonLabel: string;
  items: readonly NavItem[];
  class: string;
  /** Inside a KERN container (the full-width bar of the main navigation). */
  contained?: boolean;
}) {
  const content = (
    <>
      <button type="button" class="kern-btn kern-btn--secondary lotse-disclosure__toggle" aria-expanded="false" aria-controls={id} hidden>
        <span class="kern-label">{buttonLabel}</span>
      </button>
      <ul id={id} class="kern-list kern-list--horizontal lotse-disclosure__list">
        {items.map((item) => (
          <li>
            <a class="kern-link" href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <nav aria-label={label} class={`${className} lotse-disclosure`} data-lotse-disclosure="">
      {contained ? <div class="kern-container">{content}</div> : content}
    </nav>
  );
}

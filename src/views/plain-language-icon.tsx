// The sign beside "Leichte Sprache" links: an open book with a tick (drawn here; the Inclusion Europe logo
// is licensed for checked texts only). Decorative: the link's words say where it leads.
export function PlainLanguageIcon() {
  return (
    <svg class="lotse-plain-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        d="M2 5c3-1 6-1 10 1v14c-4-2-7-2-10-1z M22 5c-3-1-6-1-10 1v14c4-2 7-2 10-1z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linejoin="round"
      />
      <path d="M14.5 12.5l2 2 4-4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

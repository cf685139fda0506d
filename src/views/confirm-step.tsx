// The second step of an action that cannot be undone or that applies a checked file: the user has seen
// what will happen, and one more deliberate press (a button, never a link, since mail scanners and
// prefetchers follow links) carries it out. Works without JavaScript.
import type { ComponentChildren } from 'preact';
import { CsrfField, SubmitButton } from './form-fields.js';

export function ConfirmStep({
  action,
  csrf,
  hint,
  label,
  kind = 'primary',
  hidden,
  check,
  children,
}: {
  action: string;
  csrf: string;
  /** What pressing the button will do. */
  hint?: string;
  label: string;
  kind?: 'primary' | 'secondary';
  /** Values the step carries forward (a token, an id). */
  hidden?: Record<string, string>;
  /** A box the user must tick first, e.g. "I understand that this deletes my account". */
  check?: { name: string; label: string };
  children?: ComponentChildren;
}) {
  return (
    <form method="post" action={action} class="lotse-panel lotse-confirm-step">
      <CsrfField token={csrf} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {hint && <p class="kern-body">{hint}</p>}
      {children}
      {check && (
        <div class="kern-form-check">
          <input class="kern-form-check__checkbox" type="checkbox" id={check.name} name={check.name} value="on" />
          <label class="kern-label" for={check.name}>
            {check.label}
          </label>
        </div>
      )}
      <SubmitButton kind={kind} label={label} />
    </form>
  );
}

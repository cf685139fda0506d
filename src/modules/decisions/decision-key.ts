// A decision's identity within its Vorhaben across edits and council syncs: its reference with the
// supplement ("FA-10/2023 1. Ergänzung" is another paper than "FA-10/2023"), else its text.

export function decisionKey(d: { reference: string | null; supplement: string | null; raw: string }): string {
  if (d.reference === null) return d.raw;
  return d.supplement ? `${d.reference} ${d.supplement}` : d.reference;
}

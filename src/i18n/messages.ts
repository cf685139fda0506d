// What a catalogue message is, and which parameters it needs. A message is a string, or, when it
// counts something, one string per plural category of the language, picked by the number in {count}:
//   'ideas.supports': { one: '{count} Unterstützung', other: '{count} Unterstützungen' }
// The German catalogue is the source: its texts decide the parameters every t() call must pass,
// so a call that forgets {count} or {title} fails the type check instead of showing "{title}".
import type { de, MessageKey } from './de.js';

/** The categories Intl.PluralRules knows; each language uses some of them (de, da, en: one, other). */
export type PluralCategory = Intl.LDMLPluralRule;
export type Plural = { readonly other: string } & { readonly [C in PluralCategory]?: string };
export type Message = string | Plural;

type Source = typeof de;

/** A translation: every German key, a string where German has a string, plural forms where German has them. */
export type Catalogue = { readonly [K in MessageKey]: Source[K] extends string ? string : Plural };

export type Param = string | number;

// "{count} von {quorum}" → 'count' | 'quorum'. Template-literal inference takes the first "{" and the
// first "}" after it, the same as the /\{(\w+)\}/g that fills them in.
type Names<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;
type Texts<M> = M extends string ? M : M[keyof M];
type NamesOf<K extends MessageKey> = Names<Texts<Source[K]>>;

/** The parameters of one message: a number for {count} of a plural message, text or number for the rest. */
export type Params<K extends MessageKey> = Source[K] extends string
  ? { [P in NamesOf<K>]: Param }
  : { count: number } & { [P in Exclude<NamesOf<K>, 'count'>]: Param };

type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/**
 * The rest arguments of t() after the key: required parameters when the message has placeholders,
 * none otherwise. A key computed at run time (a union such as `status.${s}`) cannot be checked
 * message by message, so it takes any parameters; t() leaves a missing one visible as "{name}".
 */
export type ParamArgs<K extends MessageKey> =
  true extends IsUnion<K>
    ? [params?: Record<string, Param>]
    : [NamesOf<K>] extends [never]
      ? [params?: Record<string, never>]
      : [params: Params<K>];

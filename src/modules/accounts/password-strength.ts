// New passwords are checked against the lists of common and leaked passwords, words and names that
// zxcvbn-ts ships (about 40,000 passwords plus German dictionaries), and against the person's own address
// and name. Length alone lets "Passwort1234" through; a guessing attack tries such passwords first.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn's score 3: more than 10^10 guesses; anything below is found early by a guessing attack. */
const MIN_SCORE = 3;

let checker: Promise<ZxcvbnFactory> | undefined;

// Loaded on first use: the lists take memory and a tenth of a second that most processes never need.
async function load(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, de] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-de'),
  ]);
  return new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...de.dictionary }, graphs: common.adjacencyGraphs });
}

/** Whether the password is too easy to guess; `personal`: the person's address, name and the like. */
export async function guessablePassword(password: string, personal: (string | null | undefined)[] = []): Promise<boolean> {
  const zxcvbn = await (checker ??= load());
  const inputs = personal.flatMap((p) =>
    p
      ? [
          p,
          ...p
            .toLowerCase()
            .split(/[@.\s_+-]+/)
            .filter((part) => part.length > 2),
        ]
      : [],
  );
  return zxcvbn.check(password, inputs).score < MIN_SCORE;
}

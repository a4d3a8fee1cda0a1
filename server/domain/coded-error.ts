/**
 * The shape every error catalogue of mesa shares: a stable SCREAMING_SNAKE code, parameters,
 * and a message per language built from them. The domain's catalogue (errors.ts) and the use
 * cases' (app/app-errors.ts) are both made of it.
 */

export type Language = 'es' | 'en';

export type MessageParams = Readonly<Record<string, string | number>>;

/** How one code reads in each language. */
export type Messages = Readonly<Record<Language, (params: MessageParams) => string>>;

/** An error with a stable code whose message exists in Spanish and English. */
export abstract class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    readonly params: MessageParams,
    private readonly messages: Messages,
  ) {
    super(messages.en(params));
  }

  /** The message in the requested language (Spanish by default). */
  messageIn(language: Language = 'es'): string {
    return this.messages[language](this.params);
  }
}

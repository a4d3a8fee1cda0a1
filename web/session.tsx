/** Who is signed in, the attention state of their contract, and signing out. */

import { createContext, useContext } from 'react';
import type { Attention, User } from './api/types';

export interface Session {
  readonly user: User;
  readonly attention: Attention;
  /** Re-reads /attention (the home and the form ask before showing hours). */
  readonly refreshAttention: () => Promise<Attention>;
  readonly signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session (pages behind sign-in only). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside a signed-in page');
  return session;
}

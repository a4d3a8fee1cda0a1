/**
 * The new case's draft, kept in the tab's storage as it is typed: a failed send, a reload or a
 * look at another page loses nothing, and its Idempotency-Key makes a retried send register
 * one case. Signing out forgets it (clearSessionDrafts).
 */

import type { ChecklistAnswer, ChecklistItem, Impact } from '../api/types';

export interface Draft {
  step: number;
  answers: Partial<Record<ChecklistItem, { answer: ChecklistAnswer; note: string }>>;
  subject: string;
  description: string;
  impact: Impact | '';
  idempotencyKey: string;
}

const DRAFT_KEY = 'mesa.ticket-draft';

function newDraft(): Draft {
  return {
    step: 0,
    answers: {},
    subject: '',
    description: '',
    impact: '',
    idempotencyKey: crypto.randomUUID(),
  };
}

export function loadDraft(): Draft {
  try {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    return saved ? { ...newDraft(), ...(JSON.parse(saved) as Partial<Draft>) } : newDraft();
  } catch {
    return newDraft();
  }
}

export function saveDraft(draft: Draft | null): void {
  try {
    if (draft === null) sessionStorage.removeItem(DRAFT_KEY);
    else sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // No storage: the draft lives as long as the page.
  }
}

import { createStore, type StoreApi } from 'zustand/vanilla';

/** What the live region says, and whether it is an outcome (shown) or a summary (read out only). */
export interface BillingAnnouncement {
  id: number;
  text: string;
  kind: 'summary' | 'outcome';
}

/** The add-on change under review in the dialog. */
export interface BillingReview {
  addOnId: string;
  units: number;
}

/** One confirmation: the quote it confirms and the idempotency key every retry of it reuses. */
export interface BillingConfirmation {
  quoteId: string;
  idempotencyKey: string;
}

/** Where applying a change stands. */
export type SubmitPhase = 'idle' | 'submitting' | 'succeeded' | 'failed';

/** Per-provider UI state: never shared between two providers on one page. */
export interface BillingUiState {
  /** The add-on whose stepper is open. */
  editingAddOnId: string | null;
  /** Draft units by add-on id. */
  drafts: Record<string, number>;
  /** The change under review (dialog open), or null. */
  review: BillingReview | null;
  confirmation: BillingConfirmation | null;
  phase: SubmitPhase;
  announcement: BillingAnnouncement | null;
  openStepper: (addOnId: string) => void;
  /** Closes the open stepper and drops its draft units. */
  closeStepper: () => void;
  setDraft: (addOnId: string, units: number) => void;
  clearDraft: (addOnId: string) => void;
  openReview: (review: BillingReview) => void;
  closeReview: () => void;
  setConfirmation: (confirmation: BillingConfirmation | null) => void;
  setPhase: (phase: SubmitPhase) => void;
  announce: (text: string, kind: BillingAnnouncement['kind']) => void;
}

/** The store type, for hooks that take one. */
export type BillingStore = StoreApi<BillingUiState>;

function withoutDraft(drafts: Record<string, number>, addOnId: string | null): Record<string, number> {
  if (addOnId === null || !(addOnId in drafts)) return drafts;
  const { [addOnId]: _dropped, ...rest } = drafts;
  return rest;
}

/** Creates one provider's UI store. */
export function createBillingStore(): BillingStore {
  let announcements = 0;
  return createStore<BillingUiState>()((set) => ({
    editingAddOnId: null,
    drafts: {},
    review: null,
    confirmation: null,
    phase: 'idle',
    announcement: null,
    openStepper: (addOnId) => set({ editingAddOnId: addOnId }),
    // Closing without reviewing is letting go of the chosen units: the next opening starts afresh.
    closeStepper: () =>
      set((state) => ({ editingAddOnId: null, drafts: withoutDraft(state.drafts, state.editingAddOnId) })),
    setDraft: (addOnId, units) => set((state) => ({ drafts: { ...state.drafts, [addOnId]: units } })),
    clearDraft: (addOnId) => set((state) => ({ drafts: withoutDraft(state.drafts, addOnId) })),
    openReview: (review) => set({ review, phase: 'idle', confirmation: null }),
    closeReview: () => set({ review: null, confirmation: null }),
    setConfirmation: (confirmation) => set({ confirmation }),
    setPhase: (phase) => set({ phase }),
    announce: (text, kind) => {
      announcements += 1;
      set({ announcement: { id: announcements, text, kind } });
    },
  }));
}

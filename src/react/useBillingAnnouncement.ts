'use client';
import { useStore } from 'zustand';
import type { BillingAnnouncement } from '../controller/changeFlowOf';
import { useBillingFlow } from './useBillingFlow';

/**
 * What the widget's polite live region says now: an applied change's outcome ("Generative Credits
 * updated…", `kind: 'outcome'`, to show) or the stepper's settled figures (`kind: 'summary'`, to read
 * out only); `null` before anything was announced. A headless UI renders it in its own `role="status"`.
 */
export function useBillingAnnouncement(): BillingAnnouncement | null {
  return useStore(useBillingFlow(), (state) => state.announcement);
}

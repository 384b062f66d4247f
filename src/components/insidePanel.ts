'use client';
import { createContext } from 'react';

/** True under `<BillingPanel>`, whose live region the stepper then shares instead of rendering its own. */
export const InsidePanelContext = createContext(false);

'use client';
import { createContext } from 'react';

/**
 * True under a component that renders the widget's live region (the panel, a stepper on its own):
 * the stepper and dialog inside it share that region instead of rendering one each, which would
 * announce every outcome twice.
 */
export const LiveRegionContext = createContext(false);

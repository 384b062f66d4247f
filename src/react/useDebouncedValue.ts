'use client';
import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs` (immediately when `delayMs` is 0). */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // Without a delay the value is returned as it is: setting state here only cost every change a
    // second render (the closed ConfirmDialog re-rendered twice per Increase click).
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : settled;
}

'use client';
import type { ComponentProps } from 'react';

/** Props of `<Fact>`: the term, and the value's `<dd>` props (its children, class, data attributes). */
export interface FactProps extends ComponentProps<'dd'> {
  term: string;
}

/** One term and its value in a `.rbw-facts` list, wrapped in the `<div>` the grid lays out. */
export function Fact({ term, ...valueProps }: FactProps) {
  return (
    <div>
      <dt>{term}</dt>
      <dd {...valueProps} />
    </div>
  );
}

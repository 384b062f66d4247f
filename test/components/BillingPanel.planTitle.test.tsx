import { screen } from '@testing-library/react';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { describe, expect, it } from 'vitest';
import { messages as french } from '../../src/locales/fr';
import { messages as japanese } from '../../src/locales/ja';
import { renderPanel } from '../support/mockBackend';
import { basic } from '../support/plans';

// The panel's title is "<label><colon><plan name>"; the colon is the language's: French spaces it
// (a no-break space, so it never starts a line), Japanese uses the full-width one with no space.
const adapter = () => createMemoryAdapter({ subscription: basic({ units: 1 }) });

describe("the panel's title", () => {
  it.each([
    { language: 'English', messages: undefined, title: 'Plan: Basic' },
    { language: 'French', messages: french, title: 'Forfait\u00a0: Basic' },
    { language: 'Japanese', messages: japanese, title: 'プラン：Basic' },
    { language: 'a host override of the label', messages: { planHeading: 'Abo' }, title: 'Abo: Basic' },
  ])('punctuates the label in $language', async ({ messages, title }) => {
    renderPanel({ adapter: adapter(), messages });
    const heading = await screen.findByRole('heading', { level: 2, name: /Basic/ });
    expect(heading.textContent).toBe(title);
  });
});

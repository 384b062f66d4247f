import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import '../src/styles/billing.css';
import './preview.css';
import { billingGlobalTypes, installFreshBackend, withBillingProvider } from '../stories/support/billingStory';

// findBy*/waitFor wait longer than the 1 s default: the whole suite shares 2 cores.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  loaders: [mswLoader()],
  // After the loader has reset the worker: a new mock backend for every render, so a play
  // function's purchases never leak into the next story (or the next run of the same one).
  beforeEach: installFreshBackend,
  decorators: [withBillingProvider],
  // Language and direction menus in the toolbar, for designers to see any story in any of them.
  globalTypes: billingGlobalTypes,
  initialGlobals: { locale: '', dir: '' },
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Each story of a docs page in its own frame: MSW's worker serves each frame its own handlers.
    docs: { story: { inline: false, iframeHeight: 560 } },
  },
};

export default preview;

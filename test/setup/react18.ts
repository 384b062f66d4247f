// The components-react18 project must really run React 18, everywhere: fail loudly otherwise.
import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';

if (!reactVersion.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`components-react18 runs React ${reactVersion} / react-dom ${domVersion}, not 18.`);
}

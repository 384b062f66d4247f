// Global setup of components-react18: make sure React 18 is installed in .react18/ (a no-op
// when it is; CI installs it before `npm test`).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  execFileSync('bash', [fileURLToPath(new URL('../../scripts/react18.sh', import.meta.url))], { stdio: 'inherit' });
}

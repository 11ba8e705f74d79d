import { createRoot } from 'react-dom/client';
import { connectHost } from './host/host-session';
import { loadPolicy } from './policy/load-policy';
import { TeamsTab } from './tab/TeamsTab';

/**
 * The Teams tab page. It loads Teams JS (never Office.js: in a Teams frame that
 * blanks the page) and the council's policy side by side, then renders. Outside
 * Teams the host times out quickly and the page works as a standalone checker.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const [host, loaded] = await Promise.all([connectHost(), loadPolicy(window.location.href)]);
  createRoot(container).render(<TeamsTab host={host} loaded={loaded} browserLocale={navigator.language} />);
}

void start();

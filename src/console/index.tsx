import { createRoot } from 'react-dom/client';
import { ConsoleRoot } from './app/ConsoleRoot';

/**
 * The monitoring officer's console: a plain page that also runs as a Teams tab.
 * It never loads Office.js (Office.js in a Teams frame blanks the page); Teams JS
 * is loaded only when the page finds itself in a frame (see host/useHostTheme).
 */
const container = document.getElementById('root');
if (container) createRoot(container).render(<ConsoleRoot />);

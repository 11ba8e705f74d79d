import { createRoot } from 'react-dom/client';
import { PlaygroundApp, initialLang } from './PlaygroundApp';

// No Office.js here: the playground runs offline in any browser.
const lang = initialLang();
document.documentElement.lang = lang;
createRoot(document.getElementById('root')!).render(<PlaygroundApp initialLang={lang} />);

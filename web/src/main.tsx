// The chat page at /app/ (also reached as /app): asks Parley how it is configured, then renders.
import { type ComponentChild, render } from 'preact';
import { App, type PageConfig } from './app.js';

const root = document.getElementById('root');
if (root) {
  const show = (content: ComponentChild) => {
    root.textContent = '';
    render(content, root);
  };
  fetch('/app/config.json')
    .then((response) => response.json() as Promise<PageConfig>)
    .then(
      (config) => show(<App config={config} />),
      () => show(<p role="alert">Parley could not be reached. Reload the page to try again.</p>),
    );
}

// Vitest global setup: builds the chat page (web/ -> web/dist) from the current source, once.
import { bundleApp } from '../../scripts/bundle.js';

export default async function buildChatPage(): Promise<void> {
  await bundleApp();
}

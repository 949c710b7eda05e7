// An app's use of @parley/client, type-checked as the app would build it (client.types.test.ts).
import { ContentRejectedError, type Message, ParleyClient } from '@parley/client';
import { socketIoTransport } from '@parley/client/socket.io';

const parley = new ParleyClient({ baseUrl: 'https://chat.example', auth: { devUserId: 'u_1' }, transport: socketIoTransport() });
parley.on('new_message', (message) => console.log(message.sender.username, message.content, message.cursor));
parley.on('authenticated', ({ userId }) => console.log(userId.toUpperCase()));
parley.connect();

export async function send(): Promise<number | undefined> {
  try {
    await parley.sendMessage('c_1', { content: 'hello' });
    return undefined;
  } catch (error) {
    if (error instanceof ContentRejectedError) return error.violations[0]?.start;
    throw error;
  }
}

// @ts-expect-error: the types say what a message holds; a field it does not have is an error, not `any`.
export const wrong = (message: Message) => message.notAField;

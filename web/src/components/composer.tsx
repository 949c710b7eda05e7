// Writing: text (Enter sends, Shift+Enter breaks the line), replies, edits, and attachments
// uploaded at once with a progress bar; a failed upload says so and can be retried.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Attachment, Message } from '../../../packages/client/src/index.js';
import type { ChatStore } from '../chat-store.js';

const TYPING_REFRESH_MS = 3000;
/** Parley's limit on a message, in characters (code points) once trimmed. */
const MAX_CHARACTERS = 4000;
const TYPING_IDLE_MS = 4000;

interface Upload {
  key: number;
  file: File;
  sent: number;
  total: number;
  attachment?: Attachment;
  error?: string;
}

interface Props {
  store: ChatStore;
  conversationId: string;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  replyTo: Message | undefined;
  replyName: string;
  editing: Message | undefined;
  onDone: () => void;
  /** An edit the content policy refused: the message to edit again, its content the refused text. */
  onEditRefused: (draft: Message) => void;
  /** Closed (by its members, or by its context): read, not written to. What was typed stays. */
  closed: boolean;
}

let uploadKeys = 0;

export function Composer({ store, conversationId, inputRef, replyTo, replyName, editing, onDone, onEditRefused, closed }: Props) {
  const [text, setText] = useState('');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const typingSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Before the next input event, not after the next paint: text typed at once after choosing
  // Edit must not be replaced by the message's old text a moment later.
  useLayoutEffect(() => {
    if (editing) setText(editing.content);
  }, [editing]);
  useEffect(() => () => clearTimeout(idle.current), []);

  const patchUpload = (key: number, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const startUpload = (upload: Upload) => {
    patchUpload(upload.key, { error: undefined, sent: 0 });
    store
      .uploadAttachment(upload.file, conversationId, (sent, total) => patchUpload(upload.key, { sent, total }))
      .then(
        (attachment) => patchUpload(upload.key, { attachment, sent: upload.file.size, total: upload.file.size }),
        (error: unknown) => patchUpload(upload.key, { error: `Upload failed: ${error instanceof Error ? error.message : String(error)}` }),
      );
  };

  const pick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const added = [...(input.files ?? [])].map((file) => ({ key: ++uploadKeys, file, sent: 0, total: file.size }));
    input.value = '';
    setUploads((list) => [...list, ...added]);
    for (const upload of added) startUpload(upload);
  };

  const typed = (value: string) => {
    setText(value);
    if (editing) return;
    const now = Date.now();
    if (now - typingSent.current > TYPING_REFRESH_MS) {
      typingSent.current = now;
      store.typing(conversationId, true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(() => {
      typingSent.current = 0;
      store.typing(conversationId, false);
    }, TYPING_IDLE_MS);
  };

  const ready = uploads.every((u) => u.attachment !== undefined);
  const attachmentIds = uploads.flatMap((u) => (u.attachment ? [u.attachment.id] : []));
  // Counted as Parley counts, and never cut: what is too long stays to be shortened.
  const characters = Array.from(text.trim()).length;
  const tooLong = characters > MAX_CHARACTERS;
  const canSend = ready && !closed && !tooLong && (text.trim().length > 0 || attachmentIds.length > 0);

  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (!canSend) return;
    clearTimeout(idle.current);
    typingSent.current = 0;
    const content = text;
    if (editing) {
      // Out of editing at once, as a send clears at once: what is typed next is a new message,
      // not lost when the edit's answer arrives.
      const target = editing;
      setText('');
      onDone();
      if (!(await store.edit(target, content))) onEditRefused({ ...target, content });
      return;
    }
    setText('');
    setUploads([]);
    onDone();
    const clear = await store.send(conversationId, content, {
      ...(replyTo ? { replyToId: replyTo.id } : {}),
      ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
    });
    // Refused: give the text back so the highlighted part can be changed.
    if (!clear) setText((current) => (current === '' ? content : current));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) void submit(event);
    if (event.key === 'Escape' && (replyTo || editing)) {
      setText(editing ? '' : text);
      onDone();
    }
  };

  return (
    <form class="composer" onSubmit={(e) => void submit(e)} aria-label={editing ? 'Edit message' : 'Send a message'}>
      {(replyTo || editing) && (
        <div class="composing-context">
          <span>{editing ? 'Editing your message' : <>Replying to <bdi>{replyName}</bdi>: <bdi>{replyTo?.content.slice(0, 80) ?? ''}</bdi></>}</span>
          <button
            type="button"
            class="link"
            onClick={() => {
              if (editing) setText('');
              onDone();
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {uploads.length > 0 && (
        <ul class="uploads" aria-label="Files to send">
          {uploads.map((upload) => (
            <li key={upload.key} class={upload.error ? 'failed' : upload.attachment ? 'done' : 'uploading'}>
              <span class="file-name">{upload.file.name}</span>
              {upload.attachment?.thumbnailUrl && <img class="thumbnail small" src={upload.attachment.thumbnailUrl} alt="" />}
              {!upload.attachment && !upload.error && (
                <progress max={upload.total || 1} value={upload.sent} aria-label={`Uploading ${upload.file.name}`} />
              )}
              {upload.error && (
                <>
                  <span role="alert" class="error">
                    {upload.error}
                  </span>
                  <button type="button" onClick={() => startUpload(upload)}>
                    Retry
                  </button>
                </>
              )}
              <button type="button" class="link" aria-label={`Remove ${upload.file.name}`} onClick={() => setUploads((list) => list.filter((u) => u.key !== upload.key))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="compose-row">
        <label class="attach">
          Attach<span class="visually-hidden"> a file</span>
          <input type="file" multiple onChange={pick} disabled={Boolean(editing) || closed} />
        </label>
        <label for="message-input" class="visually-hidden">
          Message
        </label>
        <textarea
          id="message-input"
          ref={inputRef}
          rows={2}
          disabled={closed}
          aria-describedby={tooLong ? 'message-length' : undefined}
          placeholder="Write a message"
          value={text}
          onInput={(e) => typed(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={!canSend}>
          {editing ? 'Save' : 'Send'}
        </button>
      </div>
      {closed && (
        <p class="composer-note" role="status">
          This conversation is closed: it can be read, but not written to.
        </p>
      )}
      {tooLong && (
        <p id="message-length" class="composer-note error" role="alert">
          {characters.toLocaleString('en')} characters: a message holds at most {MAX_CHARACTERS.toLocaleString('en')}. Shorten it to send it.
        </p>
      )}
    </form>
  );
}

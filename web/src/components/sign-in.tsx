import { useState } from 'preact/hooks';
import { tokenClaims } from '../../../packages/client/src/index.js';

export interface Session {
  userId: string;
  /** A bearer token; in dev mode the user id alone is enough. */
  token?: string;
}

export function SignIn({ devMode, onSignIn }: { devMode: boolean; onSignIn: (session: Session) => void }) {
  const [userId, setUserId] = useState('');
  const [token, setToken] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (devMode && userId.trim()) onSignIn({ userId: userId.trim() });
    else if (!devMode && token.trim()) onSignIn({ userId: subjectOf(token.trim()), token: token.trim() });
  };
  return (
    <main class="sign-in">
      <h1>Parley</h1>
      <form onSubmit={submit} aria-label="Sign in">
        {devMode ? (
          <>
            <p>Development mode: sign in as any user id.</p>
            <label for="user-id">User id</label>
            <input id="user-id" name="userId" autoComplete="username" required maxLength={128} value={userId} onInput={(e) => setUserId(e.currentTarget.value)} />
          </>
        ) : (
          <>
            <label for="token">Access token (JWT)</label>
            <textarea id="token" name="token" required rows={4} value={token} onInput={(e) => setToken(e.currentTarget.value)} />
          </>
        )}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

/** The token's `sub`, to know which messages are the user's own. */
function subjectOf(token: string): string {
  const sub = tokenClaims(token)?.sub;
  return typeof sub === 'string' ? sub : 'me';
}

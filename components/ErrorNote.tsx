/**
 * What went wrong, in the user's language, and what to do next, with the
 * site's request ID for support. The texts come from the error kind
 * (utils/i18n/errors.ts), never from the server.
 */
import type { ComponentChildren } from 'preact';
import { errorText, requestIdText } from '../utils/i18n/errors';
import type { Failure } from '../utils/protocol/schema';

export function ErrorNote({ error, lead }: { error: Failure; lead?: ComponentChildren }) {
  const { message, action } = errorText(error);
  const requestId = requestIdText(error.requestId);
  return (
    <div class="note note-error" role="status">
      {lead}
      <p class="note-message">{message}</p>
      <p>{action}</p>
      {requestId && <p class="muted request-id">{requestId}</p>}
    </div>
  );
}

// Generated from Parley's /openapi.json by openapi-typescript; regenerate with
// UPDATE_GENERATED_CLIENT=1 npx vitest run test/contract/generated-client
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service name, version and links
         * @description Where the documentation, the OpenAPI document, the probes and the socket endpoints are.
         *
         *     Who: Anyone, without credentials.
         */
        get: operations["getServiceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers while the process serves requests; it asks no dependency.
         *
         *     Who: Anyone, without credentials.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database (and Redis when configured) answer
         * @description A load balancer sends traffic while this answers 200; 503 names the dependency that is down.
         *
         *     Who: Anyone, without credentials.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document
         * @description The OpenAPI 3 document of this instance; clients are generated from it.
         *
         *     Who: Anyone, without credentials.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile
         * @description Any user’s public profile.
         *
         *     Who: A user or the service key.
         */
        get: operations["getUser"];
        /**
         * Create or update one profile (service key)
         * @description The platform pushes a profile; fields left out keep their value. A role set here stands when a token carries no role claim, on every instance at once (with `REDIS_URL`; instances without it read it within a minute). An erased user’s id answers 409: it is nobody’s any more.
         *
         *     Who: The platform’s backend, with the service key (a user answers 403).
         */
        put: operations["upsertUser"];
        post?: never;
        /**
         * Erase a user (GDPR)
         * @description The profile is anonymised; the user’s message contents, original texts, previews, reactions and files are removed from the messages, the event log, dead letters and the search index, and their response analytics as a responder are forgotten; other participants keep tombstones; Parley’s own notes that name the user (“Ann added Jane Doe”) show their id instead, in every conversation they were in; `user.erased` goes to the sinks; the other participants get a `message.deleted` per new tombstone and a `participant.removed` with `reason: "erased"` per conversation the user was still in, live and in /sync (at most 50,000 tombstones and 5,000 conversations are announced one by one, as a transaction’s events are bounded; past that, clients learn of it by loading the conversations again); a group whose last OWNER they were gets its longest-standing ADMIN or member as OWNER. The user leaves every conversation, and every instance forgets them at once: their tokens and dev-mode identity answer 401, their sockets get `auth_error` and are closed, and a send of theirs racing the erasure is either erased with the rest or refused. Idempotent: erasing twice, or a user Parley never knew, answers 200 with the same shape. Conversations in a disputed context (the user’s messages there with their files, and their membership) are left until the dispute ends and listed in `deferred`; Parley finishes the erasure there by itself once the dispute ends. The files the user uploaded and never sent go at once, those meant for a disputed conversation too. An admin cannot erase themselves, nor a user that ADMIN_USER_IDS names (409 CONFLICT): an erasure cannot be undone.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        delete: operations["eraseUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update many profiles at once (service key)
         * @description Up to 1000 profiles, all or nothing; each id may appear once. An erased user’s id among them answers 409 and stores nothing.
         *
         *     Who: The platform’s backend, with the service key (a user answers 403).
         */
        post: operations["syncUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user to try the service (dev mode only)
         * @description Answers 404 unless AUTH_DEV_MODE is on. An id is made when none is given; an existing id answers 200 with its username and display name set to the ones given (dev mode trusts every caller, as it does X-User-ID), an erased one 409.
         *
         *     Who: Anyone, without credentials.
         */
        post: operations["createTrialUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s own profile
         * @description Made or refreshed from the token’s claims on the first call.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unread messages and conversations, for a badge
         * @description Counts over the caller’s conversations that are not archived.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["getMyUnread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/by-username/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile by username
         * @description Finds a user to start a conversation with. Usernames come from the platform and from identity claims and are not unique in Parley: when more than one user holds the name, 409 CONFLICT (look them up by id), so that no one receives what was meant for another.
         *
         *     Who: A user or the service key.
         */
        get: operations["getUserByUsername"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything Parley holds about a user, as one JSON document (GDPR access)
         * @description The user themself or the service key; to anyone else the user does not exist (404). The document is streamed as it is read, and the export is audited. A failure once it has begun (a value sealed under a key that is not configured) ends the connection before the document is complete: a client must treat a body that is not whole JSON as a failed export.
         *
         *     Who: A user or the service key.
         */
        get: operations["exportUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s conversations, most recent activity first
         * @description Cursor-paginated; archived ones only with archived=true.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Start a conversation, or find the existing DIRECT one for this pair and context
         * @description The caller joins as OWNER; the platform’s service key starts one on a user’s behalf with `createdBy` (for example when a booking is made), under the same one-per-pair-and-context rule. DIRECT takes exactly one other participant; asking again for the same pair and context answers the existing one with 200 (the optional message is then sent into it, once per `clientMessageId`: a retry that repeats it sends nothing twice), a new one 201. Any other type started with a `message` and its `clientMessageId` is started once: the same creator asking again with the same `clientMessageId` gets the first conversation and message with 200, and nothing is created or sent twice. `clientMessageId` without `message` is 400. A block in either direction between the creator and anyone named, whatever the type, answers 403 USER_BLOCKED; an erased user among the participants or as createdBy, 404.
         *
         *     Who: A user or the service key.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One conversation
         * @description With its participants, last message, and the caller’s unread count and archive flag.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Leave and hide it; an admin or the service key deletes it for everyone
         * @description A participant leaves a GROUP and no longer sees it; the others keep it. A DIRECT conversation keeps its two participants: the caller hides it from their list until a new message arrives (it still opens by its id). A deletion for everyone removes its messages and their files, and the files uploaded for it and not sent yet. A deletion for everyone, and leaving a GROUP, wait for a dispute to end: while the context is disputed they answer 409 CONVERSATION_CLOSED.
         *
         *     Who: A user or the service key.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /**
         * Change title, status or metadata (OWNER/ADMIN)
         * @description A closed conversation refuses new messages, edits and reactions with 409 CONVERSATION_CLOSED. One that its context closed or froze (completed, cancelled, disputed) cannot be set back to active: 409 CONFLICT; while its context is disputed nothing of it changes: 409 CONVERSATION_CLOSED; the platform reopens it by changing the context’s state.
         *
         *     Who: A user (the service key answers 403).
         */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the conversation read up to a message (default: the latest)
         * @description Read pointers only move forward; works in closed conversations too.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive it for the caller
         * @description Only the caller’s own flag; a new message brings it back.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["archiveConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring it back from the caller’s archive
         * @description Only the caller’s own flag; the others are not told.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["unarchiveConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add participants, or change the role of present ones (OWNER/ADMIN; not DIRECT)
         * @description Up to the group limit; unknown user ids are created as empty profiles. New participants join as `role` (default MEMBER). Naming a present participant with a `role` changes theirs; without one, it stays as it is. Only an OWNER grants OWNER or ADMIN, or changes the role of an OWNER or ADMIN (403), and a conversation keeps at least one OWNER (409). A block in either direction between the caller and anyone joining answers 403 USER_BLOCKED and adds nobody. While the conversation's context is disputed nobody is added: 409 CONVERSATION_CLOSED.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["addParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/participants/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a participant (OWNER/ADMIN), or leave (your own id)
         * @description The removed user keeps nothing of it in their list. While the conversation's context is disputed nobody is removed or leaves: 409 CONVERSATION_CLOSED.
         *
         *     Who: A user (the service key answers 403).
         */
        delete: operations["removeParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contexts/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A context, its state and its conversations’ count
         * @description For the service key, or a participant of one of its conversations; 404 for anyone else. A context the platform has not described yet (no PUT) is shown as the first conversation about it described it (the caller’s, for a user), in state open.
         *
         *     Who: A user or the service key.
         */
        get: operations["getContext"];
        /**
         * Create or update a context; a state change applies to every conversation about it
         * @description open, booked (phone numbers and emails allowed), completed and cancelled (conversations close after CONTEXT_CLOSE_AFTER_HOURS, and open again when a later state is open or booked), disputed (conversations frozen and kept from erasure). Each state change writes a SYSTEM message into each conversation and the events context.updated and conversation.updated. The context commits first; its conversations then follow in batches, each conversation at once (a message sent meanwhile lands before its note or is judged by the new state), and the answer comes once every conversation shows the change. A 503 means Parley stopped on the way: the change is stored and reaches the rest after its next start, or with the next PUT. Repeating a change, or receiving an older one (by version or updatedAt), changes nothing and notes no conversation twice. A state set before any conversation exists applies to those created later. Fields left out keep their values; the first PUT (201) on a context known only from its conversations keeps the title, imageUrl and url the first of them gave, but not its ownerId: only the platform names an owner.
         *
         *     Who: The platform’s backend, with the service key (a user answers 403).
         */
        put: operations["putContext"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/responders/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How quickly and how often a user answers the conversations others start with them
         * @description A conversation counts when someone else sent its first non-SYSTEM message to the user in the window; it is answered when the user’s first message came within 24 hours; the response time is the time to that first message (exact under a minute, to the minute under an hour, to five minutes under a day). For that user, the service key or an admin; 404 for anyone else.
         *
         *     Who: A user or the service key.
         */
        get: operations["getResponderAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/analytics/contexts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per context: conversations, answered within 24 hours, first-response median, booked
         * @description The service key or an admin for any owner; a user for the contexts they own (ownerId defaults to the caller; another owner answers 404). Contexts with conversations started in the window, in context order.
         *
         *     Who: A user or the service key.
         */
        get: operations["listContextAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages: newest first (before=<seq>), or oldest first from a point (after=<seq>)
         * @description Give before or after, not both; nextCursor continues in the same direction.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Moderated before it is stored: masked content comes back changed, refused content answers 422 with the violations. The same clientMessageId from the same sender answers the first message with 200 and sends nothing twice.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message
         * @description A message of a conversation the caller takes part in.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message (its sender or a moderator); a tombstone keeps its place
         * @description The tombstone has empty content and no attachments. Deleted by anyone but its sender (a moderator, the platform), it is a removal: moderation status `removed`, the text kept for moderators, audited as `message.deleted`. While the conversation’s context is disputed nothing in it is removed: 409 CONVERSATION_CLOSED, for moderators too (a moderator’s removal, which keeps the text for moderators, stays open).
         *
         *     Who: A user or the service key.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        /**
         * Edit your message
         * @description Only the sender; moderated again; isEdited and editedAt are set. The replaced text leaves the event log too: the message’s earlier events (message.sent, message.updated, message.received) and replies’ quotes in /sync show the new text.
         *
         *     Who: A user (the service key answers 403).
         */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the conversation read up to this message
         * @description The same as POST /conversations/{id}/read with this message.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["markMessageRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * React; one reaction per user per emoji (again answers 200)
         * @description One emoji, or the GitHub/Slack :short_code: of one (":+1:", ":tada:"), stored as the emoji itself: ":+1:", ":thumbsup:" and "👍" are one reaction. A code that names no emoji, or more than one emoji, is refused with 400; a 21st different reaction of the same user on one message with 409 CONFLICT.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["addReaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}/reactions/{emoji}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take your reaction back
         * @description The emoji is percent-encoded in the path. Allowed in a closed conversation (as deleting one’s own message is); a conversation frozen by a disputed context refuses it with 409 CONVERSATION_CLOSED.
         *
         *     Who: A user (the service key answers 403).
         */
        delete: operations["removeReaction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a message to the moderators
         * @description The report goes to the moderation queue. Reporting the same message again answers the first report (200) while it is open; once it is resolved, a new report (201).
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["reportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file (multipart/form-data, streamed)
         * @description Exactly one file in the field `file`, and optionally `conversationId`. The type is judged by the bytes: image/jpeg, image/png, image/gif, image/webp, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, audio/mpeg, audio/mp4, audio/ogg, video/mp4, video/webm, application/msword, text/plain; others answer 415. Images are at most 5242880 bytes and 40000000 pixels, other files 10485760 bytes (413 beyond). Images are re-encoded upright without metadata (no EXIF, no GPS) and get width, height and a thumbnail. The file is visible to its uploader until a message carries it (`attachmentIds`); never sent, it is removed after ATTACHMENT_ORPHAN_HOURS, or at once when the conversation it was uploaded for is deleted for everyone or its uploader is erased. A daily quota per user answers 429.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a direct upload to S3 (S3 storage only)
         * @description Answers a presigned form upload (POST `url` with `fields` and then the file as field `file`), valid 10 minutes and bound to the key, size and type given, and a pending attachment. After uploading, call POST /attachments/{id}/complete: the stored bytes are then checked exactly as an upload through Parley. With local storage this route answers 404; while files are encrypted at rest (ENCRYPTION_KEYS) it answers 409, since the store would hold the plaintext: upload through POST /attachments instead.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["createDirectUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish a direct upload: the stored bytes are checked
         * @description A file that fails the checks is removed from the store with its attachment, and the error says why.
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["completeDirectUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description For the uploader and the participants of a conversation it was sent in; 404 for everyone else. Authenticate with the usual credentials, or use the signed `url` of the attachment object (no header needed; 403 once altered or expired; neither a link nor credentials: 401, whether the file exists or not). Single byte ranges are answered with 206. Served with Content-Disposition, nosniff and `Content-Security-Policy: sandbox`.
         *
         *     Who: A user or the service key, or anyone holding a signed link (the `url` of the object, made for one user and short-lived).
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The WebP thumbnail of an image (fits 320×320)
         * @description Same access as the file; 404 for files that are not images.
         *
         *     Who: A user or the service key, or anyone holding a signed link (the `url` of the object, made for one user and short-lived).
         */
        get: operations["downloadAttachmentThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Catch up: the events the caller may see after a cursor, in commit order
         * @description Without `since`, answers the current head cursor and no events. The event at the cursor itself is not sent again. A page with `hasMore: true` ends at its last event; the last page (`hasMore: false`) answers the head of the log as its cursor, even when the caller could see none of the events up to it. A `message.deleted` with `actorId: null` is a message that message retention (`MESSAGE_RETENTION_DAYS`) made a tombstone: its text, files and every copy of them are gone.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["syncEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users the caller blocks
         * @description Cursor-paginated.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["listBlocks"];
        put?: never;
        /**
         * Block a user
         * @description The blocked user can no longer start a DIRECT conversation with the caller or send into their DIRECT conversations, and sees no presence of theirs. Neither of the two can start a conversation of any type that names the other, or add the other to one (403 USER_BLOCKED); a group a third participant made for both goes on as before. Blocking again answers 200. A user Parley has not seen yet can be blocked; an erased one cannot (404).
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["blockUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/blocks/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unblock a user
         * @description Answers 404 when the caller does not block them.
         *
         *     Who: A user (the service key answers 403).
         */
        delete: operations["unblockUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-text search over the caller’s conversations, best match first
         * @description Every word must match; each matches as a prefix. Deleted and removed messages are never found.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Online status of users who share a conversation with the caller
         * @description Up to 100 comma-separated ids. Users who share no conversation with the caller, or block them, are left out.
         *
         *     Who: A user (the service key answers 403).
         */
        get: operations["getPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a message, a user or a conversation to the moderators; reporting the same target again while that report is open answers it (200)
         * @description A message or conversation the caller may not see answers 404. The first report is answered while it is open; once it is resolved, reporting the same target again makes a new report (201).
         *
         *     Who: A user (the service key answers 403).
         */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open items, oldest first: one per target, with its flag (original text, matched spans) and every open report
         * @description Flagged messages and reported messages, users and conversations, one item per target; cursor-paginated.
         *
         *     Who: A moderator or admin, or the service key (other users answer 403).
         */
        get: operations["getModerationQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/messages/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a message (a flagged one becomes clean) or remove it (a tombstone for everyone); closes its flag and reports
         * @description The decision is written to the audit log. Approving what is not under review (not flagged, no open flag or report: never, or no longer after another moderator's decision) changes nothing and is not audited; removing a removed message likewise.
         *
         *     Who: A moderator or admin, or the service key (other users answer 403).
         */
        post: operations["moderateMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/reports/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a report, with every other open report on the same target
         * @description The resolution is written to the audit log. The queue item closes with its reports, unless the content policy flagged the message too: that flag waits for a decision on the message (approve or remove), which also closes its reports.
         *
         *     Who: A moderator or admin, or the service key (other users answer 403).
         */
        post: operations["resolveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read any conversation, with the original text of moderated messages; the read and its reason are audited
         * @description Newest first (before=<seq>) or oldest first from a point (after=<seq>); the participants find the read in their export.
         *
         *     Who: A moderator or admin, or the service key (other users answer 403).
         */
        get: operations["readConversationAsModerator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events a sink gave up on after its last attempt, oldest first
         * @description Replayed ones only with includeReplayed=true.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a dead-lettered event to its sink again, now
         * @description The event goes as the log holds it now: a text edited, deleted or erased since it was dead-lettered goes out edited or blanked, as a retry would send it (one the log no longer holds goes as it was dead-lettered). Answers the dead letter with its replay time; 409 when it was replayed already, or its sink is gone or refuses it again.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/encryption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which key seals how many stored values, and the progress of the last rotation
         * @description Counts messages, originals, previews, event payloads, dead letters, the search index and files per key id. A key with no values left can be removed from ENCRYPTION_KEYS.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        get: operations["getEncryptionStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/encryption/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-seal every stored value under the first key of ENCRYPTION_KEYS, in the background
         * @description Answers 202 at once; progress shows in GET /admin/encryption. The walk is paced by ENCRYPTION_ROTATION_VALUES_PER_SECOND and resumes after a restart. 409 when encryption is off.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        post: operations["rotateEncryptionKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what to which object, when: newest first
         * @description Entries are only ever appended, each chained to the previous one by an HMAC; cursor-paginated.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the chain: ok with the count and the last hash, or the seq where an entry was changed, inserted or removed
         * @description Finds an entry changed, inserted or removed directly in the database.
         *
         *     Who: An admin, or the service key (other users answer 403).
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every error has this shape */
        Error: {
            error: {
                /**
                 * @description from the error catalogue
                 * @enum {string}
                 */
                code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "AUTH_FAILED" | "TOKEN_EXPIRED" | "FORBIDDEN" | "USER_BLOCKED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "CONVERSATION_CLOSED" | "RESYNC_REQUIRED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RANGE_NOT_SATISFIABLE" | "CONTENT_REJECTED" | "RATE_LIMITED" | "INTERNAL" | "ENCRYPTION_KEY_MISSING" | "UNAVAILABLE";
                /** @description human readable; not meant for parsing */
                message: string;
                details?: {
                    [key: string]: unknown;
                };
            };
            /** @description the X-Request-ID of the request */
            requestId: string;
        };
        /** @description A user, as the platform or their token describes them */
        User: {
            id: string;
            username: string | null;
            displayName: string | null;
            avatarUrl: string | null;
            /** @enum {string} */
            role: "user" | "moderator" | "admin";
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            createdAt: string;
        };
        /** @description A conversation, as the caller sees it */
        Conversation: {
            id: string;
            /** @enum {string} */
            type: "DIRECT" | "GROUP" | "SUPPORT" | "THERAPY";
            title: string | null;
            /** @enum {string} */
            status: "active" | "archived" | "closed";
            context: {
                type: string;
                id: string;
                title?: string;
                imageUrl?: string;
                url?: string;
                ownerId?: string;
                /**
                 * @description the context’s state, once the platform set it (PUT /contexts)
                 * @enum {string}
                 */
                state?: "open" | "booked" | "completed" | "disputed" | "cancelled";
            } | null;
            metadata: {
                [key: string]: unknown;
            };
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            lastMessageAt: string | null;
            lastSeq: number;
            lastMessage: {
                id: string;
                senderId: string;
                preview: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 UTC with milliseconds
                 */
                createdAt: string;
            } | null;
            participants: {
                userId: string;
                /** @enum {string} */
                role: "OWNER" | "ADMIN" | "MEMBER";
                /**
                 * Format: date-time
                 * @description ISO-8601 UTC with milliseconds
                 */
                joinedAt: string;
                lastReadSeq: number;
                user: {
                    id: string;
                    username: string | null;
                    displayName: string | null;
                    avatarUrl: string | null;
                };
            }[];
            /** @description the caller’s own: messages after their read pointer, deleted ones left out */
            unreadCount?: number;
            /** @description the caller’s own */
            archived?: boolean;
        };
        /** @description A message; a deleted one is a tombstone with empty content */
        Message: {
            id: string;
            conversationId: string;
            seq: number;
            senderId: string;
            sender: {
                id: string;
                username: string | null;
                displayName: string | null;
                avatarUrl: string | null;
            };
            content: string;
            /** @enum {string} */
            messageType: "TEXT" | "IMAGE" | "FILE" | "AUDIO" | "VIDEO" | "SYSTEM";
            replyToId: string | null;
            replyTo: {
                id: string;
                senderId: string;
                preview: string;
                isDeleted: boolean;
            } | null;
            attachments: {
                id: string;
                name: string;
                /** @description judged by the bytes, not by what the client said */
                mimeType: string;
                /** @description bytes, as stored (images after re-encoding) */
                size: number;
                width: number | null;
                height: number | null;
                /** @description a short-lived link signed for the viewer; works without an Authorization header */
                url: string;
                /** @description the same for the WebP thumbnail of an image; null for other files */
                thumbnailUrl: string | null;
            }[];
            reactions: {
                emoji: string;
                count: number;
                userIds: string[];
                me: boolean;
            }[];
            readBy: {
                userId: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 UTC with milliseconds
                 */
                readAt: string;
            }[];
            moderation: {
                /** @enum {string} */
                status: "clean" | "masked" | "flagged" | "removed";
                reasons: ("phone" | "email" | "url" | "handle" | "profanity" | "custom")[];
            };
            isEdited: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            editedAt: string | null;
            isDeleted: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            deletedAt: string | null;
            clientMessageId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            createdAt: string;
        };
        /** @description One entry of the event log */
        Event: {
            id: string;
            /** @description give it to /sync as `since` to continue after this event */
            cursor: string;
            /** @enum {string} */
            type: "conversation.created" | "conversation.updated" | "conversation.deleted" | "participant.added" | "participant.removed" | "message.sent" | "message.updated" | "message.deleted" | "message.read" | "reaction.added" | "reaction.removed" | "message.flagged" | "report.created" | "user.blocked" | "user.unblocked" | "context.updated" | "message.received" | "user.erased";
            /** @enum {string} */
            source: "parley";
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            time: string;
            conversationId: string | null;
            actorId: string | null;
            /** @description the payload of this type of event */
            data: unknown;
        };
        /** @description A listing, job or booking as the platform keeps it */
        ContextRecord: {
            type: string;
            id: string;
            title: string | null;
            imageUrl: string | null;
            url: string | null;
            ownerId: string | null;
            /** @enum {string} */
            state: "open" | "booked" | "completed" | "disputed" | "cancelled";
            metadata: {
                [key: string]: unknown;
            };
            version: number | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC with milliseconds
             */
            closesAt: string | null;
            /** @description conversations about this context */
            conversations: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getServiceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        version: string;
                        description: string;
                        links: {
                            docs: string;
                            openapi: string;
                            health: string;
                            ready: string;
                            socketIo: string;
                            websocket: string;
                        };
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        /** @description one entry per dependency: database, redis, delivery */
                        checks: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "unavailable";
                        /** @description one entry per dependency: database, redis, delivery */
                        checks: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user, as the platform or their token describes them */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    upsertUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "username": "seller123",
                 *       "displayName": "Jane Seller",
                 *       "avatarUrl": "https://cdn.example.com/jane.png"
                 *     }
                 */
                "application/json": {
                    username?: string | null;
                    displayName?: string | null;
                    /** Format: uri */
                    avatarUrl?: string | null;
                    /** @enum {string} */
                    role?: "user" | "moderator" | "admin";
                };
            };
        };
        responses: {
            /** @description A user, as the platform or their token describes them */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        erased: true;
                        /** @description Conversations in a disputed context: the user’s messages there are kept until the dispute ends, then erased by Parley */
                        deferred: string[];
                        /** @description Messages of the user turned into tombstones by this call */
                        messages: number;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    syncUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "users": [
                 *         {
                 *           "id": "u_seller",
                 *           "username": "seller123",
                 *           "displayName": "Jane Seller"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    users: {
                        id: string;
                        username?: string | null;
                        displayName?: string | null;
                        /** Format: uri */
                        avatarUrl?: string | null;
                        /** @enum {string} */
                        role?: "user" | "moderator" | "admin";
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTrialUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "alice",
                 *       "displayName": "Alice"
                 *     }
                 */
                "application/json": {
                    id?: string;
                    username: string;
                    displayName?: string;
                };
            };
        };
        responses: {
            /** @description A user, as the platform or their token describes them */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description A user, as the platform or their token describes them */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user, as the platform or their token describes them */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyUnread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description unread messages (deleted ones left out) */
                        totalUnread: number;
                        /** @description conversations with unread messages */
                        conversations: number;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUserByUsername: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username */
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user, as the platform or their token describes them */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `attachment; filename="parley-export-{id}.json"` */
                    "Content-Disposition": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt: string;
                        profile: components["schemas"]["User"];
                        /**
                         * Format: date-time
                         * @description When the user’s last connection closed (presence), as kept across restarts; null when never
                         */
                        lastSeenAt: string | null;
                        /** @description Every conversation the user took part in, with its context */
                        conversations: {
                            [key: string]: unknown;
                        }[];
                        /** @description Every message the user sent: content, original text, attachments as links, reactions */
                        messages: {
                            [key: string]: unknown;
                        }[];
                        /** @description Files the user uploaded and has not sent (yet), as in a message: links to download them. A direct upload announced and never completed holds no file and is not listed */
                        uploads: {
                            [key: string]: unknown;
                        }[];
                        /** @description Reactions the user made */
                        reactions: {
                            [key: string]: unknown;
                        }[];
                        /** @description Reports the user made */
                        reports: {
                            [key: string]: unknown;
                        }[];
                        /** @description Users the user blocked */
                        blocks: {
                            [key: string]: unknown;
                        }[];
                        /** @description How far the user read each conversation */
                        readPointers: {
                            [key: string]: unknown;
                        }[];
                        /** @description Every moderator read of the user’s conversations (from the audit log) */
                        accessLog: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
                /** @description only conversations in this status */
                status?: "active" | "archived" | "closed";
                /** @description only conversations of this type */
                type?: "DIRECT" | "GROUP" | "SUPPORT" | "THERAPY";
                /** @description only conversations about this type of context */
                contextType?: string;
                /** @description only conversations about this context id */
                contextId?: string;
                /** @description the caller’s archived conversations instead */
                archived?: boolean;
                /** @description only conversations with unread messages */
                unread?: boolean;
                /** @description words in the title, context title or other participants’ names or ids */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "DIRECT",
                 *       "participantIds": [
                 *         "u_seller"
                 *       ],
                 *       "context": {
                 *         "type": "listing",
                 *         "id": "lst_1",
                 *         "title": "Vintage Camera",
                 *         "ownerId": "u_seller"
                 *       },
                 *       "message": "Hi! Is this still available?",
                 *       "clientMessageId": "c-first-1"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description without it: DIRECT with one other participant, GROUP with more
                     * @enum {string}
                     */
                    type?: "DIRECT" | "GROUP" | "SUPPORT" | "THERAPY";
                    participantIds: string[];
                    title?: string | null;
                    context?: {
                        /** @description listing, job, booking, …: a letter, then letters, digits, _ or - */
                        type: string;
                        id: string;
                        title?: string;
                        /** Format: uri */
                        imageUrl?: string;
                        /** Format: uri */
                        url?: string;
                        ownerId?: string;
                    };
                    metadata?: {
                        [key: string]: unknown;
                    };
                    /** @description a first message, sent into the conversation: 1 to 4000 characters after trimming (whitespace around the text does not count), and at most 8000 as sent, whitespace included */
                    message?: string;
                    /** @description with `message`: its own id from the client; asking again with the same one sends the message once */
                    clientMessageId?: string;
                    /** @description service key only: the user the conversation is started for, who joins as OWNER */
                    createdBy?: string;
                };
            };
        };
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description A conversation, as the caller sees it */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the moderation policy refused the content; `details.violations` says where (CONTENT_REJECTED) */
            422: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "Camera pickup",
                 *       "status": "closed"
                 *     }
                 */
                "application/json": {
                    title?: string | null;
                    /** @enum {string} */
                    status?: "active" | "archived" | "closed";
                    metadata?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "messageId": "0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b"
                 *     }
                 */
                "application/json": {
                    /** @description read up to this message; the latest when left out */
                    messageId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastReadSeq: number;
                        unreadCount: number;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        /** @description nothing, or an empty object */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unarchiveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        /** @description nothing, or an empty object */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userIds": [
                 *         "u_helper"
                 *       ],
                 *       "role": "MEMBER"
                 *     }
                 */
                "application/json": {
                    userIds: string[];
                    /** @enum {string} */
                    role?: "OWNER" | "ADMIN" | "MEMBER";
                };
            };
        };
        responses: {
            /** @description A conversation, as the caller sees it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
                /** @description The user’s id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description listing, job, booking, …: a letter, then letters, digits, _ or - */
                type: string;
                /** @description the platform’s id of the context */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A listing, job or booking as the platform keeps it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextRecord"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description listing, job, booking, …: a letter, then letters, digits, _ or - */
                type: string;
                /** @description the platform’s id of the context */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "Lakeside cabin, 3 nights",
                 *       "ownerId": "u_host",
                 *       "state": "booked",
                 *       "version": 7
                 *     }
                 */
                "application/json": {
                    title?: string | null;
                    /** Format: uri */
                    imageUrl?: string | null;
                    /** Format: uri */
                    url?: string | null;
                    /** @description the seller, host or worker the context belongs to */
                    ownerId?: string | null;
                    /**
                     * @description shapes every conversation about the context
                     * @enum {string}
                     */
                    state?: "open" | "booked" | "completed" | "disputed" | "cancelled";
                    metadata?: {
                        [key: string]: unknown;
                    };
                    /** @description the platform’s version: one not newer than the stored one changes nothing */
                    version?: number;
                    /**
                     * Format: date-time
                     * @description or the time of this change: the last write by updatedAt wins, compared as instants (any offset; stored in UTC with milliseconds); a time more than a day ahead of the server is refused (400)
                     */
                    updatedAt?: string;
                };
            };
        };
        responses: {
            /** @description A listing, job or booking as the platform keeps it */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextRecord"];
                };
            };
            /** @description A listing, job or booking as the platform keeps it */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContextRecord"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResponderAnalytics: {
        parameters: {
            query?: {
                /** @description the window: conversations whose first message came in the last `days` days */
                days?: number;
            };
            header?: never;
            path: {
                /** @description the responder: a seller, host or worker */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        days: number;
                        conversations: number;
                        answered: number;
                        /** @description answered / conversations; null without conversations */
                        responseRate: number | null;
                        /** @description median response time of the answered conversations */
                        responseTimeMedianSeconds: number | null;
                        /** @description 90th percentile response time of the answered conversations */
                        responseTimeP90Seconds: number | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContextAnalytics: {
        parameters: {
            query?: {
                /** @description only contexts this user owns (a user may ask only for their own) */
                ownerId?: string;
                /** @description only contexts of this type */
                contextType?: string;
                /** @description the window: conversations whose first message came in the last `days` days */
                days?: number;
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            context: {
                                type: string;
                                id: string;
                                title: string | null;
                                ownerId: string | null;
                                /**
                                 * @description open until the platform sets another; null only when no conversation about the context remains and the platform never described it
                                 * @enum {string|null}
                                 */
                                state: "open" | "booked" | "completed" | "disputed" | "cancelled" | null;
                            };
                            conversations: number;
                            answered: number;
                            /** @description answered / conversations; null without conversations */
                            responseRate: number | null;
                            /** @description median time to the first answer */
                            firstResponseMedianSeconds: number | null;
                            /** @description the context reached booked (booked, completed or disputed) */
                            booked: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description newest first, from before this seq */
                before?: number;
                /** @description oldest first, from after this seq */
                after?: number;
                /** @description page size, at most 100 */
                limit?: number;
                /** @description nextCursor of the previous page: it carries its direction, so before and after may be left out */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "content": "Is this still available?",
                 *       "clientMessageId": "c-123"
                 *     }
                 */
                "application/json": {
                    /** @description the text; may be left out (or blank) when attachments carry the message: 1 to 4000 characters after trimming (whitespace around the text does not count), and at most 8000 as sent, whitespace included */
                    content?: string;
                    /** @enum {string} */
                    messageType?: "TEXT" | "IMAGE" | "FILE" | "AUDIO" | "VIDEO";
                    /** @description the message this one answers, in the same conversation */
                    replyToId?: string;
                    /** @description files uploaded by the sender (POST /attachments) and not sent before; messageType follows them when not given; an empty list is none */
                    attachmentIds?: string[];
                    /** @description the client’s own id; the same one from the same sender is sent once */
                    clientMessageId?: string;
                };
            };
        };
        responses: {
            /** @description A message; a deleted one is a tombstone with empty content */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description A message; a deleted one is a tombstone with empty content */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the moderation policy refused the content; `details.violations` says where (CONTENT_REJECTED) */
            422: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A message; a deleted one is a tombstone with empty content */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Is this still available? Pickup today works."
                 *     }
                 */
                "application/json": {
                    /** @description the new text: 1 to 4000 characters after trimming (whitespace around the text does not count), and at most 8000 as sent, whitespace included */
                    content: string;
                };
            };
        };
        responses: {
            /** @description A message; a deleted one is a tombstone with empty content */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the moderation policy refused the content; `details.violations` says where (CONTENT_REJECTED) */
            422: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        /** @description nothing, or an empty object */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastReadSeq: number;
                        unreadCount: number;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emoji": "👍"
                 *     }
                 */
                "application/json": {
                    /** @description one emoji, or the :short_code: of one (such as :thumbsup:), which is stored as that emoji */
                    emoji: string;
                };
            };
        };
        responses: {
            /** @description A message; a deleted one is a tombstone with empty content */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description A message; a deleted one is a tombstone with empty content */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeReaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
                /** @description one emoji, or the :short_code: of one (such as :thumbsup:), which is stored as that emoji */
                emoji: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reportMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "spam",
                 *       "details": "asks to pay outside the platform"
                 *     }
                 */
                "application/json": {
                    reason: string;
                    details?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target: {
                            type: string;
                            id: string;
                        };
                        messageId: string | null;
                        conversationId: string | null;
                        reason: string;
                        details: string | null;
                        /** @description `open` or `resolved` */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target: {
                            type: string;
                            id: string;
                        };
                        messageId: string | null;
                        conversationId: string | null;
                        reason: string;
                        details: string | null;
                        /** @description `open` or `resolved` */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the file; its type is judged by its bytes
                     */
                    file: Blob;
                    /** @description the conversation the file is for; it can then be sent there only */
                    conversationId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description judged by the bytes, not by what the client said */
                        mimeType: string;
                        /** @description bytes, as stored (images after re-encoding) */
                        size: number;
                        width: number | null;
                        height: number | null;
                        /** @description a short-lived link signed for the viewer; works without an Authorization header */
                        url: string;
                        /** @description the same for the WebP thumbnail of an image; null for other files */
                        thumbnailUrl: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDirectUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the file name */
                    name: string;
                    /** @description the type the client will upload */
                    mimeType: string;
                    /** @description the exact size in bytes */
                    size: number;
                    conversationId?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachment: {
                            id: string;
                            name: string;
                            /** @description judged by the bytes, not by what the client said */
                            mimeType: string;
                            /** @description bytes, as stored (images after re-encoding) */
                            size: number;
                            width: number | null;
                            height: number | null;
                            /** @description a short-lived link signed for the viewer; works without an Authorization header */
                            url: string;
                            /** @description the same for the WebP thumbnail of an image; null for other files */
                            thumbnailUrl: string | null;
                            /** @enum {string} */
                            status: "pending";
                        };
                        upload: {
                            /** @enum {string} */
                            method: "POST";
                            url: string;
                            fields: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeDirectUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The attachment’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description judged by the bytes, not by what the client said */
                        mimeType: string;
                        /** @description bytes, as stored (images after re-encoding) */
                        size: number;
                        width: number | null;
                        height: number | null;
                        /** @description a short-lived link signed for the viewer; works without an Authorization header */
                        url: string;
                        /** @description the same for the WebP thumbnail of an image; null for other files */
                        thumbnailUrl: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: {
                /** @description the user the link was made for */
                u?: string;
                /** @description expiry, Unix seconds */
                exp?: string;
                /** @description signature */
                sig?: string;
            };
            header?: never;
            path: {
                /** @description The attachment’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the bytes */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `inline` for images, `attachment` for other files, with the file's name */
                    "Content-Disposition": string;
                    /** @description `bytes` */
                    "Accept-Ranges": string;
                    /** @description the bytes in this answer */
                    "Content-Length": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": Blob;
                };
            };
            /** @description one byte range (Range: bytes=…) */
            206: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `inline` for images, `attachment` for other files, with the file's name */
                    "Content-Disposition": string;
                    /** @description `bytes` */
                    "Accept-Ranges": string;
                    /** @description the bytes in this answer */
                    "Content-Length": string;
                    /** @description `bytes start-end/size` */
                    "Content-Range": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": Blob;
                };
            };
            /** @description with S3 storage and files not encrypted at rest: a redirect to a short-lived presigned URL */
            302: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description the presigned URL */
                    Location: string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Range Not Satisfiable (RANGE_NOT_SATISFIABLE) */
            416: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `bytes *\/size` */
                    "Content-Range": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadAttachmentThumbnail: {
        parameters: {
            query?: {
                /** @description the user the link was made for */
                u?: string;
                /** @description expiry, Unix seconds */
                exp?: string;
                /** @description signature */
                sig?: string;
            };
            header?: never;
            path: {
                /** @description The attachment’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the bytes */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `inline` for images, `attachment` for other files, with the file's name */
                    "Content-Disposition": string;
                    /** @description `bytes` */
                    "Accept-Ranges": string;
                    /** @description the bytes in this answer */
                    "Content-Length": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": Blob;
                };
            };
            /** @description one byte range (Range: bytes=…) */
            206: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `inline` for images, `attachment` for other files, with the file's name */
                    "Content-Disposition": string;
                    /** @description `bytes` */
                    "Accept-Ranges": string;
                    /** @description the bytes in this answer */
                    "Content-Length": string;
                    /** @description `bytes start-end/size` */
                    "Content-Range": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": Blob;
                };
            };
            /** @description with S3 storage and files not encrypted at rest: a redirect to a short-lived presigned URL */
            302: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description the presigned URL */
                    Location: string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Range Not Satisfiable (RANGE_NOT_SATISFIABLE) */
            416: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `sandbox; default-src 'none'`: nothing served here runs as a page of Parley's origin */
                    "Content-Security-Policy": string;
                    /** @description `nosniff` */
                    "X-Content-Type-Options": string;
                    /** @description `private, max-age=…`: the browser may keep it, shared caches may not */
                    "Cache-Control": string;
                    /** @description `bytes *\/size` */
                    "Content-Range": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    syncEvents: {
        parameters: {
            query?: {
                /** @description a cursor from an event or a previous page */
                since?: string;
                /** @description page size, at most 1000 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: components["schemas"]["Event"][];
                        cursor: string;
                        hasMore: boolean;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the cursor is older than the event log keeps, or ahead of it (never handed out by it): reload and sync from now (RESYNC_REQUIRED) */
            410: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBlocks: {
        parameters: {
            query?: {
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            userId: string;
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    blockUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "u_spammer",
                 *       "reason": "keeps asking for my phone number"
                 *     }
                 */
                "application/json": {
                    /** @description the user to block */
                    userId: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        reason: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        reason: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unblockUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the blocked user’s id */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchMessages: {
        parameters: {
            query: {
                /** @description the words to find */
                q: string;
                /** @description only in this conversation */
                conversationId?: string;
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: (components["schemas"]["Message"] & {
                            conversation: {
                                id: string;
                                /** @description DIRECT, GROUP, SUPPORT or THERAPY */
                                type: string;
                                title: string | null;
                            };
                        })[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPresence: {
        parameters: {
            query: {
                /** @description comma-separated user ids */
                userIds: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            userId: string;
                            status: "online" | "offline";
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            lastSeenAt: string | null;
                        }[];
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": {
                 *         "type": "user",
                 *         "id": "u_scammer"
                 *       },
                 *       "reason": "asks for payment outside the platform"
                 *     }
                 */
                "application/json": {
                    target: {
                        /** @enum {string} */
                        type: "message" | "user" | "conversation";
                        id: string;
                    };
                    reason: string;
                    details?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target: {
                            type: string;
                            id: string;
                        };
                        messageId: string | null;
                        conversationId: string | null;
                        reason: string;
                        details: string | null;
                        /** @description `open` or `resolved` */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target: {
                            type: string;
                            id: string;
                        };
                        messageId: string | null;
                        conversationId: string | null;
                        reason: string;
                        details: string | null;
                        /** @description `open` or `resolved` */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModerationQueue: {
        parameters: {
            query?: {
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            target: {
                                type: string;
                                id: string;
                                conversationId: string | null;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            firstAt: string;
                            message: (components["schemas"]["Message"] & {
                                /** @description the text as submitted, when moderation changed, flagged or removed it */
                                originalContent: string | null;
                            }) | (never | null);
                            flag: {
                                status: string;
                                /** @description the kinds that matched; empty, with no violations and not escalated, when the policy could not judge the text and held it for a moderator */
                                reasons: string[];
                                /** @description offsets (UTF-16, end exclusive) into originalContent */
                                violations: {
                                    check: string;
                                    kind: string;
                                    start: number;
                                    end: number;
                                    action: string;
                                }[];
                                escalated: boolean;
                                note: string | null;
                                decidedBy: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                decidedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                createdAt: string;
                            } | null;
                            conversation: {
                                id: string;
                                type: string;
                                title: string | null;
                                status: string;
                                context: unknown;
                            } | null;
                            user: {
                                id: string;
                                username: string | null;
                                displayName: string | null;
                                avatarUrl: string | null;
                            } | null;
                            reports: {
                                id: string;
                                target: {
                                    type: string;
                                    id: string;
                                };
                                messageId: string | null;
                                conversationId: string | null;
                                reason: string;
                                details: string | null;
                                /** @description `open` or `resolved` */
                                status: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                createdAt: string;
                                reporterId: string;
                                resolution: string | null;
                                note: string | null;
                                resolvedBy: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                resolvedAt: string | null;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moderateMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The message’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "action": "remove",
                 *       "note": "shares a phone number"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    action: "approve" | "remove";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"] & {
                        /** @description the text as submitted, when moderation changed, flagged or removed it */
                        originalContent: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The report’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "resolution": "warned the user",
                 *       "note": "first offence"
                 *     }
                 */
                "application/json": {
                    resolution: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        target: {
                            type: string;
                            id: string;
                        };
                        messageId: string | null;
                        conversationId: string | null;
                        reason: string;
                        details: string | null;
                        /** @description `open` or `resolved` */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                        reporterId: string;
                        resolution: string | null;
                        note: string | null;
                        resolvedBy: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        resolvedAt: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    readConversationAsModerator: {
        parameters: {
            query: {
                /** @description why this conversation is read; written to the audit log */
                reason: string;
                /** @description newest first, from before this seq */
                before?: number;
                /** @description oldest first, from after this seq */
                after?: number;
                /** @description page size, at most 100 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The conversation’s id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: (components["schemas"]["Message"] & {
                            /** @description the text as submitted, when moderation changed, flagged or removed it */
                            originalContent: string | null;
                        })[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                /** @description page size, at most 100 */
                limit?: number;
                /** @description opaque cursor from a previous page */
                cursor?: string;
                /** @description list the ones already replayed too */
                includeReplayed?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            sink: string;
                            eventId: string;
                            cursor: string;
                            event: components["schemas"]["Event"];
                            attempts: number;
                            lastError: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            replayedAt: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The dead letter’s id */
                id: string;
            };
            cookie?: never;
        };
        /** @description nothing, or an empty object */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sink: string;
                        eventId: string;
                        cursor: string;
                        event: components["schemas"]["Event"];
                        attempts: number;
                        lastError: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC with milliseconds
                         */
                        replayedAt: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no such object, or one the caller may not see (NOT_FOUND) */
            404: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEncryptionStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Encryption at rest: which key seals how many stored values, and the last rotation */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ENCRYPTION_KEYS is set */
                        enabled: boolean;
                        /** @description the key that seals new values (the first of ENCRYPTION_KEYS) */
                        currentKeyId: string | null;
                        keys: {
                            keyId: string;
                            /** @description false: values sealed with a key that is not configured; they cannot be read */
                            configured: boolean;
                            /** @description stored values sealed with this key; a key with 0 can be removed */
                            values: number;
                        }[];
                        /** @description values stored before encryption was turned on; a rotation seals them */
                        unencryptedValues: number;
                        stores: {
                            /** @description what is counted, e.g. `messages.content` */
                            name: string;
                            /** @description values per key id */
                            values: {
                                [key: string]: number;
                            };
                            unencrypted: number;
                        }[];
                        rotation: {
                            /** @description the key everything is being re-sealed with */
                            keyId: string;
                            /** @description `stopped`: the walk met a value it could not re-seal (see `reason`); it resumes at the next POST /admin/encryption/rotate or start */
                            status: "running" | "stopped" | "done";
                            /** @description why a stopped rotation stopped, e.g. a value under a key that is not configured */
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            startedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            finishedAt: string | null;
                            /** @description values re-sealed so far */
                            resealed: number;
                            /** @description values no key opens (altered or damaged in storage: they fail authentication). The walk passes over them and finishes; they stay under their key, which therefore still counts them, and are never served (500). A damaged file goes with its message; a damaged text is read as 500 until restored from a backup or its conversation is deleted for everyone. */
                            damaged: {
                                /** @description values passed over so far */
                                count: number;
                                /** @description the first 100 of them */
                                values: {
                                    /** @description as in `stores`, e.g. `files` or `messages.content` */
                                    store: string;
                                    /** @description the row or file id there (a file: its attachment id) */
                                    id: string;
                                }[];
                            };
                        } | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateEncryptionKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description nothing, or an empty object */
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Encryption at rest: which key seals how many stored values, and the last rotation */
            202: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description ENCRYPTION_KEYS is set */
                        enabled: boolean;
                        /** @description the key that seals new values (the first of ENCRYPTION_KEYS) */
                        currentKeyId: string | null;
                        keys: {
                            keyId: string;
                            /** @description false: values sealed with a key that is not configured; they cannot be read */
                            configured: boolean;
                            /** @description stored values sealed with this key; a key with 0 can be removed */
                            values: number;
                        }[];
                        /** @description values stored before encryption was turned on; a rotation seals them */
                        unencryptedValues: number;
                        stores: {
                            /** @description what is counted, e.g. `messages.content` */
                            name: string;
                            /** @description values per key id */
                            values: {
                                [key: string]: number;
                            };
                            unencrypted: number;
                        }[];
                        rotation: {
                            /** @description the key everything is being re-sealed with */
                            keyId: string;
                            /** @description `stopped`: the walk met a value it could not re-seal (see `reason`); it resumes at the next POST /admin/encryption/rotate or start */
                            status: "running" | "stopped" | "done";
                            /** @description why a stopped rotation stopped, e.g. a value under a key that is not configured */
                            reason: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            startedAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            finishedAt: string | null;
                            /** @description values re-sealed so far */
                            resealed: number;
                            /** @description values no key opens (altered or damaged in storage: they fail authentication). The walk passes over them and finishes; they stay under their key, which therefore still counts them, and are never served (500). A damaged file goes with its message; a damaged text is read as 500 until restored from a backup or its conversation is deleted for everyone. */
                            damaged: {
                                /** @description values passed over so far */
                                count: number;
                                /** @description the first 100 of them */
                                values: {
                                    /** @description as in `stores`, e.g. `files` or `messages.content` */
                                    store: string;
                                    /** @description the row or file id there (a file: its attachment id) */
                                    id: string;
                                }[];
                            };
                        } | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request conflicts with the object’s state (CONFLICT, CONVERSATION_CLOSED) */
            409: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is larger than allowed (PAYLOAD_TOO_LARGE) */
            413: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body’s content type, or its Content-Encoding (only identity is read), is not accepted here (UNSUPPORTED_MEDIA_TYPE) */
            415: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description only what this user did */
                actorId?: string;
                /** @description only this action */
                action?: "conversation.read" | "message.approved" | "message.removed" | "report.resolved" | "message.deleted" | "conversation.deleted" | "dead_letter.replayed" | "user.exported" | "user.erased" | "encryption.rotated";
                /** @description only what was done to this object */
                targetId?: string;
                /** @description only entries at or after this time */
                since?: string;
                /** @description page size, at most 100 */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            at: string;
                            actor: {
                                /** @description `user` or `service` */
                                type: string;
                                id: string | null;
                                ip: string | null;
                                requestId: string | null;
                            };
                            action: string;
                            target: {
                                type: string | null;
                                id: string | null;
                                conversationId: string | null;
                            };
                            reason: string | null;
                            note: string | null;
                            prevHash: string;
                            hash: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        entries: number;
                        lastHash: string;
                    } | {
                        /** @enum {boolean} */
                        ok: false;
                        brokenAt: number;
                    };
                };
            };
            /** @description the request does not match its schema or breaks a limit (VALIDATION_FAILED) */
            400: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no credentials, or credentials that could not be verified (UNAUTHENTICATED, AUTH_FAILED, TOKEN_EXPIRED) */
            401: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description `Bearer realm="parley"`, with `error="invalid_token"` when the bearer token given was refused (RFC 6750) */
                    "WWW-Authenticate": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the caller is known but may not do this (FORBIDDEN, USER_BLOCKED) */
            403: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many requests; Retry-After says when to try again (RATE_LIMITED) */
            429: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description something failed inside Parley; the request id helps find it (INTERNAL, ENCRYPTION_KEY_MISSING) */
            500: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a database or store Parley needs is unreachable or gave up on the request (a timeout, a deadlock; nothing was written), or the instance is shutting down; Retry-After says when to try again (UNAVAILABLE) */
            503: {
                headers: {
                    /** @description The request’s id: the caller’s own X-Request-ID when it is 1 to 64 letters, digits, `.`, `_` or `-`, else one made by Parley */
                    "X-Request-ID": string;
                    /** @description Seconds to wait before trying again */
                    "Retry-After": number;
                    /** @description Requests this caller may make per minute (RATE_LIMIT_PER_MINUTE); not sent to the service key */
                    "X-RateLimit-Limit"?: number;
                    /** @description Requests left in the current minute; not sent to the service key */
                    "X-RateLimit-Remaining"?: number;
                    /** @description Seconds until the minute ends and the count starts again; not sent to the service key */
                    "X-RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

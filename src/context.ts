// The composition root's product: every long-lived part of Parley, built once from the config.
import path from 'node:path';
import type { Logger } from 'pino';
import { RefusedCredentials } from './auth/refused-credentials.js';
import { Authenticator } from './auth/authenticator.js';
import type { BlobStore } from './attachments/blob-store.js';
import { EncryptedBlobStore } from './attachments/encrypted-blob-store.js';
import { ImageProcessor } from './attachments/images.js';
import { LocalBlobStore } from './attachments/local-blob-store.js';
import { S3BlobStore } from './attachments/s3-blob-store.js';
import { AttachmentUrlSigner } from './attachments/url-signer.js';
import { type Config, StartupError } from './config.js';
import { BlobCipher } from './crypto/blob-cipher.js';
import { ValueCipher } from './crypto/value-cipher.js';
import { keyCheckValue } from './crypto/keyring.js';
import { AuditLog } from './domain/audit.js';
import { AttachmentsService } from './domain/attachments.service.js';
import { AnalyticsService } from './domain/analytics.service.js';
import { BlocksService } from './domain/blocks.service.js';
import { ContextsService } from './domain/contexts.service.js';
import { EncryptionService } from './domain/encryption.service.js';
import { fileStep, searchIndexSteps } from './domain/rotation-steps.js';
import { AccessService } from './domain/access.js';
import { ConversationLifecycleService } from './domain/conversations/lifecycle.service.js';
import { ParticipantsService } from './domain/conversations/participants.service.js';
import { ReadingService } from './domain/conversations/reading.service.js';
import { EventLogSignal, SharedNudge } from './domain/event-signal.js';
import { ContentReviewer } from './domain/messages/content.js';
import { EditingService } from './domain/messages/editing.service.js';
import { ReactionsService } from './domain/messages/reactions.service.js';
import { SendingService } from './domain/messages/sending.service.js';
import { ModerationService } from './domain/moderation.service.js';
import { PrivacyService } from './domain/privacy.service.js';
import { ReportsService } from './domain/reports.service.js';
import { RetentionService } from './domain/retention.service.js';
import { searchEncodingFor } from './domain/search-encoding.js';
import { SearchIndexer } from './domain/search-indexer.js';
import { SearchIndexerThread } from './domain/search-indexer.thread.js';
import { SearchService } from './domain/search.service.js';
import { SyncService } from './domain/sync.service.js';
import { UsersService } from './domain/users.service.js';
import { AppError } from './errors.js';
import { createLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { readWordsFile } from './moderation/custom-words.check.js';
import { createContentPolicy } from './moderation/policy.js';
import { ContentPolicyThread } from './moderation/policy.thread.js';
import type { ContentPolicy } from './moderation/policy.types.js';
import { type Bus, LocalBus, RedisBus } from './realtime/bus.js';
import { Erasures } from './realtime/erasures.js';
import { ProfileChanges } from './realtime/profile-changes.js';
import { Presence } from './realtime/presence.js';
import { type Database, openDatabase } from './storage/database.js';
import { migrateDatabase } from './storage/migrations/index.js';
import { Store } from './storage/store.js';
import { DEFAULT_TIMINGS, type Timings } from './timings.js';

export interface AppContext {
  config: Config;
  timings: Timings;
  logger: Logger;
  database: Database;
  store: Store;
  signal: EventLogSignal;
  metrics: Metrics;
  authenticator: Authenticator;
  /** Credentials refused per client address, over HTTP and sockets: a guesser waits out the minute. */
  refusedCredentials: RefusedCredentials;
  users: UsersService;
  /** Who may do what, for edges that ask before acting (socket rooms, typing). */
  access: AccessService;
  /** Conversations: started, changed, archived, deleted. */
  conversations: ConversationLifecycleService;
  participants: ParticipantsService;
  /** What a participant reads (conversations, messages) and their read pointer. */
  reading: ReadingService;
  /** Messages: sent, edited or deleted, reacted to, reported. */
  sending: SendingService;
  editing: EditingService;
  reactions: ReactionsService;
  reports: ReportsService;
  sync: SyncService;
  blocks: BlocksService;
  contexts: ContextsService;
  analytics: AnalyticsService;
  search: SearchService;
  audit: AuditLog;
  /** The content policy every send and edit passes (src/moderation). */
  contentPolicy: ContentPolicy;
  /** Where sends and edits have it reviewed: the same policy on a thread of its own (started by the server). */
  policyThread: ContentPolicyThread;
  moderation: ModerationService;
  attachments: AttachmentsService;
  /** GDPR export and erasure. */
  privacy: PrivacyService;
  /** Encryption at rest: key rotation and what each key seals. */
  encryption: EncryptionService;
  /** Message retention (MESSAGE_RETENTION_DAYS): run by the delivering instance. */
  retention: RetentionService;
  searchIndexer: SearchIndexerThread;
  bus: Bus;
  /** Erased users, forgotten by every instance (caches, sockets). */
  erasures: Erasures;
  presence: Presence;
}

/** Most files one message may carry (the contract's limit). */
const ATTACHMENTS_PER_MESSAGE = 10;
/** A presigned direct upload is valid this long. */
const DIRECT_UPLOAD_SECONDS = 600;

function createAttachments(config: Config, store: Store, logger: Logger): AttachmentsService {
  const settings = config.attachments;
  // Uploads are checked in a folder of their own, beside the stored files (a rename away).
  const stagingDir = path.join(settings.uploadDir, '.staging');
  const stored: BlobStore = settings.s3 ? new S3BlobStore(settings.s3) : new LocalBlobStore(settings.uploadDir);
  const blobs: BlobStore =
    config.encryption.keys.length > 0 ? new EncryptedBlobStore(stored, new BlobCipher(config.encryption.keys), stagingDir) : stored;
  const signer = new AttachmentUrlSigner(settings.urlSecret, settings.urlTtlSeconds, `${config.publicUrl ?? ''}${config.apiPrefix}/attachments`);
  return new AttachmentsService(
    store,
    blobs,
    new ImageProcessor(settings.maxImagePixels),
    signer,
    {
      maxImageBytes: settings.maxImageBytes,
      maxFileBytes: settings.maxFileBytes,
      maxImagePixels: settings.maxImagePixels,
      urlTtlSeconds: settings.urlTtlSeconds,
      orphanHours: settings.orphanHours,
      quotaBytesPerDay: settings.quotaBytesPerDay,
      directUploadSeconds: DIRECT_UPLOAD_SECONDS,
      maxPerMessage: ATTACHMENTS_PER_MESSAGE,
    },
    stagingDir,
    (error, context) => logger.warn({ err: error }, `attachments: ${context} failed`),
  );
}

/** Opens the database and brings its schema up to date; a failure names the variable to check. */
async function openAndMigrate(config: Config, logger: Logger): Promise<Database> {
  let database: Database | undefined;
  try {
    database = openDatabase(config.database, (error) =>
      logger.warn({ err: error }, 'database trouble outside any request (a lost connection is made again by the pool)'),
    );
    await migrateDatabase(config.database, database);
    return database;
  } catch (error) {
    await database?.close().catch(() => {});
    throw databaseStartupError(config, error);
  }
}

function databaseStartupError(config: Config, error: unknown): StartupError {
  const underlying = error instanceof AppError && error.cause !== undefined ? error.cause : error;
  const { code, message } = (underlying ?? {}) as { code?: unknown; message?: unknown };
  const cause = [code, message].filter((part) => typeof part === 'string' && part.length > 0).join(' ') || String(underlying);
  if (config.database.kind === 'postgres') {
    const url = new URL(config.database.url);
    if (url.password) url.password = '***';
    return new StartupError('DATABASE_URL', `cannot use the PostgreSQL database at ${url.toString()}: ${cause}`, error);
  }
  const file = config.database.file;
  const variable = file === path.join(config.dataDir, 'parley.db') ? 'DATA_DIR' : 'DATABASE_URL';
  return new StartupError(variable, `cannot use the SQLite database ${file}: ${cause}`, error);
}

/**
 * A database that holds sealed values cannot be served without keys: Parley would write new
 * messages in plaintext beside them and fail to read them. Started with keys, it remembers that.
 */
async function checkEncryptionKeys(store: Store, config: Config, database: Database): Promise<void> {
  const { keys } = config.encryption;
  if (keys.length > 0) {
    const checks = keys.map((key) => ({ id: key.id, check: keyCheckValue(key) }));
    const changed = async () => {
      const known = await store.encryption.keyChecks(checks.map(({ id }) => id));
      return checks.find(({ id, check }) => known.has(id) && known.get(id) !== check);
    };
    // Ids new here are remembered only once the known ones match; read again after, for an
    // instance that started at the same moment with another key under a new id.
    let mismatch = await changed();
    if (mismatch === undefined) {
      await store.encryption.rememberKeyChecks(checks);
      mismatch = await changed();
    }
    if (mismatch !== undefined) {
      await database.close().catch(() => {});
      throw new StartupError(
        'ENCRYPTION_KEYS',
        `key "${mismatch.id}" is not the key this database knows under that id: give "${mismatch.id}" the key it had, and a new key a new id`,
      );
    }
    return store.encryption.markSealing();
  }
  if (!(await store.encryption.everSealed())) return;
  await database.close().catch(() => {});
  throw new StartupError(
    'ENCRYPTION_KEYS',
    'this database holds values sealed with encryption at rest: set it to the keys they were sealed with (without them Parley would write plaintext beside sealed values it cannot read)',
  );
}

export async function createContext(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  timings: Timings = DEFAULT_TIMINGS,
  { policyModule }: { policyModule?: string } = {},
): Promise<AppContext> {
  const database = await openAndMigrate(config, logger);
  const store = Store.open(database, new ValueCipher(config.encryption.keys));
  await checkEncryptionKeys(store, config, database);
  const signal = new EventLogSignal();
  const bus: Bus = config.redisUrl
    ? new RedisBus(config.redisUrl, (error) => logger.warn({ err: error.message }, 'redis unavailable; retrying'))
    : new LocalBus();
  // Other instances hear of our commits at once, instead of at their next poll.
  signal.onCommitted(() => bus.publish('log', {}));
  const presence = new Presence(bus, timings.presenceGraceMs, (userId, at) =>
    store.users.recordLastSeen(userId, at).catch((error: unknown) => logger.warn({ err: error }, 'keeping when a user was last seen failed')),
  );
  presence.start();
  const audit = new AuditLog(store, config.auditHmacKey);
  const attachments = createAttachments(config, store, logger);
  const links = attachments.signer;
  const policyOptions = {
    actions: config.moderation.actions,
    // Read once: both threads judge by the same list.
    ...(config.moderation.wordsFile !== undefined ? { customWords: readWordsFile(config.moderation.wordsFile) } : {}),
  };
  const contentPolicy = createContentPolicy(policyOptions);
  const policyThread = new ContentPolicyThread(
    contentPolicy,
    { workerData: { options: policyOptions, ...(policyModule !== undefined ? { policyModule } : {}) }, runawayAfterMs: timings.reviewRunawayMs, answerWithinMs: timings.reviewAnswerWithinMs },
    logger,
  );
  const reviewer = new ContentReviewer(store, policyThread, config.limits, {
    escalateAfter: config.moderation.escalateAfter,
    contactPersonalWhenBooked: config.moderation.contactPersonalWhenBooked,
  });
  const sending = new SendingService(store, reviewer, signal, attachments, (userId) => presence.isOnline(userId));
  const participants = new ParticipantsService(store, config.limits, signal, sending);
  const searchEncoding = searchEncodingFor(config.encryption.keys);
  const searchIndexer = new SearchIndexerThread(
    new SearchIndexer(store, logger, searchEncoding),
    {
      database: config.database,
      writeLock: database.writeLock,
      encryptionKeys: config.encryption.keys,
      logLevel: config.logLevel,
      commits: new SharedNudge().buffer,
    },
    logger,
  );
  const authenticator = new Authenticator(config.auth);
  const users = new UsersService(store, (userIds) => profileChanges.announce(userIds));
  const profileChanges = new ProfileChanges(bus, (userId) => users.forget(userId));
  const erasures = new Erasures(bus);
  const privacy = new PrivacyService(store, audit, attachments, signal, (userId) => erasures.announce(userId), logger, config.auth.adminUserIds);
  erasures.onErased((userId) => {
    users.forget(userId);
    authenticator.forgetUser(userId);
    store.cipher.forgetRecent();
    searchIndexer.forgetWords();
  });
  return {
    config,
    timings,
    logger,
    database,
    store,
    signal,
    metrics: new Metrics(),
    authenticator,
    refusedCredentials: new RefusedCredentials(config.rateLimitPerMinute),
    users,
    access: new AccessService(store),
    conversations: new ConversationLifecycleService(store, config.limits, signal, sending, participants, audit, attachments),
    participants,
    reading: new ReadingService(store, signal, links),
    sending,
    editing: new EditingService(store, reviewer, signal, attachments, audit),
    reactions: new ReactionsService(store, signal, links),
    reports: new ReportsService(store, signal),
    sync: new SyncService(store, links),
    blocks: new BlocksService(store, signal),
    contexts: new ContextsService(store, config.limits, config.contextCloseAfterHours, signal, sending, logger, () => privacy.finishDeferredErasures()),
    analytics: new AnalyticsService(store),
    audit,
    contentPolicy,
    policyThread,
    moderation: new ModerationService(store, audit, signal, attachments),
    attachments,
    privacy,
    retention: new RetentionService(store, config.messageRetention, timings, signal, attachments, logger),
    search: new SearchService(store, searchIndexer, links, searchEncoding),
    encryption: new EncryptionService(store, audit, config.encryption.rotationValuesPerSecond, logger, [
      ...searchIndexSteps(store, searchIndexer),
      ...(attachments.blobs instanceof EncryptedBlobStore ? [fileStep(store, attachments.blobs)] : []),
    ], timings.rotationAbandonedMs),
    searchIndexer,
    bus,
    erasures,
    presence,
  };
}

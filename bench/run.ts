// `npm run bench`: Parley's speed on this machine. Every figure printed is measured in this run.
//   BENCH_SECONDS (default 5) per round, BENCH_ROUNDS (default 3); BENCH_POSTGRES_URL (default the local server);
//   BENCH_ONLY=send,... to pick benchmarks (send, read, encryption, search-encrypted, privacy, analytics, realtime, delivery, moderation, browser, attachments); BENCH_DATABASES=sqlite,postgres to pick databases.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { runAnalyticsBench } from './analytics.bench.js';
import { runAttachmentsBench, runEncryptedFilesBench } from './attachments.bench.js';
import { runBrowserBench } from './browser.bench.js';
import { runDeliveryBench } from './delivery.bench.js';
import { runEncryptionBench } from './encryption.bench.js';
import { type LoadResult, percentile, ROOT, stealMeter } from './lib.js';
import { runModerationBench } from './moderation.bench.js';
import { runReadBench } from './read.bench.js';
import { runPrivacyBench } from './privacy.bench.js';
import { runRealtimeBench } from './realtime.bench.js';
import { runSendBench } from './send.bench.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const postgresBase = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[];
const wants = (name: string) => only.length === 0 || only.includes(name);

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(`Parley benchmarks: node ${process.version}, ${cpus().length} cores, load generator on the same machine`);
// Parley runs built, as `npm start` runs it (startParley): build what is measured.
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });

/** The host's share of the CPU over a section: figures from rounds with much of it stolen vary more. */
function printSteal(percent: number | undefined): void {
  if (percent !== undefined) console.log(`${''.padEnd(8)} CPU time taken by the host (steal) during this section: ${fmt(percent, 1)}%`);
}

if (wants('send')) {
  console.log(
    `\n## Send: 50 senders over 50 conversations, default configuration (moderation on); ${rounds} alternating rounds of ${seconds}s, medians`,
  );
  const labels = {
    jwt: 'HTTP, bearer JWT',
    dev: 'HTTP, dev headers',
    online: 'HTTP, JWT, online',
    websocket: 'plain WebSocket',
    socketio: 'Socket.IO',
    floor: 'floor (bare route)',
  } as const;
  for (const database of databases) {
    const steal = stealMeter();
    const result = await runSendBench(database, seconds, rounds, postgresBase);
    if (!result) {
      console.log(`${database}: skipped (no PostgreSQL at ${postgresBase})`);
      continue;
    }
    const floor = result.median.floor.requestsPerSecond;
    for (const [variant, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
      const r = result.median[variant];
      const each = result.rounds[variant].map((round) => fmt(round.requestsPerSecond)).join(', ');
      console.log(
        `${database.padEnd(8)} ${label.padEnd(19)} ${fmt(r.requestsPerSecond).padStart(6)} sends/s  p50 ${fmt(r.p50, 1)} ms  p99 ${fmt(r.p99, 1)} ms` +
          (variant === 'floor' ? '' : `  ${fmt(r.requestsPerSecond / floor, 2)} of the floor`) +
          `  (rounds: ${each}; errors ${r.errors}, refused ${r.non2xx})`,
      );
    }
    // Socket senders get their own message back once, as HTTP senders do in the "online" rounds.
    const http = result.median.online.requestsPerSecond;
    console.log(
      `${''.padEnd(8)} "online": each sender also holds a WebSocket, so every send is delivered once in real time, as in the socket rounds`,
    );
    console.log(
      `${''.padEnd(8)} sockets vs HTTP (JWT, online): WebSocket ${fmt(result.median.websocket.requestsPerSecond / http, 2)}, Socket.IO ${fmt(result.median.socketio.requestsPerSecond / http, 2)}`,
    );
    printSteal(steal());
  }
}

if (wants('read')) {
  const messages = Number(process.env.BENCH_SEARCH_MESSAGES ?? 1_000_000);
  const requests = Number(process.env.BENCH_READ_REQUESTS ?? 500);
  console.log(`\n## Reads on SQLite: ${fmt(messages)} messages in 10,000 conversations; a user in 1,000 of them; one client, ${requests} requests each`);
  const result = await runReadBench(messages, requests);
  console.log(`data set written and indexed in ${fmt(result.buildSeconds, 1)} s`);
  console.log(`search (1-2 words, prefixes)   p50 ${fmt(result.search.p50, 2)} ms  p99 ${fmt(result.search.p99, 2)} ms  (mean ${fmt(result.search.meanHits, 1)} hits per page)`);
  console.log(`conversation list, first page  p50 ${fmt(result.list.p50, 2)} ms  p99 ${fmt(result.list.p99, 2)} ms`);
  console.log(`conversation list, last page   p50 ${fmt(result.listLast.p50, 2)} ms  p99 ${fmt(result.listLast.p99, 2)} ms`);
}

if (wants('encryption')) {
  const messages = Number(process.env.BENCH_ROTATION_MESSAGES ?? 20_000);
  console.log(
    `\n## Encryption at rest on SQLite: sends with ENCRYPTION_KEYS vs without (50 senders, JWT; ${rounds} alternating rounds of ${seconds}s, medians); rotation of everything stored`,
  );
  const steal = stealMeter();
  const result = await runEncryptionBench(seconds, rounds, messages);
  const line = (label: string, r: LoadResult, each: LoadResult[]) =>
    console.log(
      `${label.padEnd(16)} ${fmt(r.requestsPerSecond).padStart(6)} sends/s  p50 ${fmt(r.p50, 1)} ms  p99 ${fmt(r.p99, 1)} ms  (rounds: ${each.map((x) => fmt(x.requestsPerSecond)).join(', ')}; errors ${r.errors}, refused ${r.non2xx})`,
    );
  line('encryption off', result.off, result.rounds.off);
  line('encryption on', result.on, result.rounds.on);
  console.log(`encryption on / off: ${fmt(result.on.requestsPerSecond / result.off.requestsPerSecond, 2)} of the throughput`);
  console.log(
    `rotation: ${fmt(result.rotation.values)} values re-sealed in ${fmt(result.rotation.seconds, 1)} s = ${fmt(result.rotation.values / result.rotation.seconds)} values/s ` +
      `(messages, previews, events, search entries; everything sent above plus ${fmt(result.rotation.sentMessages)} more messages; unthrottled)`,
  );
  printSteal(steal());
}

if (wants('search-encrypted')) {
  const messages = Number(process.env.BENCH_SEARCH_MESSAGES ?? 1_000_000);
  const requests = Number(process.env.BENCH_READ_REQUESTS ?? 500);
  console.log(
    `\n## Search with encryption on (blind index) on SQLite: ${fmt(messages)} messages in 10,000 conversations; a user in 1,000 of them; one client, ${requests} requests`,
  );
  const result = await runReadBench(messages, requests, { encrypted: true });
  console.log(`data set written and indexed in ${fmt(result.buildSeconds, 1)} s`);
  console.log(
    `search (1-2 words, prefixes)   p50 ${fmt(result.search.p50, 2)} ms  p99 ${fmt(result.search.p99, 2)} ms  (mean ${fmt(result.search.meanHits, 1)} hits per page; target p99 < 50 ms)`,
  );
}

if (wants('privacy')) {
  const messages = Number(process.env.BENCH_EXPORT_MESSAGES ?? 100_000);
  const exports = Number(process.env.BENCH_EXPORTS ?? 3);
  console.log(
    `\n## GDPR export on SQLite: a user with ${fmt(messages)} messages (and ${fmt(messages)} from the 100 people they talk to), ${exports} timed exports one after another`,
  );
  const result = await runPrivacyBench(messages, exports);
  const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 1);
  console.log(`data set written in ${fmt(result.buildSeconds, 1)} s`);
  for (const [index, run] of result.runs.entries()) {
    console.log(
      `export ${index + 1}: ${mb(run.bytes)} MB, ${fmt(run.messages)} messages in ${fmt(run.milliseconds)} ms (${fmt(run.messages / (run.milliseconds / 1000))} messages/s); ` +
        `service RSS ${mb(run.rssBefore)} MB before, peak ${mb(run.rssPeak)} MB during: growth ${mb(run.rssPeak - run.rssBefore)} MB`,
    );
  }
  console.log(`export time, median of ${result.runs.length}: ${fmt(result.medianMilliseconds)} ms`);
  console.log(
    `heap the service still holds after a full GC: ${mb(result.liveBefore)} MB before an export, ${mb(result.liveHalfway)} MB halfway through one (the document is streamed, not held)`,
  );
}

if (wants('analytics')) {
  const options = {
    conversations: Number(process.env.BENCH_ANALYTICS_CONVERSATIONS ?? 100_000),
    messages: Number(process.env.BENCH_ANALYTICS_MESSAGES ?? 1_000_000),
    listings: Number(process.env.BENCH_ANALYTICS_LISTINGS ?? 1000),
    bookingConversations: Number(process.env.BENCH_ANALYTICS_BOOKING_CONVERSATIONS ?? 1000),
    requests: Number(process.env.BENCH_ANALYTICS_REQUESTS ?? 300),
    stateChanges: Number(process.env.BENCH_STATE_CHANGES ?? 5),
    seconds,
    rounds,
    postgresBase,
  };
  console.log(
    `\n## Analytics and contexts: a seller with ${fmt(options.listings)} listings and ${fmt(options.conversations)} conversations over ${fmt(options.messages)} messages in a year; ` +
      `a user with 100 conversations; a booking with ${fmt(options.bookingConversations)} conversations. Reads: one client, ${options.requests} requests each. ` +
      `Sends: ${rounds} alternating rounds of ${seconds}s, 50 senders, medians`,
  );
  console.log(`machine load average at start: ${loadavg().map((n) => fmt(n, 2)).join(', ')} (other work on the machine slows these figures)`);
  for (const database of databases) {
    const result = await runAnalyticsBench(database, options);
    if (!result) {
      console.log(`${database}: skipped (no PostgreSQL at ${postgresBase})`);
      continue;
    }
    const { written } = result;
    console.log(
      `${database.padEnd(8)} data set written in ${fmt(result.buildSeconds, 1)} s: ${fmt(written.conversations)} conversations, ${fmt(written.messages)} messages, ` +
        `${fmt(written.dayRows)} analytics day rows; Parley listening ${fmt(result.startSeconds, 1)} s after its start`,
    );
    for (const line of result.checks) console.log(`${database.padEnd(8)} check: ${line}`);
    if (!result.checksOk) console.log(`${database.padEnd(8)} CHECK FAILED: Parley's figures differ from the data set`);
    for (const { label, result: r } of result.reads) {
      console.log(`${database.padEnd(8)} ${label.padEnd(62)} p50 ${fmt(r.p50, 2)} ms  p99 ${fmt(r.p99, 2)} ms`);
    }
    for (const { label, changes } of result.stateChanges) {
      console.log(`${database.padEnd(8)} ${label.padEnd(62)} p50 ${fmt(changes.p50, 1)} ms  max ${fmt(changes.max, 1)} ms  (${changes.count} changes)`);
    }
    const base = result.sends[0]?.median.requestsPerSecond ?? Number.NaN;
    for (const { label, median: r, rounds: each } of result.sends) {
      console.log(
        `${database.padEnd(8)} send, ${label.padEnd(48)} ${fmt(r.requestsPerSecond).padStart(6)} sends/s  p50 ${fmt(r.p50, 1)} ms  p99 ${fmt(r.p99, 1)} ms  ` +
          `${fmt(r.requestsPerSecond / base, 2)} of no context  (rounds: ${each.map((x) => fmt(x.requestsPerSecond)).join(', ')}; ${fmt(r.ok)} sends; errors ${r.errors}, refused ${r.non2xx})`,
      );
    }
    const during = result.changesDuringSends;
    console.log(
      `${database.padEnd(8)} state changes of the ${fmt(options.bookingConversations)}-conversation booking during that round: ${during.count}, p50 ${fmt(during.p50, 1)} ms  max ${fmt(during.max, 1)} ms`,
    );
  }
}

if (wants('realtime')) {
  const rate = Number(process.env.BENCH_RT_RATE ?? 1000);
  const idle = Number(process.env.BENCH_RT_CONNECTIONS ?? 10_000);
  console.log(`\n## Real time on SQLite: HTTP send to recipient socket at ${fmt(rate)} messages/s for 10 s; ${fmt(idle)} idle WebSocket connections`);
  const result = await runRealtimeBench({ rate, seconds: 10, idleConnections: idle });
  console.log(`sent ${fmt(result.sent)} at ${fmt(result.rate)} msg/s, ${fmt(result.received)} received on sockets`);
  console.log(`latency from HTTP response to socket  p50 ${fmt(result.fromResponse.p50, 2)} ms  p99 ${fmt(result.fromResponse.p99, 2)} ms`);
  console.log(`latency from HTTP request to socket   p50 ${fmt(result.fromRequest.p50, 2)} ms  p99 ${fmt(result.fromRequest.p99, 2)} ms`);
  console.log(
    `memory per idle connection (${fmt(result.connections)} held by the server, after GC): ` +
      `${fmt(result.retainedPerConnection / 1024, 1)} KB retained heap, ${fmt(result.rssPerConnection / 1024, 1)} KB RSS`,
  );
}

if (wants('delivery')) {
  const rate = Number(process.env.BENCH_DELIVERY_RATE ?? 1000);
  console.log(`\n## Webhook delivery on SQLite: ${fmt(rate)} messages/s for 10 s to a local receiver (2 events per message)`);
  const result = await runDeliveryBench(rate, 10);
  console.log(`sent ${fmt(result.sentPerSecond)} msg/s; ${fmt(result.events)} events delivered at ${fmt(result.deliveredPerSecond)} events/s`);
  console.log(`lag from event time to receipt  p50 ${fmt(result.lagP50, 1)} ms  p99 ${fmt(result.lagP99, 1)} ms  max ${fmt(result.maxBacklogMs, 1)} ms`);
}

if (wants('moderation')) {
  const reviews = Number(process.env.BENCH_MODERATION_REVIEWS ?? 5000);
  console.log(`\n## Content policy: ${fmt(reviews)} reviews of 1 KB chat messages (a quarter with contact details or swearing), every check on, one core`);
  const result = runModerationBench(reviews);
  console.log(`1 KB message   p50 ${fmt(result.p50, 3)} ms  p99 ${fmt(result.p99, 3)} ms  max ${fmt(result.max, 2)} ms  (${fmt(result.perSecond)} messages/s, CPU ${fmt(result.cpuPerMessage, 3)} ms each)`);
  console.log(`120 B message  p50 ${fmt(result.shortP50, 3)} ms  p99 ${fmt(result.shortP99, 3)} ms`);
  console.log(`4,000 chars, adversarial: slowest "${result.worst.name}", median ${fmt(result.worst.median, 2)} ms`);
}

if (wants('browser')) {
  const count = Number(process.env.BENCH_BROWSER_MESSAGES ?? 50);
  console.log(`\n## Chat page in Chromium: Enter in one browser to the text on the other's screen, ${count} messages one at a time`);
  const result = await runBrowserBench(count);
  for (const size of result.sizes) {
    console.log(`${size.name}: ${fmt(size.gzipBytes / 1024, 1)} KB gzipped (${fmt(size.bytes / 1024, 1)} KB minified)`);
  }
  if (!result.latencies) {
    console.log('latency: skipped (no Chromium at /usr/bin/chromium)');
  } else {
    const sorted = [...result.latencies].sort((a, b) => a - b);
    console.log(
      `send to display  p50 ${fmt(percentile(sorted, 50), 1)} ms  p90 ${fmt(percentile(sorted, 90), 1)} ms  ` +
        `min ${fmt(sorted[0] ?? Number.NaN, 1)} ms  max ${fmt(sorted.at(-1) ?? Number.NaN, 1)} ms  (${sorted.length} messages)`,
    );
  }
}

if (wants('attachments')) {
  const concurrency = 20;
  const rounds = Number(process.env.BENCH_UPLOAD_ROUNDS ?? 3);
  const photos = Number(process.env.BENCH_PHOTOS ?? 20);
  console.log(`\n## Attachments on SQLite, local folder: ${concurrency} concurrent uploads of 10 MB files, ${rounds} rounds; then ${photos} 12-megapixel JPEGs one after another`);
  console.log(`machine load average at start: ${loadavg().map((n) => fmt(n, 2)).join(', ')} (other work on the machine slows these figures)`);
  const result = await runAttachmentsBench({ concurrency, rounds, fileBytes: 10_000_000, photos });
  const mb = (bytes: number) => fmt(bytes / 1024 / 1024, 1);
  console.log(
    `${fmt(result.uploads)} uploads in ${fmt(result.seconds, 2)} s: ${fmt(result.megabytesPerSecond, 1)} MB/s, ${fmt(result.uploadsPerSecond, 1)} uploads/s` +
      `  p50 ${fmt(result.p50, 0)} ms  p99 ${fmt(result.p99, 0)} ms  (failures ${result.failures})`,
  );
  console.log(
    `service RSS ${mb(result.rssBefore)} MB before, peak ${mb(result.rssPeak)} MB during: growth ${mb(result.rssPeak - result.rssBefore)} MB (limit 100 MB)`,
  );
  console.log(
    `12 MP JPEG (${mb(result.photoBytes)} MB): upload answered p50 ${fmt(result.uploadP50, 0)} ms  p99 ${fmt(result.uploadP99, 0)} ms; ` +
      `upload -> thumbnail loaded p50 ${fmt(result.thumbnailP50, 0)} ms  p99 ${fmt(result.thumbnailP99, 0)} ms`,
  );
  const files = Number(process.env.BENCH_ENCRYPTION_FILES ?? 30);
  const encrypted = await runEncryptedFilesBench({ fileBytes: 5_000_000, files });
  console.log(`5 MB PDF uploaded then downloaded, ${files} per setting, one at a time, the two services taking turns (MB/s counts both ways):`);
  for (const side of ['off', 'on'] as const) {
    const figures = encrypted[side];
    console.log(
      `  encryption ${side.padEnd(3)} ${fmt(figures.megabytesPerSecond, 1)} MB/s  p50 ${fmt(figures.p50, 0)} ms per upload+download  ` +
        `service RSS growth ${mb(figures.rssGrowth)} MB` +
        (side === 'on' ? `  (${fmt(figures.megabytesPerSecond / encrypted.off.megabytesPerSecond, 2)} of off)` : ''),
    );
  }
}

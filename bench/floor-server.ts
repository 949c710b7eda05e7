// The floor of a send: a bare Fastify route doing only what any send must do (bump the seq,
// insert the message and its event in one transaction, answer JSON) on the same database,
// with no auth, validation, presentation or fan-out. Parley is measured as a fraction of it.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const app = Fastify();
const databaseUrl = process.env.FLOOR_DATABASE_URL ?? '';
const conversations = Number(process.env.FLOOR_CONVERSATIONS ?? 200);

if (databaseUrl.startsWith('postgres')) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
  await pool.query('create table if not exists f_conv (id text primary key, last_seq int not null default 0)');
  await pool.query('create table if not exists f_msg (id text primary key, conversation_id text not null, seq int not null, sender_id text not null, content text not null, created_at text not null, unique (conversation_id, seq))');
  await pool.query('create table if not exists f_event (pos bigserial primary key, id text not null, type text not null, conversation_id text, data text not null)');
  for (let i = 0; i < conversations; i++) await pool.query('insert into f_conv (id) values ($1) on conflict do nothing', [`c${i}`]);
  app.post<{ Params: { id: string }; Body: { content: string } }>('/floor/:id', async (request) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ last_seq: number }>('update f_conv set last_seq = last_seq + 1 where id = $1 returning last_seq', [request.params.id]);
      const seq = rows[0]?.last_seq ?? 0;
      const id = randomUUID();
      const now = new Date().toISOString();
      await client.query('insert into f_msg values ($1, $2, $3, $4, $5, $6)', [id, request.params.id, seq, 'sender', request.body.content, now]);
      await client.query('insert into f_event (id, type, conversation_id, data) values ($1, $2, $3, $4)', [randomUUID(), 'message.sent', request.params.id, JSON.stringify({ id, seq })]);
      await client.query('commit');
      return { id, seq, createdAt: now };
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  });
} else {
  const db = new Database(databaseUrl.replace(/^sqlite:/, ''));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table if not exists f_conv (id text primary key, last_seq int not null default 0)');
  db.exec('create table if not exists f_msg (id text primary key, conversation_id text not null, seq int not null, sender_id text not null, content text not null, created_at text not null, unique (conversation_id, seq))');
  db.exec('create table if not exists f_event (pos integer primary key autoincrement, id text not null, type text not null, conversation_id text, data text not null)');
  const insertConv = db.prepare('insert or ignore into f_conv (id) values (?)');
  for (let i = 0; i < conversations; i++) insertConv.run(`c${i}`);
  const bump = db.prepare('update f_conv set last_seq = last_seq + 1 where id = ? returning last_seq');
  const insertMsg = db.prepare('insert into f_msg values (?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare('insert into f_event (id, type, conversation_id, data) values (?, ?, ?, ?)');
  const send = db.transaction((conversationId: string, content: string) => {
    const { last_seq: seq } = bump.get(conversationId) as { last_seq: number };
    const id = randomUUID();
    const now = new Date().toISOString();
    insertMsg.run(id, conversationId, seq, 'sender', content, now);
    insertEvent.run(randomUUID(), 'message.sent', conversationId, JSON.stringify({ id, seq }));
    return { id, seq, createdAt: now };
  });
  app.post<{ Params: { id: string }; Body: { content: string } }>('/floor/:id', async (request) => send(request.params.id, request.body.content));
}

const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`LISTENING ${address}`);

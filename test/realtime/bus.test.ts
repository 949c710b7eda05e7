// The instances' channel on Redis: deployments that share a Redis server, each with its own
// database number, do not hear each other.
import { afterAll, describe, expect, it } from 'vitest';
import { type Bus, RedisBus } from '../../src/realtime/bus.js';
import { assertServicesPresent, redisUrl } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

assertServicesPresent();

describe.runIf(redisUrl !== undefined)('the Redis bus', () => {
  const buses: Bus[] = [];
  const onDatabase = (db: number) => {
    const url = new URL(redisUrl as string);
    url.pathname = `/${db}`;
    const bus = new RedisBus(url.toString(), () => {});
    buses.push(bus);
    return bus;
  };
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
  });

  it('keeps deployments on other databases of the same server apart', async () => {
    const [staging, stagingPeer, production, productionPeer] = [onDatabase(7), onDatabase(7), onDatabase(8), onDatabase(8)];
    const heard = { staging: [] as unknown[], production: [] as unknown[] };
    stagingPeer.subscribe('presence', (message) => heard.staging.push(message));
    productionPeer.subscribe('presence', (message) => heard.production.push(message));
    await Promise.all([stagingPeer.subscribed(), productionPeer.subscribed()]);

    staging.publish('presence', { from: 'staging' });
    await waitUntil(async () => heard.staging.length === 1, 'staging heard its own');
    // Redis publishes in the order it takes the commands, and a subscriber's connection delivers in
    // that order: once production hears its own, anything from staging would have reached it first.
    production.publish('presence', { from: 'production' });
    await waitUntil(async () => heard.production.length === 1, 'production heard its own');
    expect(heard.production).toEqual([{ from: 'production' }]);
    expect(heard.staging).toEqual([{ from: 'staging' }]);
  });
});

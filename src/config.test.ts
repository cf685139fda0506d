import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.js';

test('trusting a proxy means one hop unless said otherwise', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ LOTSE_TRUST_PROXY: 'true' }).trustProxy, 1);
  assert.equal(loadConfig({ LOTSE_TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(loadConfig({ LOTSE_TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy, '10.0.0.1,10.0.0.2');
  assert.throws(() => loadConfig({ LOTSE_TRUST_PROXY: 'everyone' }), ConfigError);
});

test('single sign-on needs issuer, client id and secret together', () => {
  assert.equal(loadConfig({}).oidc, null);
  assert.throws(() => loadConfig({ LOTSE_OIDC_ISSUER: 'https://login.example.org/realms/staff' }), /LOTSE_OIDC_CLIENT_ID/);
  const c = loadConfig({
    LOTSE_OIDC_ISSUER: 'https://login.example.org/realms/staff',
    LOTSE_OIDC_CLIENT_ID: 'lotse',
    LOTSE_OIDC_CLIENT_SECRET: 's',
  });
  assert.deepEqual(c.oidc, {
    issuer: 'https://login.example.org/realms/staff',
    clientId: 'lotse',
    clientSecret: 's',
    name: 'Single Sign-on',
  });
});

test('a mail server must be an smtp address', () => {
  assert.throws(() => loadConfig({ LOTSE_SMTP_URL: 'mail.example.org' }), /LOTSE_SMTP_URL/);
  assert.equal(loadConfig({ LOTSE_SMTP_URL: 'smtps://u:p@mail.example.org:465' }).smtpUrl, 'smtps://u:p@mail.example.org:465');
});

test('a read replica is a postgres address and needs its primary in DATABASE_URL', () => {
  const primary = 'postgres://lotse@db-primary:5432/lotse';
  const replica = 'postgres://lotse@db-replica:5432/lotse';
  assert.equal(loadConfig({ DATABASE_URL: primary, LOTSE_DATABASE_READ_URL: replica }).databaseReadUrl, replica);
  assert.equal(loadConfig({ DATABASE_URL: primary }).databaseReadUrl, undefined);
  assert.throws(() => loadConfig({ LOTSE_DATABASE_READ_URL: replica }), /LOTSE_DATABASE_READ_URL: a read replica needs its primary/);
  assert.throws(() => loadConfig({ DATABASE_URL: primary, LOTSE_DATABASE_READ_URL: 'db-replica:5432' }), /LOTSE_DATABASE_READ_URL/);
});

test('without NODE_ENV the settings are those of production: no demo data unless asked for', () => {
  assert.equal(loadConfig({}).env, 'production');
  assert.equal(loadConfig({}).seedDemo, false);
  assert.equal(loadConfig({ LOTSE_SEED_DEMO: 'true' }).seedDemo, true);
  assert.equal(loadConfig({ NODE_ENV: 'development' }).seedDemo, true);
  assert.equal(loadConfig({ NODE_ENV: 'development', LOTSE_SEED_DEMO: 'false' }).seedDemo, false);
});

test('admins and finance staff need a second factor unless LOTSE_STAFF_MFA=off', () => {
  assert.equal(loadConfig({}).staffMfa, 'required-for-admin-finance');
  assert.equal(loadConfig({ LOTSE_STAFF_MFA: 'off' }).staffMfa, 'off');
  assert.throws(() => loadConfig({ LOTSE_STAFF_MFA: 'false' }), /LOTSE_STAFF_MFA/);
});

test('the nightly OParl sync takes a Berlin time of day; its limits must be sensible numbers', () => {
  assert.deepEqual(loadConfig({}).oparl, {
    syncTime: '03:30',
    concurrency: 2,
    requestsPerSecond: 4,
    timeoutSeconds: 30,
    retries: 3,
    maxPages: 10_000,
    allowPrivateAddresses: false,
  });
  assert.equal(loadConfig({ LOTSE_OPARL_SYNC_TIME: '23:05' }).oparl.syncTime, '23:05');
  assert.throws(() => loadConfig({ LOTSE_OPARL_SYNC_TIME: '2:30' }), /LOTSE_OPARL_SYNC_TIME/);
  assert.throws(() => loadConfig({ LOTSE_OPARL_SYNC_TIME: '24:00' }), /LOTSE_OPARL_SYNC_TIME/);
  assert.throws(() => loadConfig({ LOTSE_OPARL_CONCURRENCY: '0' }), /LOTSE_OPARL_CONCURRENCY/);
  assert.throws(() => loadConfig({ LOTSE_OPARL_REQUESTS_PER_SECOND: 'viele' }), /LOTSE_OPARL_REQUESTS_PER_SECOND/);
  assert.equal(loadConfig({ LOTSE_OPARL_REQUESTS_PER_SECOND: '0.5' }).oparl.requestsPerSecond, 0.5);
});

test('the open data licence is one of the DCAT-AP.de list, DL-DE-BY-2.0 unless chosen', () => {
  assert.equal(loadConfig({}).dataLicense.uri, 'http://dcat-ap.de/def/licenses/dl-by-de/2.0');
  assert.equal(loadConfig({ LOTSE_DATA_LICENSE: 'cc-zero' }).dataLicense.spdx, 'CC0-1.0');
  assert.throws(() => loadConfig({ LOTSE_DATA_LICENSE: 'mit' }), /LOTSE_DATA_LICENSE.*dl-by-de\/2\.0, dl-zero-de\/2\.0, cc-by\/4\.0/);
});

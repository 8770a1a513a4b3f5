import { describe, expect, it } from 'vitest';
import { loadConfig } from './loadConfig';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/app/data',
      questionBankDir: '/srv/app/question-bank',
      mongodbUri: undefined,
      logLevel: 'info',
    });
  });

  it('reads team banks from QUESTION_BANK_DIRS, separated like PATH', () => {
    expect(loadConfig({}, '/srv/app').teamBankDirs).toEqual([]);
    expect(
      loadConfig({ QUESTION_BANK_DIRS: 'acme: /opt/shared-bank :' }, '/srv/app').teamBankDirs,
    ).toEqual(['/srv/app/acme', '/opt/shared-bank']);
  });

  it('reads REDIS_URL and JUDGE_MODE; a queue needs Redis', () => {
    expect(loadConfig({}, '/x')).toMatchObject({ redisUrl: undefined, judgeMode: 'local' });
    expect(
      loadConfig({ REDIS_URL: 'redis://127.0.0.1:6380/0', JUDGE_MODE: 'queue' }, '/x'),
    ).toMatchObject({ redisUrl: 'redis://127.0.0.1:6380/0', judgeMode: 'queue' });
    expect(() => loadConfig({ REDIS_URL: 'http://x' }, '/x')).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ JUDGE_MODE: 'queue' }, '/x')).toThrow(/needs REDIS_URL/);
  });

  it('shortens the practice minute for tests only, never in production', () => {
    expect(loadConfig({}, '/x').practiceMinuteMs).toBe(60_000);
    expect(loadConfig({ PRACTICE_MINUTE_MS: '2000' }, '/x').practiceMinuteMs).toBe(2000);
    expect(() => loadConfig({ PRACTICE_MINUTE_MS: '2000', NODE_ENV: 'production' }, '/x')).toThrow(
      /PRACTICE_MINUTE_MS.*tests only/,
    );
    expect(() => loadConfig({ PRACTICE_MINUTE_MS: '5' }, '/x')).toThrow(/PRACTICE_MINUTE_MS/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ MONGODB_URI: '', PORT: '' }, '/x').mongodbUri).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' }, '/x')).toThrow(
      /PORT.*LOG_LEVEL|LOG_LEVEL.*PORT/,
    );
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' }, '/x')).toThrow(/MONGODB_URI/);
  });

  it('reads PUBLIC_ORIGIN as a normalised origin and refuses anything else', () => {
    expect(loadConfig({}, '/x').publicOrigin).toBeUndefined();
    expect(loadConfig({ PUBLIC_ORIGIN: 'HTTPS://MockLoop.example:443/' }, '/x').publicOrigin).toBe(
      'https://mockloop.example',
    );
    expect(loadConfig({ PUBLIC_ORIGIN: 'http://localhost:8080' }, '/x').publicOrigin).toBe(
      'http://localhost:8080',
    );
    for (const bad of ['mockloop.example', 'https://x.example/app', 'ftp://x.example', 'null']) {
      expect(() => loadConfig({ PUBLIC_ORIGIN: bad }, '/x')).toThrow(/PUBLIC_ORIGIN/);
    }
  });

  it('reads ICE_SERVERS as a JSON array of STUN/TURN servers, none by default', () => {
    expect(loadConfig({}, '/x').iceServers).toEqual([]);
    const turn = { urls: ['turn:turn.example:3478'], username: 'u', credential: 'p' };
    expect(loadConfig({ ICE_SERVERS: JSON.stringify([turn]) }, '/x').iceServers).toEqual([turn]);
    for (const bad of ['stun:x', '[{"urls":"https://x.example"}]', '{"urls":"stun:x"}']) {
      expect(() => loadConfig({ ICE_SERVERS: bad }, '/x')).toThrow(/ICE_SERVERS/);
    }
  });
});

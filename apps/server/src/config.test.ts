import { expect, it } from 'vitest';
import { configFromEnv, listeningUrl } from './config.js';

it('builds the mailed-link address from where the server listens, as localhost for every-interface addresses', () => {
  expect(listeningUrl('0.0.0.0', 3000)).toBe('http://localhost:3000');
  expect(listeningUrl('::', 8080)).toBe('http://localhost:8080');
  expect(listeningUrl('192.168.1.20', 3000)).toBe('http://192.168.1.20:3000');
  expect(listeningUrl('fe80::1', 3000)).toBe('http://[fe80::1]:3000');
});

it('takes PUBLIC_URL without its trailing slash, and refuses one that is not http or https', () => {
  expect(configFromEnv({ PUBLIC_URL: 'https://forum.example.org/' }).publicUrl).toBe('https://forum.example.org');
  expect(() => configFromEnv({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
});

it('keeps uploads under DATA_DIR, at most 200 MiB each unless UPLOAD_MAX_BYTES says otherwise, and below 2 GiB', () => {
  const config = configFromEnv({ DATA_DIR: '/srv/gorod' });
  expect(config).toMatchObject({ dataDir: '/srv/gorod', uploadMaxBytes: 200 * 1024 * 1024 });
  expect(configFromEnv({ UPLOAD_MAX_BYTES: '1048576' }).uploadMaxBytes).toBe(1_048_576);
  expect(() => configFromEnv({ UPLOAD_MAX_BYTES: '3000000000' })).toThrow(/UPLOAD_MAX_BYTES/);
  expect(() => configFromEnv({ UPLOAD_MAX_BYTES: 'lots' })).toThrow(/UPLOAD_MAX_BYTES/);
});

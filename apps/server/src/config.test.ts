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

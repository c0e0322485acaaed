import { expect, it } from 'vitest';
import { TextCheck } from './text-check.js';

const check = (...chunks: (string | Buffer)[]) => {
  const text = new TextCheck();
  for (const chunk of chunks) text.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return text.isText();
};

it('takes UTF-8 text, with a BOM, tabs and line breaks, also when a character is split between chunks', () => {
  const bytes = Buffer.from('\uFEFFгород\tрегион\r\nПермь\tПермский край\n');
  expect(check(bytes)).toBe(true);
  expect(check(bytes.subarray(0, 4), bytes.subarray(4))).toBe(true);
});

it('refuses markup, even after white space or a BOM, as browsers would sniff it', () => {
  expect(check('<!doctype html><p>hi')).toBe(false);
  expect(check('  \n', '\n  <svg onload="alert(1)"/>')).toBe(false);
  expect(check('\uFEFF<?xml version="1.0"?>')).toBe(false);
  expect(check('a < b, and b > c')).toBe(true);
});

it('refuses bytes that are not UTF-8, control characters, a character cut off at the end, and nothing but white space', () => {
  expect(check(Buffer.from([0xcf, 0xe5, 0xf0, 0xec, 0xfc]))).toBe(false); // "Пермь" in windows-1251
  expect(check('a\u0000b')).toBe(false);
  expect(check(Buffer.from('Пермь').subarray(0, 3))).toBe(false);
  expect(check(' \n\t')).toBe(false);
  expect(check()).toBe(false);
});

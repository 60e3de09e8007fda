import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { artifactLocation, directoryUri, isAbsolutePath, relativePath } from '../../src/report/sarif-uri.js';

describe('SARIF artifact locations', () => {
  it.each([
    ['/work/repo', '/work/repo/data/payments.csv', 'data/payments.csv'],
    ['/work/repo/', '/work/other/w.csv', '../other/w.csv'],
    ['/work/repo', '/work/repo/./data/../data/w.csv', 'data/w.csv'],
    ['C:\\Users\\ci\\repo', 'c:\\Users\\ci\\repo\\data\\w.csv', 'data/w.csv'],
  ])('relativePath(%s, %s) is %s', (from, to, expected) => {
    expect(relativePath(from, to)).toBe(expected);
  });

  it('gives no relative path across drives', () => {
    expect(relativePath('C:\\repo', 'D:\\data\\w.csv')).toBeUndefined();
    expect(artifactLocation('D:\\data\\w.csv', { dir: 'C:\\repo' })).toEqual({ uri: 'file:///D:/data/w.csv' });
  });

  it('cites relative sources against the base, re-based from the directory they were cited from', () => {
    expect(artifactLocation('data/lønn.csv', undefined)).toEqual({ uri: 'data/l%C3%B8nn.csv', uriBaseId: 'SRCROOT' });
    expect(artifactLocation('data/w.csv', { dir: '/repo', cwd: '/repo/sub' })).toEqual({
      uri: 'sub/data/w.csv',
      uriBaseId: 'SRCROOT',
    });
    expect(artifactLocation('/repo/data/w.csv', { dir: '/repo' })).toEqual({ uri: 'data/w.csv', uriBaseId: 'SRCROOT' });
    expect(artifactLocation('/elsewhere/w.csv', undefined)).toEqual({ uri: 'file:///elsewhere/w.csv' });
  });

  it('writes a base directory as a file URI ending in a slash', () => {
    expect(directoryUri('/work/my repo')).toBe('file:///work/my%20repo/');
    expect(directoryUri('C:\\ci\\repo\\')).toBe('file:///C:/ci/repo/');
    expect(directoryUri('/')).toBe('file:///');
    expect(isAbsolutePath('fixtures/x.csv')).toBe(false);
  });

  const segment = fc.stringMatching(/^[a-zA-Zæøå0-9 _-]{1,8}$/);
  propTest.prop([fc.array(segment, { maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 4 })])(
    'a path under the base comes back as the part below it, never with ..',
    (base, below) => {
      const dir = `/${base.join('/')}`;
      expect(relativePath(dir, `${dir}/${below.join('/')}`)).toBe(below.join('/'));
    },
  );
});

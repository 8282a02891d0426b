import { describe, expect, it } from 'vitest';
import { checkEndpoint, lastLine, parseBucketUrl, readMarker, sweepState, UploadError } from './bucket.ts';
import { contentTypeOf } from './content-types.ts';
import { isSidecar } from './scan.ts';

describe('parseBucketUrl', () => {
  it.each([
    ['s3://my-site', { bucket: 'my-site', prefix: '' }],
    ['s3://my-site/', { bucket: 'my-site', prefix: '' }],
    ['s3://my.site/bench/archive/', { bucket: 'my.site', prefix: 'bench/archive/' }],
    ['s3://abc/a//b', { bucket: 'abc', prefix: 'a/b/' }],
  ])('%s', (url, target) => {
    expect(parseBucketUrl(url)).toEqual(target);
  });

  it.each([
    ['my-site', 'is not an s3:// address'],
    ['https://my-site.s3.amazonaws.com/', 'is not an s3:// address'],
    ['s3://', 'names no valid bucket'],
    ['s3://My_Site', 'names no valid bucket'],
    ['s3://ab', 'names no valid bucket'],
    ['s3://abc/../x', 'has a . or .. in its prefix'],
  ])('refuses %s in one line', (url, why) => {
    expect(() => parseBucketUrl(url)).toThrow(UploadError);
    expect(() => parseBucketUrl(url)).toThrow(`upload: ${JSON.stringify(url)} ${why}`);
    expect(() => parseBucketUrl(url)).toThrow(/; give the bucket as s3:\/\/bucket or s3:\/\/bucket\/prefix$/);
  });
});

describe('checkEndpoint', () => {
  it('takes an http(s) URL and refuses anything else', () => {
    expect(checkEndpoint('https://acc.r2.cloudflarestorage.com')).toBe('https://acc.r2.cloudflarestorage.com');
    expect(() => checkEndpoint('acc.r2.cloudflarestorage.com')).toThrow('upload: --endpoint-url "acc.r2.cloudflarestorage.com" is not a URL');
    expect(() => checkEndpoint('ftp://x')).toThrow('is not an http(s) URL');
  });
});

describe('readMarker', () => {
  it.each([
    [0, 'unit abc\n', '', { kind: 'found', digest: 'unit abc' }],
    [1, '', 'fatal error: An error occurred (404) when calling the HeadObject operation: Key "sweeps/a/.sweepsite-unit" does not exist', { kind: 'missing' }],
    // What aws-cli 1.45 prints for a missing marker (checked against a stub endpoint).
    [1, '', 'download failed: s3://bkt/sweeps/a/.sweepsite-unit to - An error occurred (404) when calling the HeadObject operation: Not Found', { kind: 'missing' }],
    [254, '', 'An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.', { kind: 'missing' }],
    [1, '', 'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden', { kind: 'failed', message: 'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden' }],
    [1, '', 'fatal error: An error occurred (NoSuchBucket) when calling the HeadObject operation: Not Found', { kind: 'failed', message: 'fatal error: An error occurred (NoSuchBucket) when calling the HeadObject operation: Not Found' }],
    [255, '', '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n\n', { kind: 'failed', message: 'Unable to locate credentials. You can configure credentials by running "aws configure".' }],
  ])('exit %i %j', (code, stdout, stderr, read) => {
    expect(readMarker(code, stdout, stderr)).toEqual(read);
  });

  it('says something when aws says nothing', () => {
    expect(lastLine('\n \n')).toBe('no message');
  });
});

describe('sweepState', () => {
  it.each([
    ['unit a', null, 'new'],
    ['unit a', 'unit a', 'present'],
    ['unit a', 'unit b', 'conflict'],
  ] as const)('%s against %s', (local, remote, state) => {
    expect(sweepState(local, remote)).toBe(state);
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['sweeps/a/cells.json', 'application/json; charset=utf-8'],
    ['badge/x/y.svg', 'image/svg+xml; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['fingerprint.txt', 'text/plain; charset=utf-8'],
    ['cells.csv', 'text/csv; charset=utf-8'],
    ['CITATION.cff', 'text/plain; charset=utf-8'],
    ['_astro/inter.Ab.woff2', 'font/woff2'],
    ['downloads/raw.tar.gz', 'application/gzip'],
    ['CARD.PNG', 'image/png'],
    ['a.qwerty', null],
    ['LICENSE', null],
    ['.hidden', null],
  ])('%s', (key, type) => {
    expect(contentTypeOf(key)).toBe(type);
  });
});

describe('isSidecar', () => {
  it.each([
    ['a.json.br', ['a.json', 'a.json.br'], true],
    ['a.json.gz', ['a.json', 'a.json.gz'], true],
    ['raw.tar.gz', ['raw.tar.gz'], false],
    ['a.json', ['a.json', 'a.json.br'], false],
  ])('%s', (name, siblings, sidecar) => {
    expect(isSidecar(name, new Set(siblings))).toBe(sidecar);
  });
});

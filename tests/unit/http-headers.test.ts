import { describe, expect, test } from 'vitest';
import { parseAccent, textOn } from '../../src/scripts/embed-frame.ts';
import { framingRules, headersFile, headersFor, nginxConfig, parseHeadersFile } from '../../src/utils/framing.ts';

const origins = ['https://dongthap.gov.vn', 'https://*.dongthap.gov.vn'];

describe('framing policy', () => {
  test('normal pages refuse other sites; widget pages in every locale allow the portal', () => {
    const rules = parseHeadersFile(headersFile(framingRules('/', origins)));
    expect(rules).toEqual(framingRules('/', origins));
    expect(headersFor(rules, '/ko/festivals/le-hoi-sen/')).toEqual({ 'X-Frame-Options': 'SAMEORIGIN' });
    for (const path of ['/embed/festivals/', '/ko/embed/festivals/', '/ru/embed/search/']) {
      expect(headersFor(rules, path)['Content-Security-Policy']).toBe("frame-ancestors 'self' https://dongthap.gov.vn https://*.dongthap.gov.vn");
    }
    expect(headersFor(rules, '/ko/embedded/')['Content-Security-Policy']).toBeUndefined();
  });

  test('under a base path', () => {
    const rules = framingRules('/sub/', origins);
    expect(headersFor(rules, '/sub/ja/embed/festivals/')['Content-Security-Policy']).toMatch(/^frame-ancestors/);
    expect(headersFor(rules, '/ja/embed/festivals/')).toEqual({});
  });

  test('the nginx sample applies the same policy per location', () => {
    const conf = nginxConfig('/', origins);
    expect(conf).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
    expect(conf.match(/location \/(\w\w\/)?embed\/ \{/g)).toHaveLength(6);
    expect(conf).toContain(`add_header Content-Security-Policy "frame-ancestors 'self' https://dongthap.gov.vn https://*.dongthap.gov.vn" always;`);
  });
});

describe('widget options', () => {
  test('only hex colours reach the CSS', () => {
    expect(parseAccent('#C2185B')).toBe('#c2185b');
    expect(parseAccent('0a7')).toBe('#00aa77');
    expect(parseAccent('red;background:url(x)')).toBeUndefined();
    expect(parseAccent('#12345')).toBeUndefined();
    expect(parseAccent(null)).toBeUndefined();
  });

  test('text on the accent is black or white, whichever contrasts more', () => {
    expect(textOn('#c2185b')).toBe('#ffffff');
    expect(textOn('#ffeb3b')).toBe('#000000');
    expect(textOn('#0d5c3b')).toBe('#ffffff');
  });
});

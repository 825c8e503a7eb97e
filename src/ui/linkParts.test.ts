import { describe, expect, it } from 'vitest';
import { linkParts } from './linkParts.ts';

describe('linkParts', () => {
  it('keeps text without an address whole', () => {
    expect(linkParts('số liệu dự kiến')).toEqual([{ text: 'số liệu dự kiến' }]);
    expect(linkParts('')).toEqual([]);
  });
  it('names an address by its site and leaves sentence punctuation outside it', () => {
    expect(linkParts('số hộ nghèo theo https://www.baomoi.net.vn/a-b-c.epi.')).toEqual([
      { text: 'số hộ nghèo theo ' },
      { url: 'https://www.baomoi.net.vn/a-b-c.epi', host: 'baomoi.net.vn' },
      { text: '.' },
    ]);
  });
  it('finds several addresses and stops at brackets and quotes', () => {
    const parts = linkParts('(http://a.gov.vn/x) và “https://b.vn/y?q=1”');
    expect(parts.filter((p) => 'url' in p)).toEqual([{ url: 'http://a.gov.vn/x', host: 'a.gov.vn' }, { url: 'https://b.vn/y?q=1', host: 'b.vn' }]);
    expect(parts.map((p) => ('url' in p ? p.url : p.text)).join('')).toBe('(http://a.gov.vn/x) và “https://b.vn/y?q=1”');
  });
  it('never makes a link of another scheme or a broken address', () => {
    expect(linkParts('javascript:alert(1) ftp://x.vn')).toEqual([{ text: 'javascript:alert(1) ftp://x.vn' }]);
    expect(linkParts('see http://').every((p) => 'text' in p)).toBe(true);
  });
});
